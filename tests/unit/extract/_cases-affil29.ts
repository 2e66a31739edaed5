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
  {
    label: "an armed group's member noun between the group and a name ties the person to the group",
    text: "The nephew of Jemaah Islamiyah militant Abdul Basit Usman was held.",
    gives: [["Abdul Basit Usman", "affiliated_with", "Jemaah Islamiyah"]],
  },
  {
    label: "a group's plural members' noun before a verb names no member",
    text: "Abu Sayyaf militants attacked the town of Lamitan on Monday.",
    notGives: [["Lamitan", "affiliated_with", "Abu Sayyaf"]],
  },
  {
    label:
      "'Defence Force' inside 'Chief of Defence Force of' is the title's, the body follows the second 'of'",
    text: "The Chief of Defence Force of Tanzania People's Defence Force (TPDF), General Venance Mabeyo, is on a visit to Rwanda.",
    gives: [["Venance Mabeyo", "affiliated_with", "Tanzania People's Defence Force"]],
    noEntities: ["Tanzanian Defence Force"],
  },
  {
    label: "a country's possessive before 'Chief of Defence Forces' still names the holder's country",
    text: "Uganda's Chief of Defence Forces, Gen David Muhoozi, met the visitors.",
    gives: [["David Muhoozi", "affiliated_with", "Uganda"]],
  },
  {
    label: "a body's possessive before a person's name ties the person to the body",
    text: "Earlier, NATO's Jens Stoltenberg met the minister.",
    gives: [["Jens Stoltenberg", "affiliated_with", "North Atlantic Treaty Organization"]],
  },
  {
    label: "a body's possessive before a name that modifies a noun ties nothing",
    text: "The vessels are based on Damen Shipyards' Stan Patrol 2606 design.",
    notGives: [["Stan Patrol", "affiliated_with", "Damen Shipyards"]],
  },
  {
    label: "an of-phrase set off by commas after a full name gives its body",
    text: "John Smith, of the Liberal Party, said the bill would pass.",
    gives: [["John Smith", "affiliated_with", "Liberal Party"]],
  },
  {
    label: "a set-off of-phrase that runs on past the body gives nothing",
    text: "He warned John Smith, of the danger posed by the Liberal Party.",
    notGives: [["John Smith", "affiliated_with", "Liberal Party"]],
  },
  {
    label: "'in charge of' is an office's 'of' before its body",
    text: "Abdeltif Loudyi, the Minister Delegate in charge of National Defense Administration, attended.",
    gives: [["Abdeltif Loudyi", "affiliated_with", "National Defense Administration"]],
  },
  {
    label: "a fronted 'on behalf of' a country's government names the country of the subject who acts",
    text: "On behalf of the Government of India, General Manoj Naravane presented medical equipment.",
    gives: [["Manoj Naravane", "affiliated_with", "India"]],
  },
  {
    label: "'on behalf of' set off after a person's name names the body the person acts for",
    text: "Defence Minister Aden Duale, on behalf of the Kenya Defence Forces, handed over the vessels.",
    gives: [["Aden Duale", "affiliated_with", "Kenya Defence Forces"]],
  },
  {
    label: "thanks given on someone's behalf tie the thanked person to nothing",
    text: "He thanked William Ruto on behalf of the Kenyan government.",
    notGives: [["William Ruto", "affiliated_with", "Kenya"]],
  },
  {
    label: "a body 'of' a ranked person is the person's",
    text: "The city was taken from the Libya National Army (LNA) of Gen Khalifa Haftar.",
    gives: [["Khalifa Haftar", "affiliated_with", "Libya National Army"]],
  },
  {
    label: "a body 'of' a country is no person's",
    text: "The Ministry of Defence of Kenya met General Ahmed Musa.",
    notGives: [["Ahmed Musa", "affiliated_with", "Ministry of Defence of Kenya"]],
  },
];
