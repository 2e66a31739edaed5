/** Types of build-thread.mjs (the precompiled bundles' build), for the benches that rebuild a stale bundle. */
export interface BuiltBundle {
  outDir: string;
  /** Source files bundled (listed in the manifest). */
  inputs: number;
}
export function buildThread(outDir?: string): Promise<BuiltBundle>;
export function buildCli(outDir?: string): Promise<BuiltBundle>;
