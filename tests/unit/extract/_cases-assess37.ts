/**
 * Labelled sentences of helper assess37 (session 37), shapes of assessments missed or made wrongly
 * on unseen news (session 37's census of batch 36's assessments, dev/388-401): the occasion of a
 * statement between its speaker and the verb ("X in a statement said", "X in an interview with Reuters said",
 * occasion-phrases.ts); a title with its bracketed acronym before the body it heads ("The Chief of
 * Defence Staff (CDS) of the Ghana Armed Forces X stated", clause.ts titledSubject); a judged act
 * named by a hyphened pair of countries ("condemned a US-South Korea military drill") judges both
 * (hyphen-pairs.ts); assuring or informing that one's own side acts is news of it
 * (5c-own-country.ts reporting rules); an unnamed speaker of a body quoted "as saying" gives the
 * body's triple (relations/quoted-bodies.ts).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "the occasion of a statement between the speaker and 'said' leaves the speaker the subject",
    text: "Defence Minister Seth Amoama in a statement said that Germany had helped the rebels.",
    gives: [["Seth Amoama", "assesses", "Germany"]],
  },
  {
    label: "a possessive occasion phrase ('in his remarks') before 'stated'",
    text: "Vice Admiral Seth Amoama in his remarks stated that the German government has contributed immensely to peace in Africa.",
    gives: [["Seth Amoama", "assesses", "Germany"]],
  },
  {
    label: "an occasion phrase with a prepositional tail naming an outlet: the outlet is no speaker",
    text: "Foreign Minister Ahmed Hafez in an interview with Reuters said Ethiopia had violated the agreement.",
    gives: [["Ahmed Hafez", "assesses", "Ethiopia"]],
    notGives: [["Reuters", "assesses", "Ethiopia"]],
  },
  {
    label: "a time adverbial and an occasion phrase both between the speaker and the verb",
    text: "The Egyptian Foreign Ministry on Thursday in a statement condemned Ethiopia's remarks.",
    gives: [["Egyptian Foreign Ministry", "assesses", "Ethiopia"]],
  },
  {
    label: "a news conference with its place before 'accused'",
    text: "Iranian Foreign Ministry spokesman Nasser Kanaani at a news conference in Tehran accused the United States of fuelling the war.",
    gives: [["Nasser Kanaani", "assesses", "United States"]],
  },
  {
    label: "an opening occasion phrase has its speaker after it: the place inside it does not speak",
    text: "In a statement in Cairo, the Sudanese army said Ethiopia had shelled the border.",
    notGives: [["Cairo", "assesses", "Ethiopia"]],
  },
  {
    label: "a title's bracketed acronym before the body it heads: the titled person states",
    text: "The Chief of Defence Staff (CDS) of the Ghana Armed Forces Vice Admiral Seth Amoama stated that Germany had helped the rebels.",
    gives: [["Seth Amoama", "assesses", "Germany"]],
  },
  {
    label: "bracketed acronyms after the title and after the body",
    text: "The Chief of Defence Staff (CDS) of the Ghana Armed Forces (GAF) Vice Admiral Seth Amoama stated that the German government has contributed immensely to peace in Africa.",
    gives: [["Seth Amoama", "assesses", "Germany"]],
  },
  {
    label: "a condemned act named by a hyphened pair of countries is about both countries",
    text: "North Korea on Thursday condemned a US-South Korea military drill as war preparedness.",
    gives: [
      ["North Korea", "assesses", "United States"],
      ["North Korea", "assesses", "South Korea"],
    ],
  },
  {
    label: "a hyphened pair with a demonym second: both countries",
    text: "North Korea condemned the joint US-South Korean military drills.",
    gives: [
      ["North Korea", "assesses", "United States"],
      ["North Korea", "assesses", "South Korea"],
    ],
  },
  {
    label: "a hyphened pair in a criticised alliance",
    text: "China criticised the US-Japan alliance on Monday.",
    gives: [
      ["China", "assesses", "United States"],
      ["China", "assesses", "Japan"],
    ],
  },
  {
    label: "a hyphened pair before the trigger is no target of it",
    text: "After the US-South Korea summit, North Korea condemned Japan.",
    gives: [["North Korea", "assesses", "Japan"]],
    notGives: [["North Korea", "assesses", "South Korea"]],
  },
  {
    label: "a speaker's own country in the pair stays out (own side)",
    text: "South Korea's Defence Ministry said the US-South Korea drills would begin on Monday.",
    notGives: [["South Korean Defence Ministry", "assesses", "South Korea"]],
  },
  {
    label: "assuring that one's own country's army acts is news of one's own side, no assessment",
    text: "Nigerian Chief of Army Staff Faruk Yahaya assured that the Nigerian Army is taking steps to neutralise bandits.",
    notGives: [["Faruk Yahaya", "assesses", "Nigerian Army"]],
  },
  {
    label: "assuring that another country acted still assesses it",
    text: "Russian Ambassador Oleg Ozerov assured that Ukraine had launched the drone.",
    gives: [["Oleg Ozerov", "assesses", "Ukraine"]],
  },
  {
    label: "an outlet quoting an unnamed spokesman of a body as saying: the body speaks, the outlet relays",
    text: "KCNA quoted a spokesman of the National Defence Commission as saying that the United States was preparing for war.",
    gives: [["National Defence Commission", "assesses", "United States"]],
    notGives: [["KCNA", "assesses", "United States"]],
  },
  {
    label: "the quotation before 'quoted a spokesman of the body (ACRONYM) as saying' is the body's claim",
    text: '"The US and South Korea are choreographing dangerous war moves," the official KCNA news agency quoted a spokesman of the National Defence Commission (NDC) as saying.',
    gives: [
      ["National Defence Commission", "assesses", "United States"],
      ["National Defence Commission", "assesses", "South Korea"],
    ],
  },
  {
    label: "an unnamed official at a ministry quoted as saying: the ministry speaks",
    text: "Xinhua quoted an official at the Chinese Foreign Ministry as saying that Japan had violated the agreement.",
    gives: [["Chinese Foreign Ministry", "assesses", "Japan"]],
  },
];
