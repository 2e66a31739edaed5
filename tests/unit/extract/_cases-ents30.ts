/**
 * Labelled sentences of the entity helper of session 30: name shapes of unseen news (a royal title
 * before one given name, a father's name after "bin" that names no one but the father, a feature's
 * word that opens a place's name, a base's name with its head inside, a
 * model's variant of capitals).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  // ---- a royal title before one given name
  {
    label: "a king named by one given name keeps the title in his name",
    text: "Saudi Arabia's King Salman received the Egyptian president in Riyadh.",
    typed: [["King Salman", "Person"]],
  },
  {
    label: "a sheikh named by one given name keeps the title in his name",
    text: "President Sheikh Mohamed met the Saudi defence minister in Abu Dhabi.",
    typed: [["Sheikh Mohamed", "Person"]],
  },
  {
    label: "a prince's given name after his full name stays that person, title aside",
    text: "Crown Prince Mohammed bin Salman met the envoy. Prince Mohammed said the talks went well.",
    same: [["Mohammed bin Salman", "Mohammed"]],
  },
  {
    label: "a title that is no royal one leaves a lone name as it is",
    text: "President Ruto met the delegation in Nairobi on Monday.",
    noEntities: ["President Ruto"],
  },
  // ---- a feature's word opens a place's name, even before a country's or a city's name
  {
    label: "a mountain named after a country is a place, not the country",
    text: "Each of the four helicopters that crashed around Mount Kenya was carrying seven soldiers.",
    typed: [["Mount Kenya", "Location"]],
    noEntities: ["Kenya"],
  },
  {
    label: "a lake named like a capital is a place, not the capital's country",
    text: "Ugandan patrol boats guard Lake Victoria against smugglers.",
    typed: [["Lake Victoria", "Location"]],
    noEntities: ["Seychelles"],
  },
  {
    label: "a fort and a mountain no list knows are places",
    text: "The troops trained at Fort Bonifacio before the rebels fled to Mount Elgon.",
    typed: [
      ["Fort Bonifacio", "Location"],
      ["Mount Elgon", "Location"],
    ],
  },
  {
    label: "a lower-case verb 'mount' opens no place",
    text: "Kenya will mount a new offensive near the border.",
    typed: [["Kenya", "Country"]],
  },
  // ---- a base's name with its head inside: words before "Base", a name after it
  {
    label: "a base named after its head is one place, not a person",
    text: "The jets flew from Royal Australian Air Force Base Edinburgh on Monday.",
    typed: [["Royal Australian Air Force Base Edinburgh", "Location"]],
    noEntities: ["Base Edinburgh"],
  },
  {
    label: "a naval base named after its head is one place",
    text: "The frigate was commissioned at Naval Operating Base Subic on Tuesday.",
    typed: [["Naval Operating Base Subic", "Location"]],
  },
  {
    label: "an army air base's name is one place, not a body and a place",
    text: "The helicopters were handed over at Qasim Army Air Base in Rawalpindi.",
    typed: [["Qasim Army Air Base", "Location"]],
    noEntities: ["Qasim Army", "Air Base"],
  },
  {
    label: "a body's name before a base at a place stays apart from the place",
    text: "The Pakistan Air Force Base at Kamra hosted the ceremony.",
    typed: [["Kamra", "Location"]],
  },
  // ---- a model's variant of capitals after its number
  {
    label: "a variant of capitals after a model's number stays in the model's name",
    text: "The United States handed over two Bell 412 EP helicopters to the Pakistan Army.",
    typed: [["Bell 412 EP", "WeaponSystem"]],
    gives: [["United States", "supplies", "Bell 412 EP"]],
  },
  {
    label: "a variant glued to a model's number stays in the model's name",
    text: "The coast guard flies the Dornier 228NG aircraft.",
    typed: [["Dornier 228NG", "WeaponSystem"]],
  },
  {
    label: "a country's short name after a model's number is no variant",
    text: "Kenya received 12 Bell 412 US helicopters.",
    noEntities: ["Bell 412 US"],
  },
  // ---- "of" before a rank and a personal name leads to the body's commander
  {
    label: "a body's name ends before 'of' and its commander's rank and name",
    text: "The Libyan National Army of Gen Khalifa Haftar captured the town.",
    typed: [
      ["Libyan National Army", "Organization"],
      ["Khalifa Haftar", "Person"],
    ],
    gives: [["Khalifa Haftar", "affiliated_with", "Libyan National Army"]],
  },
  {
    label: "a rank of two words after 'of' leads to a person too",
    text: "Forces of Field Marshal Khalifa Haftar captured the town.",
    typed: [["Khalifa Haftar", "Person"]],
  },
  {
    label: "a person named by an initial and a surname before 'of the' and a body is apart from the body",
    text: "R Sampanthan of the Tamil National Alliance met the envoy.",
    typed: [["Tamil National Alliance", "Organization"]],
    noEntities: ["R Sampanthan of the Tamil National Alliance"],
  },
  {
    label: "a title after 'of' stays inside a body's name",
    text: "The Office of the President said the talks went well.",
    typed: [["Office of the President", "Organization"]],
  },
  // ---- a demonym after "in" that ends its phrase names a language
  {
    label: "a language named in brackets after an acronym is no country",
    text: "The Fuerza de Tarea Conjunta Omega (FTCO, in Spanish) fought the rebels.",
    noEntities: ["Spain"],
  },
  {
    label: "a language a speech is given in is no country",
    text: "The minister of Ukraine spoke in Russian.",
    typed: [["Ukraine", "Country"]],
    noEntities: ["Russia"],
  },
  {
    label: "a demonym after 'in' before a noun is still its country",
    text: "The ships of Ukraine sailed in Russian waters.",
    entities: ["Russia"],
  },
  // ---- a father's name after "bin" names the father, not the son
  {
    label: "the king whose name is a prince's father's name is another person",
    text: "Prince Khalid bin Salman met the minister. He thanked King Salman for hosting the summit.",
    apart: [["Khalid bin Salman", "King Salman"]],
  },
  {
    label: "a sheikh called by the father's name of another sheikh is another person",
    text:
      "Sheikh Khaled bin Mohamed headed the delegation on behalf of President Sheikh Mohamed. " +
      "Sheikh Khaled thanked the hosts.",
    apart: [["Khaled bin Mohamed", "Sheikh Mohamed"]],
    same: [["Khaled bin Mohamed", "Khaled"]],
  },
  {
    label: "a listed crown prince's father's name alone is not the crown prince",
    text: "King Salman chaired the cabinet session in Jeddah on Tuesday.",
    noEntities: ["Mohammed bin Salman"],
  },
];
