/**
 * A personal name printed in both orders: "Lijian Zhao" in a headline and "Zhao Lijian" in the
 * body, "Jong Un Kim" beside "Kim Jong Un". The family name stands first in one spelling and last
 * in the other (ontology: surname-first order is a spelling of the same person), so the two
 * spellings' keys are one person's. Names that one sentence holds both of stay two people.
 */

/**
 * Keys of personal names (lower-cased words joined by spaces) that are another key of the set
 * with its first word moved to the end, or its last word moved to the front, each mapped to the
 * first such key of the set; keys of one word, and pairs listed in `together` ("a|b", names one
 * sentence holds both of), are left out.
 */
export function reorderedNameKeys(
  keys: ReadonlySet<string>,
  together: ReadonlySet<string>,
): Map<string, string> {
  const out = new Map<string, string>();
  const seen = new Set<string>();
  for (const key of keys) {
    const words = key.split(" ");
    if (words.length < 2) continue;
    const forms = [
      [...words.slice(1), words[0]],
      [words.at(-1), ...words.slice(0, -1)],
    ].map((w) => w.join(" "));
    const earlier = forms.find((f) => f !== key && seen.has(f) && !together.has(`${key}|${f}`));
    if (earlier !== undefined) out.set(key, out.get(earlier) ?? earlier);
    seen.add(key);
  }
  return out;
}
