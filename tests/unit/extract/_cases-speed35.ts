/**
 * Labelled sentences of the helper speed35 (session 35): sentences read by the readers that
 * session 35 made allocate less without changing what they answer: a chunk's coordinated parts
 * (chunks.ts chunkParts, chunkHeads), a rank's words before a name (3-entities.ts rankPhraseEnd), a
 * transaction term (tagger.ts transactionTermEnd), a clause opened by ", and" (clause.ts newClause),
 * a described body and the name it is known as (descriptions.ts descriptionAt, resolveAliasCues),
 * two spellings of one person's name (4-resolve.ts mergePersonSpellings).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "speed35: a later titled part of a chunk shares the possessor of the first (chunkParts)",
    text: "Peru's President Dina Boluarte and Defense Minister Walter Astudillo met Chilean officials in Lima.",
    gives: [
      ["Dina Boluarte", "affiliated_with", "Peru"],
      ["Walter Astudillo", "affiliated_with", "Peru"],
    ],
  },
  {
    label: "speed35: a comma and 'and' before a subject and its verb open a second supply (newClause)",
    text: "Brazil sold tanks to Chile, and Israel has provided drones to India.",
    gives: [
      ["Brazil", "supplies", "Chile"],
      ["Israel", "supplies", "India"],
    ],
    notGives: [
      ["Brazil", "supplies", "India"],
      ["Israel", "supplies", "Chile"],
    ],
  },
  {
    label:
      "speed35: a capitalised transaction term is common words, the sale still read (transactionTermEnd)",
    text: "The United States approved a Foreign Military Sale of Javelin missiles to Estonia.",
    gives: [["United States", "supplies", "Estonia"]],
    noEntities: ["Foreign Military Sale"],
  },
  {
    label: "speed35: ranks of several words before two names, each person of his own body (rankPhraseEnd)",
    text: "Indian Army chief General Manoj Pande met Rear Admiral John Smith of the US Navy in New Delhi.",
    gives: [
      ["Manoj Pande", "affiliated_with", "Indian Army"],
      ["John Smith", "affiliated_with", "US Navy"],
      ["John Smith", "meets", "Manoj Pande"],
    ],
    notGives: [["John Smith", "affiliated_with", "India"]],
  },
  {
    label: "speed35: a list of a person and a titled person, both met (chunkHeads)",
    text: "Prime Minister Anthony Albanese met President Joe Biden and Japanese Prime Minister Fumio Kishida in Washington.",
    gives: [
      ["Anthony Albanese", "meets", "Joe Biden"],
      ["Anthony Albanese", "meets", "Fumio Kishida"],
      ["Fumio Kishida", "affiliated_with", "Japan"],
    ],
    notGives: [["Joe Biden", "affiliated_with", "Japan"]],
  },
  {
    label: "speed35: a described body known by a name after a comma is that body (descriptionAt, alias cues)",
    text: "Ukraine's military intelligence agency, known as the GUR, said Iran had supplied drones to Russia.",
    gives: [
      ["Main Directorate of Intelligence", "affiliated_with", "Ukraine"],
      ["Iran", "supplies", "Russia"],
    ],
  },
  {
    label: "speed35: two spellings of one person's name are one person (mergePersonSpellings)",
    text: "Mohamed bin Salman met Joe Biden in Jeddah. Mohammed bin Salman later met Xi Jinping.",
    gives: [
      ["Joe Biden", "meets", "Mohamed bin Salman"],
      ["Mohamed bin Salman", "meets", "Xi Jinping"],
    ],
  },
];
