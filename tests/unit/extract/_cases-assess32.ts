/**
 * Labelled sentences of assess32 (session 32): a claim whose subject names no actor but whose
 * predicate tells an actor's conduct ("Khartoum's support", "the desire of the US", "Russian
 * propaganda") is about that actor (descriptions.json conductNouns); a conduct noun after "in"
 * ("in support of the army") names whom the act serves, a denied one ("no proof of Iran's
 * involvement") no one. A participle coordinated by "and" with one after a comma takes the main
 * clause's speaker too (", calling the allegations “fabricated” and accusing Washington of …").
 * "According to him, X and Y …": the resolved pronoun alone is the source, though the chunker joins
 * it to the names listed after its comma.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a claim that evidence proved a government's support for rebels is about that government",
    text: "Information Minister Michael Makue said the evidence proved Khartoum's support for the rebels.",
    gives: [["Michael Makue", "assesses", "Sudan"]],
  },
  {
    label: "a claim naming the desire of a country as a cause is about that country",
    text: "Deputy ambassador Anna Yevstigneeva said that the root cause of tensions was the desire of the US to increase pressure on the DPRK.",
    gives: [["Anna Yevstigneeva", "assesses", "United States"]],
  },
  {
    label: "a claim whose predicate is a capital's involvement is about its country",
    text: "Defence Minister Kjell Berg said the main obstacle was Moscow's involvement in the conflict.",
    gives: [["Kjell Berg", "assesses", "Russia"]],
  },
  {
    label: "a claim whose predicate is a country's backing of militias is about that country",
    text: "Spokesman Tomas Vidal told reporters the problem remained Iran's backing of the militias.",
    gives: [["Tomas Vidal", "assesses", "Iran"]],
  },
  {
    label: "a claim whose predicate is a demonym's propaganda is about that country",
    text: "Foreign Minister Ana Ruiz said the greatest danger was Russian propaganda.",
    gives: [["Ana Ruiz", "assesses", "Russia"]],
  },
  {
    label: "a grant in support of an army does not judge the army",
    text: "Ambassador Saud Al-Thani said the grant came in support of the Lebanese Army.",
    notGives: [["Saud Al-Thani", "assesses", "Lebanese Army"]],
  },
  {
    label: "no proof of a country's involvement judges no one",
    text: "Foreign Minister Ana Ruiz said the report was no proof of Iran's involvement.",
    notGives: [["Ana Ruiz", "assesses", "Iran"]],
  },
  {
    label: "a participle after 'and' coordinated with one after a comma takes the main clause's speaker",
    text: 'Defense Minister Hossein Dehqan on Wednesday rejected the reports, calling them "fabricated" and accusing Washington of engaging in psychological warfare.',
    gives: [["Hossein Dehqan", "assesses", "United States"]],
  },
  {
    label: "a second participle with other names and a quoted word between the two takes the speaker",
    text: 'Foreign Minister Ana Ruiz on Monday dismissed the report, calling it "baseless" and accusing Colombia of spreading lies.',
    gives: [["Ana Ruiz", "assesses", "Colombia"]],
  },
  {
    label: "coordinated participles of a subject that names no actor give no accusation to a later speaker",
    text: "Protesters marched to the embassy, chanting slogans and accusing the United States of meddling, Kenya's Interior Ministry said.",
    notGives: [["Kenyan Interior Ministry", "assesses", "United States"]],
  },
  {
    label: "'according to him' before a list of names takes the resolved pronoun alone as the source",
    text: "Russian Foreign Minister Sergei Lavrov spoke to reporters on Tuesday. According to him, the United States and NATO are directly involved in the conflict.",
    gives: [["Sergei Lavrov", "assesses", "United States"]],
  },
  {
    label: "'according to him' with other names: the claim's first actor is judged by the person told before",
    text: "Iranian Foreign Minister Abbas Araghchi met reporters on Sunday. According to him, Israel and the United States had planned the strikes.",
    gives: [["Abbas Araghchi", "assesses", "Israel"]],
  },
];
