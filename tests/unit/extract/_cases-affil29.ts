/**
 * Labelled sentences of the affil helper, session 29: appointments that give an office, titles
 * whose head a lower-case noun modifies, descriptions opened by a country's name or possessive that
 * stand for a person told before, and armed groups named before one member's name.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "an appointment's object may carry ranks between the verb and the name",
    text: "President Ruto appointed General Peter Okello as commander of the Kenya Defence Forces.",
    gives: [["Peter Okello", "affiliated_with", "Kenya Defence Forces"]],
  },
  {
    label: "the new office after 'as' may open with an article and 'new'",
    text: "The president named Lt. Gen. Peter Okello as the new head of the Kenya Air Force.",
    gives: [["Peter Okello", "affiliated_with", "Kenya Air Force"]],
  },
  {
    label: "a passive appointment gives the office right after it, with no 'as'",
    text: "General Peter Okello was named commander of the Uganda People's Defence Force on Monday.",
    gives: [["Peter Okello", "affiliated_with", "Uganda People's Defence Force"]],
  },
  {
    label: "a passive appointment to the new spokesperson's post of a body",
    text: "Brigadier Peter Okello has been appointed the new spokesperson of the Uganda People's Defence Force.",
    gives: [["Peter Okello", "affiliated_with", "Uganda People's Defence Force"]],
  },
  {
    label: "an expected appointment gives no office yet",
    text: "Peter Okello is expected to be named commander of the Kenya Defence Forces.",
    notGives: [["Peter Okello", "affiliated_with", "Kenya Defence Forces"]],
  },
  {
    label: "being named in a body's report is no appointment",
    text: "Peter Okello was named in the report of the Kenya Defence Forces.",
    notGives: [["Peter Okello", "affiliated_with", "Kenya Defence Forces"]],
  },
  {
    label: "a title whose head lower-case nouns modify still names its body",
    text: "The Indian Army chief met Lieutenant General Batoo Tshering, chief operations officer (COO) of the Royal Bhutan Army.",
    gives: [["Batoo Tshering", "affiliated_with", "Royal Bhutan Army"]],
  },
  {
    label: "an office's field after 'of' stands between the title and its body",
    text: "Colonel Amadou Diallo, director of operations of the Malian Army, met him.",
    gives: [["Amadou Diallo", "affiliated_with", "Malian Army"]],
  },
  {
    label: "a field after 'of' with 'at' and the body",
    text: "Samuel Okoro, head of logistics at the Nigerian Navy, said it.",
    gives: [["Samuel Okoro", "affiliated_with", "Nigerian Navy"]],
  },
  {
    label: "a member's noun of an armed group before a name makes the words before it the group",
    text: "The nephew of Jemaah Islamiyah militant Abdul Basit Usman was held.",
    typed: [
      ["Jemaah Islamiyah", "Organization"],
      ["Abdul Basit Usman", "Person"],
    ],
  },
  {
    label: "a description opened by a country's own name stands for the person told before",
    text: "Lloyd Austin visited Manila on Monday. The U.S. defense secretary met Gilberto Teodoro.",
    gives: [["Lloyd Austin", "affiliated_with", "United States"]],
  },
  {
    label: "a description opened by a country's possessive stands for the person told before",
    text: "Sergei Shoigu visited Minsk on Monday. Russia's defence minister met Viktor Khrenin.",
    gives: [["Sergei Shoigu", "affiliated_with", "Russia"]],
  },
  {
    label: "a country's possessive title before a name is that name's, not someone told before",
    text: "Sergei Shoigu visited Minsk on Monday. Belarus's defence minister Viktor Khrenin met him.",
    notGives: [["Sergei Shoigu", "affiliated_with", "Belarus"]],
  },
];
