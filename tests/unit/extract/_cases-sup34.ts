/**
 * Labelled sentences of helper sup34 (session 34). A demonym on unnamed goods in the object of a
 * verb of receiving or buying names their supplier when no from-phrase does ("Mali received a new
 * shipment of Russian military equipment"), as one on a named weapon already did; not a demonym on
 * people ("a Russian defence delegation"), on aid, nor on goods taken from their owner ("captured
 * Russian tanks"). Goods that a participle set off by commas describes as supplied ("Egypt's F-16
 * jets, supplied by the United States, …") were received by their possessor, or by the one actor
 * named before "its" ("Pakistan's military said its J-10C jets, supplied by China, …").
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
];
