/**
 * What a call throws, for tests that check an error's code and details: the thrown value, or
 * undefined when the call returns (shared by the modality-cue tests of session 40).
 */
export function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  return undefined;
}
