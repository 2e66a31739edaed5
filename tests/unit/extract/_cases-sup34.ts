/**
 * Labelled sentences of helper sup34 (session 34). A demonym on unnamed goods in the object of a
 * verb of receiving or buying names their supplier when no from-phrase does ("Mali received a new
 * shipment of Russian military equipment"), as one on a named weapon already did; not a demonym on
 * people ("a Russian defence delegation"), on aid, nor on goods taken from their owner ("captured
 * Russian tanks"). Goods that a participle set off by commas describes as supplied ("Egypt's F-16
 * jets, supplied by the United States, …") were received by their possessor, or by the one actor
 * named before "its" ("Pakistan's military said its J-10C jets, supplied by China, …").
 * A participle after "and" with no auxiliary of its own shares the first verb's passive ("The
 * frigates were built and delivered by Russia to India"). The content of an accusation is alleged
 * whoever makes it ("rejected accusations made by X that Iran has sent weapons", "refutes
 * accusations it supplies weapons"); an author's report stays a finding. A supply noun that opens
 * a phrase of means ("with the handover of", "through the donation of") is the act of the verb's
 * subject. A verb of pledging needs arms outside names and before an infinitive of purpose that
 * is no supply ("pledged support for the Vietnamese Defence Ministry to hold defence meetings" is
 * none). Goods a supply modifier qualifies, shown by the side that captured them, were not received
 * by it ("Russia displayed a US-supplied Bradley captured in Kursk").
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a shipment of goods a demonym qualifies, received: the demonym's country supplies",
    text: "Mali received a new shipment of Russian military equipment on Tuesday.",
    gives: [["Russia", "supplies", "Mali"]],
  },
  {
    label: "arms a demonym qualifies, bought with no seller named: the demonym's country sells",
    text: "Algeria bought Chinese weapons worth $2 billion last year.",
    gives: [["China", "supplies", "Algeria"]],
  },
  {
    label: "received goods of a demonym's country name it the supplier of the weapons they include",
    text: "The army received a consignment of Turkish equipment, including 20 Kirpi armoured vehicles.",
    gives: [["Turkey", "supplies", "Kirpi"]],
  },
  {
    label: "a delegation a demonym qualifies is received, not supplied",
    text: "Mali received a Russian defence delegation in Bamako on Monday.",
    notGives: [["Russia", "supplies", "Mali"]],
  },
  {
    label: "aid a demonym qualifies is too broad to tell goods",
    text: "Mali received Russian aid after the floods.",
    notGives: [["Russia", "supplies", "Mali"]],
  },
  {
    label: "captured goods a demonym qualifies were taken from their owner, not supplied",
    text: "Ukraine received captured Russian tanks from its own forces.",
    notGives: [["Russia", "supplies", "Ukraine"]],
  },
  {
    label: "a demonym on drones the received equipment serves against names no supplier",
    text: "Ukraine received equipment to counter Russian drones.",
    notGives: [["Russia", "supplies", "Ukraine"]],
  },
  {
    label: "goods set off by a supply participle: their possessor received them",
    text: "Egypt's F-16 jets, supplied by the United States, flew over Cairo on Friday.",
    gives: [
      ["United States", "supplies", "F-16"],
      ["United States", "supplies", "Egypt"],
    ],
  },
  {
    label:
      "goods owned by 'its' and set off by a supply participle: the one actor named before received them",
    text: "Pakistan's military said on Friday that its J-10C fighter jets, supplied by China, had shot down five aircraft.",
    gives: [
      ["China", "supplies", "J-10C"],
      ["China", "supplies", "Pakistan"],
    ],
  },
  {
    label: "'its' goods set off by a purchase participle: the one actor named before bought them",
    text: "Nicaragua replaced its T-55 tanks, bought from the Soviet Union, with T-72 tanks.",
    gives: [["Soviet Union", "supplies", "Nicaragua"]],
  },
  {
    label: "'its' after two actors stays unresolved: the goods' supplier gives no recipient",
    text: "Russia said Ukraine lost its Leopard tanks, supplied by Germany, near Kursk.",
    notGives: [["Germany", "supplies", "Russia"]],
  },
  {
    label: "a participle after 'and' shares the passive of the first: its by-agent supplies",
    text: "The frigates were built and delivered by Russia to India.",
    gives: [["Russia", "supplies", "India"]],
  },
  {
    label: "coordinated passive participles with a named weapon: the agent supplies the weapon and the navy",
    text: "The TC-90 aircraft were refurbished and donated by Japan to the Philippine Navy.",
    gives: [
      ["Japan", "supplies", "Philippine Navy"],
      ["Japan", "supplies", "TC-90"],
    ],
  },
  {
    label:
      "coordinated passive participles: the place of building is no supplier, the agent of the second is",
    text: "The boats were built in Poland and delivered to Ukraine by Germany.",
    gives: [["Germany", "supplies", "Ukraine"]],
    notGives: [["Poland", "supplies", "Ukraine"]],
  },
  {
    label: "coordinated active verbs keep their shared subject as the supplier",
    text: "Russia built and delivered two Talwar frigates to India.",
    gives: [["Russia", "supplies", "India"]],
  },
  {
    label: "the content of an accusation made by a named accuser, rejected, is denied",
    text: "Iran's foreign minister on Friday rejected accusations made by U.S. Secretary of State John Kerry that Iran has sent weapons to Houthi rebels in Yemen.",
    hedged: [["Iran", "supplies", "Houthis", "denied"]],
  },
  {
    label: "an accusation whose clause opens on a pronoun with no 'that' is only alleged",
    text: "Tehran refutes accusations it supplies weapons to Houthis — envoy to UN",
    hedged: [["Iran", "supplies", "Houthis", "possible"]],
  },
  {
    label: "claims from a named accuser, dismissed: the transfer they tell is denied",
    text: "Kyiv dismissed claims from Moscow that Ukraine had received missiles from France.",
    hedged: [["France", "supplies", "Ukraine", "denied"]],
  },
  {
    label: "a report's finding, told by its author, stays asserted",
    text: "A UN report by the panel of experts found that Eritrea supplied arms to al-Shabaab.",
    gives: [["Eritrea", "supplies", "Al-Shabaab"]],
  },
  {
    label: "a supply noun in a phrase of means: the subject of the verb supplies",
    text: "Australia boosted the navy with the handover of two patrol boats to the Fiji Navy.",
    gives: [
      ["Australia", "supplies", "Fiji Navy"],
      ["Australia", "supplies", "patrol boat"],
    ],
  },
  {
    label: "a supply noun after 'through': the subject of the verb supplies",
    text: "China deepened its ties with Cambodia through the donation of 20 trucks to the Cambodian army.",
    gives: [["China", "supplies", "Cambodian Army"]],
  },
  {
    label:
      "goods that came from another in a phrase of means: the subject received them, it supplies nothing",
    text: "Ukraine strengthened its defences with the delivery of Patriot systems from Germany.",
    notGives: [["Ukraine", "supplies", "Patriot"]],
  },
  {
    label: "a past verb with an object after a passive is active: the first verb's agent supplies nothing",
    text: "The Japanese delegation was received by the Philippine Navy and donated two TC-90 aircraft to the Philippine Air Force.",
    notGives: [["Philippine Navy", "supplies", "Philippine Air Force"]],
  },
  {
    label: "support pledged for a ministry whose name holds an arms word is no supply",
    text: "Thailand pledged support for the Vietnamese Defence Ministry.",
    notGives: [["Thailand", "supplies", "Vietnamese Defence Ministry"]],
  },
  {
    label: "arms words after an infinitive of purpose that is no supply tell no goods pledged",
    text: "Thailand pledged all possible support for Vietnam to successfully hold defence and military meetings.",
    notGives: [["Thailand", "supplies", "Vietnam"]],
  },
  {
    label: "arms words after an infinitive of buying are still the goods of a pledge",
    text: "Norway pledged $100 million to buy weapons for Ukraine.",
    gives: [["Norway", "supplies", "Ukraine"]],
  },
  {
    label: "military equipment pledged is goods",
    text: "Germany pledged military equipment to Ukraine.",
    gives: [["Germany", "supplies", "Ukraine"]],
  },
  {
    label: "goods a supply modifier qualifies, shown by the side that captured them: it received nothing",
    text: "Russia displayed a US-supplied Bradley fighting vehicle captured in Kursk.",
    gives: [["United States", "supplies", "Bradley"]],
    notGives: [["United States", "supplies", "Russia"]],
  },
  {
    label: "goods a supply modifier qualifies, used by their holder: the holder received them",
    text: "Ukraine used US-supplied HIMARS to strike a bridge.",
    gives: [["United States", "supplies", "Ukraine"]],
  },
];
