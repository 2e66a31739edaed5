/**
 * Labelled sentences of assessx33 (session 33): a statement speaks for the author it was told with
 * ("X said in a statement. … the statement said …"), and a sentence that names who made the
 * remarks before it ("X made the remarks at a briefing", "This was stated by X") makes them X's claim.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a quotation the statement speaks is the claim of the body that issued the statement",
    text: "“Our position is well known,” the Russian Foreign Ministry said in a statement. “Riyadh is arming terrorists in Syria,” the statement said.",
    gives: [["Russian Foreign Ministry", "assesses", "Saudi Arabia"]],
  },
  {
    label: "the statement of a spokesman told in an opening phrase adds his claim",
    text: "In a statement on Sunday, Turkish Foreign Ministry spokesman Tanju Bilgic said Greece was violating the airspace. The statement added that Cyprus had provoked the incident.",
    gives: [
      ["Tanju Bilgic", "assesses", "Greece"],
      ["Tanju Bilgic", "assesses", "Cyprus"],
    ],
  },
  {
    label: "a statement by a body, named after its noun, speaks for that body",
    text: "A statement by the Philippine Coast Guard was released on Monday. The statement said China had rammed a supply boat.",
    gives: [["Philippine Coast Guard", "assesses", "China"]],
  },
  {
    label: "the statement told last, a joint one, hides the single author of an earlier statement",
    text: "Egypt said in a statement on Monday that Sudan must act. Qatar issued a joint statement with Kenya. The statement accused Ethiopia of blocking the talks.",
    notGives: [["Egypt", "assesses", "Ethiopia"]],
  },
  {
    label: "a statement that no sentence before tells with its author speaks for no one",
    text: "Egypt warned Sudan on Monday. The statement accused Ethiopia of blocking the talks.",
    notGives: [["Egypt", "assesses", "Ethiopia"]],
  },
  {
    label: "a sentence that names the maker of the remarks before it makes them his claim",
    text: "Myanmar had violated the border again. The foreign secretary Masud Bin Momen said this while speaking to reporters on Monday.",
    gives: [["Masud Bin Momen", "assesses", "Myanmar"]],
  },
  {
    label: "remarks made by a spokesperson, told in the passive after them, are the spokesperson's claim",
    text: "Japan is destabilising the region with its missile plans. The remarks were made by Mao Ning, spokesperson of China's Ministry of Foreign Affairs.",
    gives: [["Mao Ning", "assesses", "Japan"]],
  },
  {
    label: "'This was stated by' a titled minister names the speaker of the sentence before",
    text: "China had supplied the shells to the rebels. This was stated by Foreign Minister Hasan Mahmud.",
    gives: [["Hasan Mahmud", "assesses", "China"]],
  },
  {
    label: "'said this was' opens a clause of its own and names no speaker of the sentence before",
    text: "India is responsible for the smuggling. Defence Minister Sergei Shoigu said this was his first official trip abroad.",
    notGives: [["Sergei Shoigu", "assesses", "India"]],
  },
  {
    label: "two people who made the remarks together make no one speaker of them",
    text: "Pakistan is fuelling the unrest. Narendra Modi and Anthony Albanese made the remarks in Delhi.",
    notGives: [
      ["Narendra Modi", "assesses", "Pakistan"],
      ["Anthony Albanese", "assesses", "Pakistan"],
    ],
  },
];
