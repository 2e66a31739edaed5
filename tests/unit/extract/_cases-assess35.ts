/**
 * Labelled sentences of assess35 (session 35): a foreign ministry is its state's diplomatic voice,
 * so what it says of a third party the state says too ("Cuba's foreign ministry said U.S. officials
 * had applied pressure on Bolivia": Cuba assesses the United States); a defence ministry that
 * reports its own side's acts does not make the state judge anyone. A counted group object of a
 * verb of judging ("thanked the three countries") stands for the set of its size told before it; a
 * body's report noun may follow nouns of its kind ("a UN Security Council press statement"). A verb
 * coordinated after a long object phrase ("expressed joy at the achievements in national development
 * and defence of Vietnam over past years and congratulated Vietnam") shares the first verb's subject.
 * "“…,” it said": "it" after a closing quotation mark is the body or country that spoke before it.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a foreign ministry's claim about a third party is its state's claim too",
    text: "Cuba's foreign ministry said U.S. officials had applied pressure on Bolivia.",
    gives: [
      ["Cuba's foreign ministry", "assesses", "United States"],
      ["Cuba", "assesses", "United States"],
    ],
  },
  {
    label:
      "a foreign ministry's condemnation is its state's (a country named in the ministry's printed name)",
    text: "The Ministry of Foreign Affairs of Ukraine condemned North Korea for launching another ballistic missile.",
    gives: [["Ukraine", "assesses", "North Korea"]],
  },
  {
    label: "a foreign ministry's judgement of a person abroad is its state's",
    text: "Pakistan's Foreign Ministry strongly condemned the remarks of Indian army chief Bipin Rawat.",
    gives: [["Pakistan", "assesses", "Bipin Rawat"]],
  },
  {
    label: "a defence ministry reporting its own deputy's signature does not make its state assess him",
    text: "The Armenian Defense Ministry said that Karen Brutyan, a deputy minister, signed an agreement with KNDS France.",
    gives: [],
    notGives: [["Armenia", "assesses", "Karen Brutyan"]],
  },
  {
    label: "a counted group object stands for the coordinated actors told before, however far back",
    text:
      "Sweden, Norway and Denmark have promised to give about $500 million to a NATO-run plan. " +
      "Denmark is contributing about $90 million. Norway is giving $146 million. Sweden is contributing $275 million. " +
      "NATO Secretary General Mark Rutte thanked the three countries for their quick decision to support the package.",
    gives: [
      ["Mark Rutte", "assesses", "Sweden"],
      ["Mark Rutte", "assesses", "Norway"],
      ["Mark Rutte", "assesses", "Denmark"],
    ],
  },
  {
    label: "a group object of two takes the nearest pair told before it",
    text:
      "Armenia and Azerbaijan signed a peace deal. Kazakhstan and Uzbekistan signed a trade deal. " +
      "Russia praised the two countries.",
    gives: [
      ["Russia", "assesses", "Kazakhstan"],
      ["Russia", "assesses", "Uzbekistan"],
    ],
    notGives: [
      ["Russia", "assesses", "Armenia"],
      ["Russia", "assesses", "Azerbaijan"],
    ],
  },
  {
    label: "a group noun that goes on ('the two countries' leaders') is no group object",
    text: "Armenia and Azerbaijan signed a peace deal in Washington. Russia criticised the two countries' leaders for excluding Moscow.",
    gives: [],
    notGives: [
      ["Russia", "assesses", "Armenia"],
      ["Russia", "assesses", "Azerbaijan"],
    ],
  },
  {
    label: "a group object whose size no set told before has judges no one",
    text: "Armenia and Azerbaijan signed a peace deal. Russia praised the three countries.",
    gives: [],
    notGives: [
      ["Russia", "assesses", "Armenia"],
      ["Russia", "assesses", "Azerbaijan"],
    ],
  },
  {
    label:
      "a body's report noun after a noun of its kind ('press statement') is its report: rejecting it assesses the body",
    text:
      "North Korea on Tuesday rejected a United Nations Security Council press statement issued on Monday " +
      "condemning its test-firing of a ballistic missile.",
    gives: [["North Korea", "assesses", "United Nations Security Council"]],
  },
  {
    label: "a country's name before nouns of a report's kind is its topic, not its author",
    text: "Iran rejected the Ukraine peace plan report.",
    gives: [],
    notGives: [["Iran", "assesses", "Ukraine"]],
  },
  {
    label: "a verb coordinated after a long object phrase shares the first verb's subject",
    text:
      "For his part, Minister Luvsanvandan Bold expressed joy at the achievements in national development and " +
      "defence of Vietnam over past years and congratulated Vietnam on successfully hosting the meeting in Hanoi recently.",
    gives: [["Luvsanvandan Bold", "assesses", "Vietnam"]],
  },
  {
    label:
      "'it' after a closing quotation mark stands for the body or country that spoke before the quotation",
    text:
      "Japan said in a statement on Monday that it would send aid to the Philippines. " +
      "“China has violated Philippine waters again,” it said.",
    gives: [["Japan", "assesses", "China"]],
  },
  {
    label: "'it' after a quotation skips a person who spoke since: a person is never 'it'",
    text:
      "The Japanese foreign ministry said on Monday that aid would reach the Philippines soon. " +
      "Prime Minister Fumio Kishida said the aid was ready. “China has violated Philippine waters again,” it added.",
    gives: [["Japanese Foreign Ministry", "assesses", "China"]],
    notGives: [["Fumio Kishida", "assesses", "China"]],
  },
  {
    label: "'it' after a quotation with no body or country speaking before it speaks for no one",
    text: "Aid reached the Philippines and Vietnam on Monday. “China has violated Philippine waters again,” it said.",
    gives: [],
    notGives: [
      ["Philippines", "assesses", "China"],
      ["Vietnam", "assesses", "China"],
    ],
  },
];
