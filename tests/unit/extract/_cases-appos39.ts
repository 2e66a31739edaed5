/**
 * Labelled sentences of helper appos39 (session 39): a possessor before lower-case titles joined by
 * "and" to a name's own title-case titles is the described holder's, not the name's ("China's
 * foreign minister and Secretary of State Antony Blinken", "Rheinmetall's chief executive and Army
 * Chief General X": relations/described-titles.ts, read by the title and office-before-name
 * readers of relations/affiliation.ts); one person's titles, written alike, still share it.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a country's lower-case title, 'and', an office of no country before a name: not the country",
    text: "China's foreign minister and Secretary of State Antony Blinken met in Beijing on Monday.",
    notGives: [["Antony Blinken", "affiliated_with", "China"]],
  },
  {
    label: "a body's lower-case title, 'and', an office of no country before a name: not the body",
    text: "The EU's foreign policy chief and Secretary of State Antony Blinken met in Brussels on Monday.",
    notGives: [["Antony Blinken", "affiliated_with", "European Union"]],
  },
  {
    label: "a company's lower-case title, 'and', an army title before a name: not the company",
    text: "Rheinmetall's chief executive and Army Chief General Alfons Mais visited the plant in Unterluess.",
    notGives: [["Alfons Mais", "affiliated_with", "Rheinmetall"]],
  },
  {
    label: "a company's lower-case title, 'and', a minister's title before a name: not the company",
    text: "Rheinmetall's chief executive and Defence Minister Boris Pistorius visited the plant on Monday.",
    notGives: [["Boris Pistorius", "affiliated_with", "Rheinmetall"]],
  },
  {
    label: "a country's lower-case title, 'and', an office 'of' no body before a name: not the country",
    text: "Russia's president and Chief of the General Staff Valery Gerasimov met in Moscow on Friday.",
    notGives: [["Valery Gerasimov", "affiliated_with", "Russia"]],
  },
  {
    label: "a country's title-case titles joined by 'and' before one name: still the country",
    text: "Kuwait's First Deputy Prime Minister and Defense Minister Sheikh Nasser Sabah Al-Ahmad met the envoy.",
    gives: [["Nasser Sabah Al-Ahmad", "affiliated_with", "Kuwait"]],
  },
  {
    label: "a company's title-case titles joined by 'and' before one name: still the company",
    text: "Rheinmetall's Chief Executive and Chairman Armin Papperger visited the plant on Monday.",
    gives: [["Armin Papperger", "affiliated_with", "Rheinmetall"]],
  },
  {
    label: "a company's lower-case title and an acronym before one name: still the company",
    text: "Embraer president and CEO Francisco Gomes Neto said the jets would be delivered in 2025.",
    gives: [["Francisco Gomes Neto", "affiliated_with", "Embraer"]],
  },
  {
    label: "an office 'of' a country running into a name, with no 'and' before it: still the country",
    text: "The minister met the President of Maldives Ibrahim Solih in Male on Monday.",
    gives: [["Ibrahim Solih", "affiliated_with", "Maldives"]],
  },
];
