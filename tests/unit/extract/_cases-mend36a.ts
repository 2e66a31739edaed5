/**
 * Labelled sentences of helper mend36a (session 36): mends of the session's final review of the
 * relation rules. A purchase's seller named after it is the head of the signing's with-phrase only,
 * not a country or body inside an of-phrase of a common noun ("signed with the approval of the
 * European Union"; relations/signed-partners.ts partnerAfter). A latent deal's taker is the whole
 * object of its "for" or "to", not a demonym or a possessor of another noun ("for French support",
 * "to France's satisfaction"), and a verb of signing tells no latent deal: its subject is as often
 * the buyer ("Egypt signed a new deal for ..."; relations/latent-deals.ts). A bare sentence-final
 * "as X said" drops the claim only after a negated predicate (relations/as-clauses.ts). A judged
 * statement by a titled person is his state's too, with or without an adjective before the noun
 * (relations/judged-owners.ts agentOwnerState).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "must-not: a body inside 'the approval of' after 'signed with' is no seller",
    text: "Brazil signed a contract to buy four Scorpene submarines. The contract was signed with the approval of the European Union.",
    notGives: [
      ["European Union", "supplies", "Brazil"],
      ["European Union", "supplies", "Scorpene"],
    ],
  },
  {
    label: "must-not: an alliance inside 'the support of' after 'signed with' is no seller",
    text: "Chile signed a contract to buy two Type 209 submarines. The deal was signed with the support of NATO in Brussels.",
    notGives: [["NATO", "supplies", "Chile"]],
  },
  {
    label: "must-not: a country inside 'the backing of' after 'signed with' is no seller",
    text: "Kenya ordered two patrol boats last year. The contract was signed with the backing of the United States.",
    notGives: [["United States", "supplies", "Kenya"]],
  },
  {
    label: "must-not: a country inside 'the help of' after 'signed with' is no seller",
    text: "Peru signed a contract to buy four Scorpene submarines. The contract was signed with the help of France.",
    notGives: [["France", "supplies", "Peru"]],
  },
  {
    label: "a firm inside the of-phrase of a firm noun after 'signed with' is the seller",
    text: "India has signed a $737 million contract for the procurement of 145 M777 howitzers. The deal was inked Wednesday with the US subsidiary of BAE Systems.",
    gives: [
      ["BAE Systems", "supplies", "India"],
      ["BAE Systems", "supplies", "M777"],
    ],
  },

  {
    label: "must-not: a possessor after 'for' is no latent deal's taker, and a signing subject no giver",
    text: "Egypt signed a new deal for France's support on Monday. The deal includes 30 Rafale jets.",
    notGives: [
      ["Egypt", "supplies", "France"],
      ["Egypt", "supplies", "Rafale"],
    ],
  },
  {
    label: "must-not: a demonym after 'for' is no latent deal's taker",
    text: "Qatar signed a new deal for French support on Monday. The deal includes 24 Rafale jets.",
    notGives: [
      ["Qatar", "supplies", "France"],
      ["Qatar", "supplies", "Rafale"],
    ],
  },
  {
    label: "must-not: a demonym after 'for' is no taker of an announced package",
    text: "Japan unveiled a new package for French satisfaction. The package includes Type 12 missiles.",
    notGives: [
      ["Japan", "supplies", "France"],
      ["Japan", "supplies", "Type 12"],
    ],
  },
  {
    label: "must-not: a possessor after 'to' is no taker of a sealed deal",
    text: "Greece sealed a new deal to France's satisfaction. The deal includes six Rafale jets.",
    notGives: [
      ["Greece", "supplies", "France"],
      ["Greece", "supplies", "Rafale"],
    ],
  },
  {
    label: "must-not: a possessor after 'to' is no taker of an announced package",
    text: "Greece announced a new package to France's satisfaction. The package includes six Rafale jets.",
    notGives: [
      ["Greece", "supplies", "France"],
      ["Greece", "supplies", "Rafale"],
    ],
  },
  {
    label: "an announced package whose taker is the whole object of 'for' is filled by the next sentence",
    text: "Canada announced a new package for Ukraine on Monday. The package includes Leopard 2 tanks.",
    gives: [
      ["Canada", "supplies", "Ukraine"],
      ["Canada", "supplies", "Leopard 2"],
    ],
  },

  {
    label: "a bare sentence-final 'as X said' after an un-negated predicate is X's claim",
    text: "Russian forces shelled Kharkiv overnight as Ukraine said.",
    gives: [["Ukraine", "assesses", "Russia"]],
  },
  {
    label: "a bare sentence-final 'as X maintained' after an un-negated predicate is X's claim",
    text: "Russia fired North Korean missiles at Kharkiv as Ukrainian officials maintained.",
    gives: [["Ukraine", "assesses", "Russia"]],
  },
  {
    label: "must-not: a bare 'as X maintained' after a negated predicate is no claim about the first actor",
    text: "The UN findings echo a report that the drones were meant for Moscow's use and not destined for Caracas as Venezuelan officials maintained.",
    notGives: [["Venezuela", "assesses", "United Nations"]],
  },

  {
    label: "a judged statement by a titled person, no adjective before the noun: the person and his state",
    text: "Greece condemned the statements by Turkey's President Recep Tayyip Erdogan.",
    gives: [
      ["Greece", "assesses", "Recep Tayyip Erdogan"],
      ["Greece", "assesses", "Turkey"],
    ],
  },
  {
    label: "a judged statement by a titled person past a manner phrase: the person and his state",
    text: "Armenia condemned in the strongest terms the remarks by Azerbaijan's President Ilham Aliyev.",
    gives: [
      ["Armenia", "assesses", "Ilham Aliyev"],
      ["Armenia", "assesses", "Azerbaijan"],
    ],
  },
  {
    label: "must-not: a titled person judged himself, with no statement of his, is not his state",
    text: "Greece condemned Turkey's President Recep Tayyip Erdogan.",
    gives: [["Greece", "assesses", "Recep Tayyip Erdogan"]],
    notGives: [["Greece", "assesses", "Turkey"]],
  },

  {
    label: "must-not: a legislature approving a latent deal is no giver; its state is",
    text: "The US Senate approved a $40 billion package for Ukraine on Thursday. The package includes HIMARS launchers.",
    gives: [
      ["United States", "supplies", "Ukraine"],
      ["United States", "supplies", "HIMARS"],
    ],
    notGives: [
      ["US Senate", "supplies", "Ukraine"],
      ["US Senate", "supplies", "HIMARS"],
    ],
  },
];
