/**
 * Word memos: what a function of one word answers, kept beside the word list or lexicon value the
 * answer derives from (a WeakMap, not module state) and bounded, for lookups every token repeats.
 */

/** Words a memo keeps per value before it forgets them (bounded memory on hostile input). */
const MEMO_LIMIT = 50_000;

/**
 * `answer(value, word)` computed once per value and word: the words' answers live beside `value`,
 * so two values never answer for each other and a value no longer used takes its answers with it.
 */
export function memoPerValue<K extends object, V>(
  answer: (value: K, word: string) => V,
): (value: K, word: string) => V {
  const memos = new WeakMap<K, Map<string, V>>();
  // Nearly every call passes the same value as the one before (the built-in lexicon): its memo is
  // kept at hand (and that one value held), so that the WeakMap is read only when the value changes.
  let lastValue: K | undefined;
  let lastMemo: Map<string, V> | undefined;
  return (value, word) => {
    let memo = value === lastValue ? lastMemo : memos.get(value);
    if (memo === undefined) memos.set(value, (memo = new Map()));
    lastValue = value;
    lastMemo = memo;
    let v = memo.get(word);
    if (v === undefined) {
      v = answer(value, word);
      if (memo.size > MEMO_LIMIT) memo.clear();
      memo.set(word, v);
    }
    return v;
  };
}

/** `answer(word)` computed once per word, for one pass over a document (the memo goes with the pass). */
export function memoOfWords<V>(answer: (word: string) => V): (word: string) => V {
  const memo = new Map<string, V>();
  return (word) => {
    let v = memo.get(word);
    if (v === undefined) memo.set(word, (v = answer(word)));
    return v;
  };
}
