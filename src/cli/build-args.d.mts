/** What the arguments of `kg build` say before anything else is loaded (see build-args.mjs). */
/** True when the CLI arguments run a build (the command is `build`, no help asked for). */
export function isBuildRun(argv: readonly string[]): boolean;
/** The extraction threads `kg build` will run on `cores` cores, or 0 for no build or a refused --workers. */
export function buildThreads(argv: readonly string[], cores: number): number;
