/**
 * Labelled sentences of helper meets34 (session 34): meetings whose object stands after a place
 * phrase that the chunker joins to it (run-on-objects.ts), a title phrase after a named place,
 * a passive's agent told by a title phrase that reads on to its name, and a meeting gerund that
 * opens the sentence and shares the main clause's subject (opening-gerunds.ts); a meal hosted
 * for a guest or in the guest's honour (frames.json meet-host-meal, honoured-guests.ts).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a reception's object after a time and a named place, a demonym and a title before the name",
    text: "King Abdullah received on Monday at Bayan Palace Swiss President Guy Parmelin.",
    gives: [["King Abdullah", "meets", "Guy Parmelin"]],
  },
  {
    label: "a reception's object after a named place, told by a title phrase and an appositive name",
    text: "The Amir, Sheikh Meshal Al-Ahmad Al-Sabah, received on Monday at Bayan Palace the President of the Swiss Confederation, Guy Parmelin, on his official visit to Kuwait.",
    gives: [["Meshal Al-Ahmad Al-Sabah", "meets", "Guy Parmelin"]],
  },
  {
    label: "a reception at a named place followed by no person gives no meeting with the place's people",
    text: "King Abdullah received at Bayan Palace a letter from Swiss President Guy Parmelin.",
    notGives: [["King Abdullah", "meets", "Guy Parmelin"]],
  },
  {
    label: "a passive's agent told by a title, a place and the name without a comma",
    text: "President William Ruto was received by the Chinese Ambassador in Nairobi Zhou Pingjian.",
    gives: [["William Ruto", "meets", "Zhou Pingjian"]],
  },
  {
    label: "an opening gerund's subject is the main clause's subject",
    text: "After meeting Argentine Defense Minister Luis Petri, US Defense Secretary Pete Hegseth said China poses a threat.",
    gives: [["Luis Petri", "meets", "Pete Hegseth"]],
    notGives: [["United States", "meets", "Luis Petri"]],
  },
  {
    label: "an opening gerund with a past main verb after 'before' tells a meeting held",
    text: "Before meeting Prime Minister Anthony Albanese, Japanese Foreign Minister Yoko Kamikawa visited the war memorial.",
    gives: [["Yoko Kamikawa", "meets", "Anthony Albanese"]],
  },
  {
    label: "an opening gerund before a main clause in the future tells no meeting held",
    text: "Before meeting Prime Minister Anthony Albanese, Japanese Foreign Minister Yoko Kamikawa will visit the war memorial.",
    notGives: [["Yoko Kamikawa", "meets", "Anthony Albanese"]],
  },
  {
    label: "an opening phrase with a verb of its own gives its gerund no subject",
    text: "After meeting Luis Petri in Buenos Aires, where he signed a deal, Pete Hegseth flew home.",
    notGives: [["Luis Petri", "meets", "Pete Hegseth"]],
  },
  {
    label: "a luncheon hosted for a named guest is a meeting of host and guest",
    text: "Prime Minister Narendra Modi hosted a luncheon for Japanese Prime Minister Fumio Kishida.",
    gives: [["Narendra Modi", "meets", "Fumio Kishida"]],
  },
  {
    label: "a state banquet in honour of a named guest, after place and time phrases",
    text: "President Droupadi Murmu hosted a state banquet at Rashtrapati Bhavan on Monday in honor of Japanese Prime Minister Fumio Kishida.",
    gives: [["Droupadi Murmu", "meets", "Fumio Kishida"]],
  },
  {
    label: "dinner had with a named person is a meeting",
    text: "Prime Minister Narendra Modi had dinner with Japanese Prime Minister Fumio Kishida on Monday.",
    gives: [["Narendra Modi", "meets", "Fumio Kishida"]],
  },
  {
    label: "a dinner that will be hosted for a guest is no meeting held",
    text: "Prime Minister Narendra Modi will host a dinner for Japanese Prime Minister Fumio Kishida on Monday.",
    notGives: [["Narendra Modi", "meets", "Fumio Kishida"]],
  },
];
