/**
 * Labelled sentences of helper sup33 (session 33): a body of a state that supplies (its head noun a
 * force or government word: "the Chinese People's Liberation Army", "the US Coast Guard", "the US
 * Department of Defense") gives its country's triple toward every recipient, a body of the
 * recipient included ("the Lebanese Army"); its country may be named before it ("the US Department
 * of Defense") or open its name ("The US Coast Guard"). A company's own gift or sale stays its own.
 * A supply or purchase noun owned by "its" or "their" is owned by the one country or body the
 * sentence names before it ("Germany has continued its military assistance to Ukraine"); a second
 * actor there leaves the pronoun unresolved. A verb of having or showing after "and" with no subject
 * of its own shares the subject of the verb before "and", which receives what a hyphened supply
 * participle describes ("The Philippine Navy commissioned a frigate and showcased American-provided
 * vessels").
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a state's army that donates to another army gives its country's supply to that army",
    text: "The Chinese People's Liberation Army on Thursday donated masks and goggles to the Lebanese Army.",
    gives: [["China", "supplies", "Lebanese Army"]],
  },
  {
    label: "a navy's transfer to a navy is its country's supply to that navy",
    text: "The French Navy transferred a patrol vessel to the Senegalese Navy.",
    gives: [["France", "supplies", "Senegalese Navy"]],
  },
  {
    label: "a department named after its country's name announces aid: the country supplies",
    text: "The US Department of Defense has announced a new military aid package for Ukraine.",
    gives: [["United States", "supplies", "Ukraine"]],
  },
  {
    label:
      "a coast guard whose name opens with its country's name transfers boats: the country supplies them",
    text: "The US Coast Guard will transfer two Island-class patrol boats to Ukraine.",
    gives: [["United States", "supplies", "Island-class"]],
  },
  {
    label: "a company's gift to an army is not its country's",
    text: "Japanese firm Toyota donated 20 trucks to the Philippine Army.",
    gives: [["Toyota", "supplies", "Philippine Army"]],
    notGives: [["Japan", "supplies", "Philippine Army"]],
  },
  {
    label: "a company that delivers before its country's possessive is not its country's supply",
    text: "Germany's Rheinmetall delivered ammunition to the Ukrainian Army.",
    notGives: [["Germany", "supplies", "Ukrainian Army"]],
  },
  {
    label: "a supply noun owned by 'its' is the supply of the one country named before it",
    text: "Germany has continued its military assistance to Ukraine.",
    gives: [["Germany", "supplies", "Ukraine"]],
  },
  {
    label: "'its' after a person and a country stands for the country: the thanked country supplies",
    text: "Zelensky thanked Germany for its arms deliveries to Ukraine.",
    gives: [["Germany", "supplies", "Ukraine"]],
  },
  {
    label: "a purchase noun owned by 'its' names its buyer, the one country before it",
    text: "Thailand signed the deal, exceeding its procurement of 12 Swedish-made Gripen fighter jets.",
    gives: [
      ["Sweden", "supplies", "Thailand"],
      ["Sweden", "supplies", "Gripen"],
    ],
  },
  {
    label: "'its' after two countries stays unresolved: no supply from either",
    text: "China protested to the United States over its arms sales to Taiwan.",
    notGives: [
      ["China", "supplies", "Taiwan"],
      ["United States", "supplies", "Taiwan"],
    ],
  },
  {
    label: "'their' after two countries stays unresolved",
    text: "Russia criticised Germany and France over their arms deliveries to Ukraine.",
    notGives: [
      ["Russia", "supplies", "Ukraine"],
      ["Germany", "supplies", "Ukraine"],
    ],
  },
  {
    label:
      "a showing verb after 'and' shares the first verb's subject, which received the hyphen-supplied goods",
    text: "The Philippine Navy commissioned its first guided-missile frigate and showcased American-provided unmanned surface vessels at Subic.",
    gives: [["United States", "supplies", "Philippine Navy"]],
  },
  {
    label: "a shared subject that names no actor gives no recipient",
    text: "The Philippine frigate was commissioned in Subic and showcased US-provided unmanned surface vessels.",
    notGives: [["United States", "supplies", "Philippines"]],
  },
];
