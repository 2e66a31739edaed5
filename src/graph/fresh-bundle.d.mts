/** Whether the bundle in `dir` matches the sources under `root` (see fresh-bundle.mjs). */
export function isFreshBundle(dir: URL, root: URL): boolean;
