/**
 * Labelled sentences of the affiliation family (session 26): shapes of officials and their bodies
 * that fresh articles read wrongly, each with the triples it must give and the ones it must not.
 */
import type { SentenceCase } from "./_cases.ts";

/** The cases, grouped by the shape they exercise. */
export const CASES: SentenceCase[] = [
  // ---- a title's "of" before a body named without "the"
  {
    label: "a holder set off as chief of a body written without 'the' serves the body and its country",
    text: "Admiral Somchai Lee, Chief of Royal Thai Navy, called on the army chief on Monday.",
    gives: [
      ["Somchai Lee", "affiliated_with", "Royal Thai Navy"],
      ["Somchai Lee", "affiliated_with", "Thailand"],
    ],
    noEntities: ["of Royal"],
  },
  {
    label: "a title and 'of' before a body without 'the' name no person",
    text: "The visitors met the Commander of Royal Malaysian Navy in Lumut.",
    entities: ["Royal Malaysian Navy"],
    noEntities: ["of Royal"],
  },
  // ---- a two-word demonym
  {
    label: "a two-word demonym before a title names the holder's country",
    text: "Saudi Arabian Foreign Minister Faisal bin Farhan said on Sunday that the talks went well.",
    gives: [["Faisal bin Farhan", "affiliated_with", "Saudi Arabia"]],
  },
  // ---- a speaker's title after a body's name, before a comma
  {
    label:
      "a capitalised spokesperson's title after a ministry, then a comma and a ranked name, ties the name to the ministry",
    text: "Defense Ministry Spokesperson, Senior Colonel Wu Qian, stated that the drills were routine.",
    gives: [["Wu Qian", "affiliated_with", "Defense Ministry"]],
    noEntities: ["Defense Ministry Spokesperson"],
  },
  // ---- a minister's portfolio ending in a body's head word
  {
    label: "a minister's portfolio ending in 'Industries' is no body, and the minister is his country's",
    text: "Ukrainian Minister for Strategic Industries Oleksandr Mendel said earlier in July that he had signed a memorandum.",
    gives: [["Oleksandr Mendel", "affiliated_with", "Ukraine"]],
    noEntities: ["Strategic Industries"],
  },
  {
    label: "a company named with 'Industries' stays a body",
    text: "Israel Aerospace Industries signed the contract with the Indian Navy.",
    entities: ["Israel Aerospace Industries"],
  },
  // ---- "Directorate General of …"
  {
    label: "a directorate general of a portfolio of a service is one body, part of the service",
    text: "The Additional Directorate General of Public Information of the Indian Army said the talks went well.",
    entities: ["Additional Directorate General of Public Information"],
    gives: [["Additional Directorate General of Public Information", "affiliated_with", "Indian Army"]],
  },
  // ---- a copula after a person opening the sentence
  {
    label: "a person opening the sentence who 'is also the commander of' a body serves it",
    text: "Vice Admiral Paul Kerr is also the commander of the Royal Navy's Atlantic Fleet.",
    gives: [["Paul Kerr", "affiliated_with", "Atlantic Fleet"]],
  },
  {
    label: "a person who 'was the chief of' a country's service serves the service and the country",
    text: "General Omar Haddad was the chief of the Jordanian Army and a member of the royal court.",
    gives: [
      ["Omar Haddad", "affiliated_with", "Jordanian Army"],
      ["Omar Haddad", "affiliated_with", "Jordan"],
    ],
  },
  {
    label: "the son of a person who is a commander is not the person's title",
    text: "The son of John Smith is the commander of the Indian Navy.",
    entities: ["John Smith", "Indian Navy"],
    notGives: [["John Smith", "affiliated_with", "Indian Navy"]],
  },
  {
    label: "a person who is a critic of a body does not serve it",
    text: "John Smith is a critic of the Indian Navy.",
    entities: ["John Smith", "Indian Navy"],
    notGives: [["John Smith", "affiliated_with", "Indian Navy"]],
  },
  // ---- a bare service word in a title, and the guest's service
  {
    label: "an army chief who meets an officer of the only army the text names is not of that army",
    text: "Separately, Army Chief General Ravi Kumar also held a meeting with Lieutenant General Tran Van Minh, Deputy Chief of the General Staff of Vietnam People's Army.",
    gives: [["Tran Van Minh", "affiliated_with", "Vietnam People's Army"]],
    notGives: [["Ravi Kumar", "affiliated_with", "Vietnam People's Army"]],
  },
  // ---- a demonym opening a list of titled people
  {
    label: "a demonym opening a list of three titled people names the country of each of them",
    text: "The admiral met Kenyan President William Otieno, Foreign Minister Alice Wambui and Defence Minister Peter Kamau in Nairobi.",
    gives: [
      ["William Otieno", "affiliated_with", "Kenya"],
      ["Alice Wambui", "affiliated_with", "Kenya"],
      ["Peter Kamau", "affiliated_with", "Kenya"],
    ],
  },
  {
    label: "a list of presidents after a demonym is a list of countries' presidents",
    text: "Chinese President Xi Jinping, President Joe Biden and President Lula da Silva met in Bali.",
    entities: ["China", "Joe Biden"],
    notGives: [["Joe Biden", "affiliated_with", "China"]],
  },
  {
    label: "a list whose later title names another country shares no demonym",
    text: "Chinese President Xi Jinping, Prime Minister Narendra Modi and Chilean Foreign Minister Ana Lee met.",
    entities: ["China", "Narendra Modi"],
    notGives: [["Narendra Modi", "affiliated_with", "China"]],
  },
  // ---- "HE", His Excellency, printed in capitals
  {
    label: "a capital 'HE' between an ambassador's office and the name is an honorific, no part of the name",
    text: "The ceremony was attended by the Ambassador of Japan to Lebanon HE Hiroshi Sato. Japanese Ambassador HE Kenji Mori also spoke.",
    gives: [
      ["Hiroshi Sato", "affiliated_with", "Japan"],
      ["Kenji Mori", "affiliated_with", "Japan"],
    ],
    noNames: ["HE Kenji Mori"],
  },
  {
    label: "the pronoun 'He' before a titled name is no honorific",
    text: "He met Japanese Ambassador Kenji Mori on Monday.",
    gives: [["Kenji Mori", "affiliated_with", "Japan"]],
    noNames: ["He Kenji Mori"],
  },
  // ---- a rank written as one hyphenated word
  {
    label: "a hyphenated rank such as 'Vice-Admiral' is the holder's title, no part of the name",
    text: "The Nigerian Navy's Vice-Admiral Emeka Obi said the ships arrived. Vice-Admiral RK Menon met him later.",
    gives: [["Emeka Obi", "affiliated_with", "Nigerian Navy"]],
    entities: ["RK Menon"],
    noNames: ["Vice-Admiral RK Menon", "Vice-Admiral Emeka Obi"],
  },
  // ---- a full name "of" a body, no title
  {
    label: "a full name without a title, then 'of' a body or country ending the phrase, belongs to it",
    text: "Samuel Mensah of the Ghana Armed Forces and Ama Owusu of Boeing signed the memorandum. The ties were pioneered by the late Julius Kambona of Tanzania.",
    gives: [
      ["Samuel Mensah", "affiliated_with", "Ghana Armed Forces"],
      ["Ama Owusu", "affiliated_with", "Boeing"],
      ["Julius Kambona", "affiliated_with", "Tanzania"],
    ],
  },
  {
    label: "a body after 'of' that modifies a noun is no person's body",
    text: "Ann Lee warned John Smith of the Taliban threat on Monday.",
    entities: ["John Smith", "Taliban"],
    notGives: [["John Smith", "affiliated_with", "Taliban"]],
  },
  {
    label: "a name after 'of' is another's relative, not the body's member",
    text: "The son of John Smith of the Indian Navy spoke on Monday.",
    entities: ["John Smith", "Indian Navy"],
    notGives: [["John Smith", "affiliated_with", "Indian Navy"]],
  },
  // ---- a list of titles after a name
  {
    label: "titles listed after a person's first appositive title, each after a comma, are the person's too",
    text: "The king received Admiral John Carter, the Commander of the United States Naval Forces Central Command, Commander of the US Sixth Fleet, and Commander of the Combined Maritime Forces.",
    gives: [
      ["John Carter", "affiliated_with", "US Sixth Fleet"],
      ["John Carter", "affiliated_with", "Combined Maritime Forces"],
    ],
  },
  {
    label: "a title before another person's name in a list is that person's",
    text: "He met Ann Lee, Commander of the Indian Navy, Commander of the Pakistan Navy John Smith and others.",
    entities: ["Ann Lee", "Pakistan Navy"],
    notGives: [["Ann Lee", "affiliated_with", "Pakistan Navy"]],
  },
  // ---- a country's service in lower case before a title
  {
    label: "a country's name and its service in lower case before a title name the service the text names",
    text: "Kenyan army chief General Peter Njoroge met the envoy. The Kenyan Army said the talks went well.",
    gives: [["Peter Njoroge", "affiliated_with", "Kenyan Army"]],
  },
  {
    label: "another country's service named in the text is not the title's",
    text: "Kenyan army chief General Peter Njoroge met the envoy. The Ugandan Army said the talks went well.",
    entities: ["Peter Njoroge", "Ugandan Army"],
    notGives: [["Peter Njoroge", "affiliated_with", "Ugandan Army"]],
  },
];
