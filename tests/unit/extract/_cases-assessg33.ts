/**
 * Labelled sentences of assessg33 (session 33): a claim whose subject is an actor (often the
 * speaker's own side) is also about the owner of a word of judgement or a noun of conduct in its
 * predicate ("Rabat had proof of Hezbollah's involvement", "concerned about the presence of
 * Venezuelan troops"); an act told as another's claim ("the alleged involvement of Iran"), a denied
 * one ("no proof") and one owned by a pronoun ("its support for Ukraine") judge no one. The
 * predicate of a verb of calling judges the owner of its word of judgement ("calling it another
 * proof of France's provocative actions"), and a participle with its agent after such a word names
 * its owner ("the support given by Russia"). A possessor owns an act noun past a hyphened
 * modifier ("Fiji's long-standing support").
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a claim that the speaker's capital has proof of a group's involvement is about the group",
    text: "Foreign Minister Nasser Bourita said Rabat had irrefutable proof of Hezbollah's involvement in the training.",
    gives: [["Nasser Bourita", "assesses", "Hezbollah"]],
  },
  {
    label: "a claim of concern about the presence of a country's troops is about that country",
    text: "Minister Ana Ruiz said Colombia was deeply concerned about the presence of Venezuelan troops at the border.",
    gives: [["Ana Ruiz", "assesses", "Venezuela"]],
  },
  {
    label:
      "a ministry's claim that its country will answer a neighbour's provocations is about the neighbour",
    text: "The Polish Defence Ministry said Poland would respond firmly to Belarus's provocations on the border.",
    gives: [["Polish Defence Ministry", "assesses", "Belarus"]],
  },
  {
    label: "an alleged involvement named in a claim judges no one",
    text: "Marta Berg said Norway discussed the alleged involvement of Iran in the attack.",
    notGives: [["Marta Berg", "assesses", "Iran"]],
  },
  {
    label: "a country's own support for another is not a judgement of the one supported",
    text: "Marta Berg said Norway would continue its support for Ukraine.",
    notGives: [["Marta Berg", "assesses", "Ukraine"]],
  },
  {
    label: "a claim of having no proof of an involvement judges no one",
    text: "Marta Berg said Norway had no proof of Iran's involvement in the attack.",
    notGives: [["Marta Berg", "assesses", "Iran"]],
  },
  {
    label: "calling a sale proof of a country's provocative actions judges that country",
    text: "Azerbaijan denounced the announced sale of CAESAR systems to Armenia, calling it another proof of France's provocative actions in the South Caucasus.",
    gives: [["Azerbaijan", "assesses", "France"]],
  },
  {
    label: "calling a launch a provocation by a country judges that country, not one it is aimed at",
    text: "Japan called the launch a clear provocation by North Korea.",
    gives: [["Japan", "assesses", "North Korea"]],
  },
  {
    label: "a provocation against a country does not judge that country",
    text: "Japan called the launch a clear provocation against South Korea.",
    notGives: [["Japan", "assesses", "South Korea"]],
  },
  {
    label: "the support given by a country, as a claim's predicate, is about that country",
    text: "Marta Berg said the key factor was the support given by Russia to the rebels.",
    gives: [["Marta Berg", "assesses", "Russia"]],
  },
  {
    label: "the support given to a country does not judge the one supported",
    text: "Marta Berg said the key factor was the support given to Russia by the West.",
    notGives: [["Marta Berg", "assesses", "Russia"]],
  },
  {
    label: "acknowledging a country's long-standing support judges that country past the hyphened modifier",
    text: "Solomon Islands Prime Minister Jeremiah Manele acknowledged Fiji's long-standing support in the area of security.",
    gives: [["Jeremiah Manele", "assesses", "Fiji"]],
  },
  {
    label: "a hyphened modifier on an act does not make its victim the one judged",
    text: "Marta Berg condemned Russia's large-scale attacks on Ukraine.",
    notGives: [["Marta Berg", "assesses", "Ukraine"]],
  },
];
