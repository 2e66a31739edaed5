/**
 * Labelled sentences of helper affil35 (session 35): a plural title set off after a list of names
 * gives each name the owner at the same place ("A and B, the foreign ministers of X and Y"); "the
 * late" before a title; "X, the TITLE, BODY", a title set off with its article before the body it
 * serves; "Attorney General"; an office at a country's lower-case embassy; a company's demonym
 * description set off after its name ("Naval Group, the French shipbuilder,") or with a weapon's
 * word ("Turkish drone maker Baykar"); "who works for"; "TITLE of <Country>'s <Body>".
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "two names, then the plural title of two countries: each name holds it for its own",
    text: "Sergei Lavrov and Wang Yi, the foreign ministers of Russia and China, met in Beijing on Monday.",
    gives: [
      ["Sergei Lavrov", "affiliated_with", "Russia"],
      ["Wang Yi", "affiliated_with", "China"],
    ],
    notGives: [
      ["Sergei Lavrov", "affiliated_with", "China"],
      ["Wang Yi", "affiliated_with", "Russia"],
    ],
  },
  {
    label: "'respectively' after the countries closes the plural title",
    text: "Ahmed Khan and Rajnath Singh, the defence ministers of Pakistan and India respectively, spoke by phone.",
    gives: [
      ["Ahmed Khan", "affiliated_with", "Pakistan"],
      ["Rajnath Singh", "affiliated_with", "India"],
    ],
    notGives: [["Ahmed Khan", "affiliated_with", "India"]],
  },
  {
    label: "possessive owners before the plural title, in the names' order",
    text: "Penny Wong and Winston Peters, Australia's and New Zealand's foreign ministers, signed the statement.",
    gives: [
      ["Penny Wong", "affiliated_with", "Australia"],
      ["Winston Peters", "affiliated_with", "New Zealand"],
    ],
    notGives: [["Penny Wong", "affiliated_with", "New Zealand"]],
  },
  {
    label: "demonyms before the plural title, in the names' order",
    text: "Lloyd Austin and Gilad Katz, the American and Israeli defence chiefs, toured the base.",
    gives: [
      ["Lloyd Austin", "affiliated_with", "United States"],
      ["Gilad Katz", "affiliated_with", "Israel"],
    ],
    notGives: [["Gilad Katz", "affiliated_with", "United States"]],
  },
  {
    label: "one owner of a plural title is every listed name's",
    text: "Sergei Lavrov and Sergei Shoigu, Russia's foreign and defence ministers, met Wang Yi in Beijing.",
    gives: [
      ["Sergei Lavrov", "affiliated_with", "Russia"],
      ["Sergei Shoigu", "affiliated_with", "Russia"],
    ],
    notGives: [["Wang Yi", "affiliated_with", "Russia"]],
  },
  {
    label: "three names and two countries do not pair up: no owner is given",
    text: "Sergei Lavrov, Wang Yi and Ahmed Khan, the foreign ministers of Russia and China, met in Beijing.",
    notGives: [
      ["Sergei Lavrov", "affiliated_with", "Russia"],
      ["Ahmed Khan", "affiliated_with", "China"],
    ],
  },
  {
    label: "a plural title that runs on past its countries is no appositive of the names",
    text: "Sergei Lavrov and Wang Yi, the foreign ministers of Russia and China agreed, will meet again.",
    notGives: [
      ["Sergei Lavrov", "affiliated_with", "Russia"],
      ["Wang Yi", "affiliated_with", "China"],
    ],
  },
  {
    label: "'the late' before an appositive title still gives the office's country",
    text: "Field Marshal Birhanu Jula and General Francis Ogolla, the late Chief of Defence Staff of Kenya, met in Nairobi.",
    gives: [["Francis Ogolla", "affiliated_with", "Kenya"]],
    notGives: [["Birhanu Jula", "affiliated_with", "Kenya"]],
  },
  {
    label: "a title with its article set off after the name, then the body it serves",
    text: "The chief visited India at the invitation of Admiral R Hari Kumar, the Chief of the Naval Staff, Indian Navy.",
    gives: [["R Hari Kumar", "affiliated_with", "Indian Navy"]],
  },
  {
    label: "a title set off after the name, then a body that a verb does not close, gives nothing",
    text: "Admiral R Hari Kumar, the Chief of the Naval Staff, Indian Navy officials said, will retire in May.",
    notGives: [["R Hari Kumar", "affiliated_with", "Indian Navy"]],
  },
  {
    label: "'Attorney General' after a demonym is one title: the holder serves the demonym's country",
    text: "However Colombian Attorney General Francisco Barbosa said the attack was planned abroad.",
    gives: [["Francisco Barbosa", "affiliated_with", "Colombia"]],
  },
  {
    label: "'attorney' alone before a name is no title: it names no country",
    text: "Colombian attorney Francisco Barbosa said the case against Venezuela was weak.",
    notGives: [["Francisco Barbosa", "affiliated_with", "Colombia"]],
  },
  {
    label: "an attaché at a country's embassy (lower case) in a city, before the name, serves the country",
    text: "The reception was attended by the Military Attaché at the Saudi embassy in Madrid Brig. Gen. Ali Al-Hedyan.",
    gives: [["Ali Al-Hedyan", "affiliated_with", "Saudi Arabia"]],
  },
  {
    label: "the same office set off by a comma before the name",
    text: "The reception was attended by the military attache at the Saudi embassy in Madrid, Ali Al-Hedyan.",
    gives: [["Ali Al-Hedyan", "affiliated_with", "Saudi Arabia"]],
  },
  {
    label:
      "a company, then 'the' and a demonym's description set off by commas: the company is that country's",
    text: "Naval Group, the French shipbuilder, delivered the first submarine to Brazil on Monday.",
    gives: [["Naval Group", "affiliated_with", "France"]],
    notGives: [["Naval Group", "affiliated_with", "Brazil"]],
  },
  {
    label: "a demonym's description after the company's bracketed acronym",
    text: "Korea Aerospace Industries (KAI), the South Korean aircraft maker, delivered the jets to Iraq.",
    gives: [["Korea Aerospace Industries", "affiliated_with", "South Korea"]],
    notGives: [["Korea Aerospace Industries", "affiliated_with", "Iraq"]],
  },
  {
    label: "a weapon's word inside a maker's description before its name",
    text: "Turkish drone maker Baykar delivered the drones to Ukraine last year.",
    gives: [["Baykar", "affiliated_with", "Turkey"]],
    notGives: [["Baykar", "affiliated_with", "Ukraine"]],
  },
  {
    label: "a demonym's description that runs on into a clause is no appositive of the company",
    text: "Naval Group, the French shipbuilder said, will deliver the submarine to Brazil.",
    notGives: [["Naval Group", "affiliated_with", "France"]],
  },
  {
    label: "a relative clause 'who works for' a body ties the person to it",
    text: "Sanjay Kumar, who works for the International Institute for Strategic Studies, said the sale was approved.",
    gives: [["Sanjay Kumar", "affiliated_with", "International Institute for Strategic Studies"]],
  },
  {
    label: "'who worked with' a country names a partner, not the person's side",
    text: "Sanjay Kumar, who worked with Russia on the deal, said India was pleased.",
    notGives: [["Sanjay Kumar", "affiliated_with", "Russia"]],
  },
  {
    label: "an office of a body in a country's possessive serves the body and the country",
    text: "Ahmed Khan, Director General of Pakistan's Inter-Services Public Relations, said the ship was ready.",
    gives: [
      ["Ahmed Khan", "affiliated_with", "Inter-Services Public Relations"],
      ["Ahmed Khan", "affiliated_with", "Pakistan"],
    ],
  },
  {
    label: "the head of a country's company, set off after the name, serves the company",
    text: "Habeck arrived in Kyiv together with Helmut Rauch, the head of Germany's Diehl Defence company.",
    gives: [["Helmut Rauch", "affiliated_with", "Diehl Defence"]],
  },
];
