/**
 * Labelled sentences of session 33's supply grammar: the voice of a participle in a supply noun's
 * phrase ("missiles to be purchased by Saudi Arabia": the agent buys), the passive predicate of a
 * supply noun (who bears its costs or welcomes it is not its supplier), rights, options and
 * intentions as modality ("reserves the right to buy"), an intransitive verb that closes a
 * clause joined by "and" ("… to Pakistan and India protests"), and "recipient" as the buyer's agent
 * noun ("the largest recipient of US military aid").
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a right to buy is no purchase",
    text: "India reserves the right to buy S-400 systems from Russia.",
    notGives: [["Russia", "supplies", "S-400"]],
    hedged: [["Russia", "supplies", "S-400", "possible"]],
  },
  {
    label: "an option to purchase more jets is no purchase of them",
    text: "Greece holds an option to purchase 20 F-35 jets from the United States.",
    notGives: [
      ["United States", "supplies", "F-35"],
      ["United States", "supplies", "Greece"],
    ],
  },
  {
    label: "a letter of intent to buy is no purchase",
    text: "Argentina signed a letter of intent to buy 24 F-16 jets from Denmark.",
    notGives: [
      ["Denmark", "supplies", "F-16"],
      ["Denmark", "supplies", "Argentina"],
    ],
  },
  {
    label: "an intransitive verb that ends the sentence makes the name before it a subject, not a recipient",
    text: "China supplies arms to Pakistan and India protests.",
    gives: [["China", "supplies", "Pakistan"]],
    notGives: [["China", "supplies", "India"]],
  },
  {
    label: "two recipients joined by 'and' at the sentence's end both receive",
    text: "China supplies JF-17 jets to Pakistan and Myanmar.",
    gives: [
      ["China", "supplies", "Pakistan"],
      ["China", "supplies", "Myanmar"],
    ],
  },
  {
    label: "the agent of a passive infinitive of buying in a sale's phrase is the buyer, not the seller",
    text: "The U.S. State Department approved the sale of 12 Black Hawk helicopters to be bought by Poland.",
    gives: [
      ["United States", "supplies", "Poland"],
      ["United States", "supplies", "Black Hawk"],
    ],
    notGives: [["Poland", "supplies", "Black Hawk"]],
  },
  {
    label: "the agent of a passive gerund of buying in a sale's phrase sells nothing",
    text: "The sale of F-16 jets being purchased by Taiwan was approved in 2019.",
    notGives: [["Taiwan", "supplies", "F-16"]],
  },
  {
    label: "the agent of a sale's own by-phrase still sells",
    text: "The delivery of T-90 tanks by Russia to India was completed.",
    gives: [
      ["Russia", "supplies", "India"],
      ["Russia", "supplies", "T-90"],
    ],
  },
  {
    label: "who bears the costs of a transfer is not its supplier",
    text: "The transfer of the Leopard 2 tanks was shouldered by the Polish government.",
    notGives: [["Poland", "supplies", "Leopard 2"]],
  },
  {
    label: "who welcomes a delivery is not its supplier",
    text: "The delivery of the Leopard 2 tanks was welcomed by Ukraine.",
    notGives: [["Ukraine", "supplies", "Leopard 2"]],
  },
  {
    label: "the agent of a passive of carrying a delivery out supplies",
    text: "The delivery of the Leopard 2 tanks was carried out by Germany.",
    gives: [["Germany", "supplies", "Leopard 2"]],
  },
  {
    label: "the agent of a passive of financing a transfer supplies, as in the active voice",
    text: "The transfer of two Island-class patrol boats was financed by Japan.",
    gives: [["Japan", "supplies", "Island-class"]],
  },
  {
    label: "the largest recipient of a country's military aid receives it from that country",
    text: "The Philippines is the largest recipient of US military assistance in the Indo-Pacific.",
    gives: [["United States", "supplies", "Philippines"]],
  },
  {
    label: "the recipient of a demonym's weapons receives them from its country",
    text: "Pakistan is the largest recipient of Chinese weapons.",
    gives: [["China", "supplies", "Pakistan"]],
  },
  {
    label: "a recipient of development aid receives no supply",
    text: "Nigeria is a recipient of US development aid.",
    notGives: [["United States", "supplies", "Nigeria"]],
  },
  {
    label: "a country believed to be the recipient of goods is not told to receive them",
    text: "Armenia is widely believed to be the recipient of the Indian Akash systems.",
    notGives: [["India", "supplies", "Armenia"]],
  },
];
