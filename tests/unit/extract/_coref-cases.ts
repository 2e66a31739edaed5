/**
 * Labelled sentences for coreference and naming: pronouns, definite descriptions, group
 * subjects, quotation speakers, country-qualified bodies and context aliases. Each case lists the
 * triples it must give and must not give, and the mentions that must resolve to an entity.
 * Names differ from the shared articles'.
 */
import type { RelationType } from "../../../src/model/ontology.ts";

/** A triple by entity name or alias: [source, relation, target]. */
export type Triple = [string, RelationType, string];

/** One labelled case. */
export interface CorefCase {
  label: string;
  text: string;
  gives?: Triple[];
  /** Triples that must not be given; both of their entities must be found (no vacuous pass). */
  notGives?: Triple[];
  /** [mention text, entity name]: the mention resolves to the entity, with its antecedent kept. */
  resolves?: [string, string][];
  /** Entity names (or aliases) that must be found. */
  entities?: string[];
  /** Entity names that must not be found. */
  noEntities?: string[];
}

/** The cases, grouped by what they exercise. */
export const COREF_CASES: CorefCase[] = [
  // ---- groups: "they" and "the two leaders" meet
  {
    label: "the two leaders held talks: both people of the sentence before",
    text: "Chilean President Gabriel Boric flew to Buenos Aires to see Javier Milei. The two leaders held talks on trade.",
    gives: [["Gabriel Boric", "meets", "Javier Milei"]],
  },
  {
    label: "they discussed … after a welcome: the host and the guest",
    text: "Prime Minister Mark Carney welcomed Ghanaian President John Mahama in Ottawa. They discussed security.",
    gives: [["Mark Carney", "meets", "John Mahama"]],
  },
  {
    label: "they signed: signing together in person is a meeting",
    text: "French President Emmanuel Macron received Indonesian Defence Minister Sjafrie Sjamsoeddin. They signed a contract for Rafale jets.",
    gives: [["Emmanuel Macron", "meets", "Sjafrie Sjamsoeddin"]],
  },
  {
    label: "they met within the sentence, after a coordinated clause",
    text: "Kenyan President William Ruto arrived in Addis Ababa on Sunday, and Ethiopian Prime Minister Abiy Ahmed greeted him before they met at the palace.",
    gives: [["William Ruto", "meets", "Abiy Ahmed"]],
  },
  {
    label: "both men held talks",
    text: "Polish President Andrzej Duda hosted Lithuanian President Gitanas Nauseda in Warsaw. Both men held talks on air defence.",
    gives: [["Andrzej Duda", "meets", "Gitanas Nauseda"]],
  },
  {
    label: "they later met: an adverb between the subject and the verb",
    text: "Japanese Foreign Minister Takeshi Iwaya landed in Manila on Monday to see Enrique Manalo. They later met at the foreign ministry.",
    gives: [["Takeshi Iwaya", "meets", "Enrique Manalo"]],
  },
  {
    label: "the two ministers had talks",
    text: "Greek Defence Minister Nikos Dendias flew to Nicosia on Monday to see Vasilis Palmas. The two ministers had talks at the ministry.",
    gives: [["Nikos Dendias", "meets", "Vasilis Palmas"]],
  },
  {
    label: "planned: they will meet gives no meeting",
    text: "Spanish Prime Minister Pedro Sanchez praised Moroccan Prime Minister Aziz Akhannouch. They will meet again in May.",
    notGives: [["Pedro Sanchez", "meets", "Aziz Akhannouch"]],
  },
  {
    label: "negated: they did not hold talks",
    text: "Serbian President Aleksandar Vucic criticised Kosovo Prime Minister Albin Kurti. They did not meet during the summit.",
    notGives: [["Aleksandar Vucic", "meets", "Albin Kurti"]],
  },
  {
    label: "three people before 'they': ambiguous, no meeting",
    text: "Prime Minister Keir Starmer, Chancellor Friedrich Merz and President Emmanuel Macron spoke by phone. Later, President Volodymyr Zelensky thanked Merz. They met in Kyiv.",
    notGives: [
      ["Keir Starmer", "meets", "Friedrich Merz"],
      ["Keir Starmer", "meets", "Volodymyr Zelensky"],
    ],
  },
  {
    label: "the defence ministers of two countries met: the two holders of the title named after it",
    text: "The army chiefs of Kenya and Uganda held talks in Busia on Monday. Kenyan army chief Peter Njoroge said the border was calm. Ugandan army chief Moses Okello agreed.",
    gives: [["Peter Njoroge", "meets", "Moses Okello"]],
  },
  {
    label:
      "the defence ministers of two countries: the possessor of a counterpart holds the counterpart's title",
    text: "The defence ministers of Armenia and Iran signed a plan in Yerevan. “We are pleased,” the Iranian defence minister Aziz Rostami said. Arman Sargsyan invited his Iranian counterpart, Aziz Rostami, to the parade.",
    gives: [["Aziz Rostami", "meets", "Arman Sargsyan"]],
  },
  {
    label: "the foreign ministers of two countries are not a third country's minister, nor a planned meeting",
    text: "The foreign ministers of Chile and Peru met in Arica on Friday. Chilean Foreign Minister Pablo Rojas said the border was calm. Bolivian Foreign Minister Ana Quispe agreed. The defence ministers of Chile and Peru will meet in Lima next month. Chilean Defence Minister Juan Soto and Peruvian Defence Minister Luis Vera spoke.",
    notGives: [
      ["Pablo Rojas", "meets", "Ana Quispe"],
      ["Juan Soto", "meets", "Luis Vera"],
    ],
  },
  {
    label: "'they' as an object is not a group subject",
    text: "Defence Minister Richard Marles praised Pat Conroy. Officials said voters trusted them because they met regularly.",
    notGives: [["Richard Marles", "meets", "Pat Conroy"]],
  },
  {
    label: "they held talks with their respective counterparts: the two met others, not each other",
    text: "Australian Defence Minister Pat Conroy and US Secretary Dan Caine visited Tokyo, where they held talks with their respective counterparts.",
    notGives: [["Pat Conroy", "meets", "Dan Caine"]],
  },
  {
    label: "they separately met: members of a group met apart",
    text: "Russian Defence Minister Andrei Belousov and Belarusian Defence Minister Viktor Khrenin arrived in Beijing. They separately met Chinese officials.",
    notGives: [["Andrei Belousov", "meets", "Viktor Khrenin"]],
  },
  {
    label: "they each held talks with a third person: no meeting of the two",
    text: "Senegalese Defence Minister Birame Diop and Kenyan Defence Minister Soipan Tuya travelled to Paris. They each held talks with French Defence Minister Sebastien Lecornu.",
    notGives: [["Birame Diop", "meets", "Soipan Tuya"]],
  },
  // ---- descriptions with a demonym and a title
  {
    label: "the Chinese president after an arrival: affiliated with China",
    text: "Li Qiang arrived in Jakarta on Monday. The Chinese premier thanked Indonesia for its welcome.",
    gives: [["Li Qiang", "affiliated_with", "China"]],
    resolves: [["The Chinese premier", "Li Qiang"]],
  },
  {
    label: "'the French leader' stands for the president told before (a leader's broad title)",
    text: "“Europe must defend itself,” President Pierre Lambert said. The French leader has long called for a European army.",
    gives: [["Pierre Lambert", "affiliated_with", "France"]],
    resolves: [["The French leader", "Pierre Lambert"]],
  },
  {
    label: "'the Chinese envoy' stands for the ambassador told before",
    text: "Ambassador Wang Lin handed over the trucks on Friday. The Chinese envoy said more would follow.",
    gives: [["Wang Lin", "affiliated_with", "China"]],
  },
  {
    label: "a vice president is no leader, and a defence minister is no leader",
    text: "Vice President Laura Kim arrived in Manila on Monday. The American leader praised the alliance. Defence Minister Paul Girard arrived in Delhi on Tuesday. The French leader praised the deal.",
    notGives: [
      ["Laura Kim", "affiliated_with", "United States"],
      ["Paul Girard", "affiliated_with", "France"],
    ],
    entities: ["United States", "France"],
  },
  {
    label: "a defence attaché is no envoy",
    text: "Defence Attache Colonel Ali Raza visited the base on Friday. The Pakistani envoy praised the crews.",
    notGives: [["Ali Raza", "affiliated_with", "Pakistan"]],
    entities: ["Pakistan"],
  },
  {
    label:
      "titles set off by a comma before a name are that person's: a director general is no defence minister",
    text: "Brazil may buy helicopters, President Carlos Mendes said in an interview with TASS First Deputy Director General, Pavel Orlov. “The Brazilian defense minister met his Russian counterpart,” he noted.",
    notGives: [["Pavel Orlov", "affiliated_with", "Brazil"]],
  },
  {
    label: "a military office with a demonym stands for the one person named only by a rank",
    text: "General Kofi Asante arrived in Abuja on Monday. The Ghanaian army chief was received at the defence headquarters.",
    gives: [["Kofi Asante", "affiliated_with", "Ghana"]],
    resolves: [["The Ghanaian army chief", "Kofi Asante"]],
  },
  {
    label: "a navy office as the subject of a meeting: the admiral told before meets the one he met",
    text: "Admiral Sunil Mehta arrived in Colombo on Monday. The Indian navy chief met President Anura Dissanayake.",
    gives: [
      ["Sunil Mehta", "affiliated_with", "India"],
      ["Sunil Mehta", "meets", "Anura Dissanayake"],
    ],
  },
  {
    label: "a body's office after its name stands for the one person whose title fits, tied to the body",
    text: "General Ram Thapa is on an official trip to Bhutan. The Nepali Army chief also interacted with Lieutenant General Karma Dorji.",
    gives: [
      ["Ram Thapa", "affiliated_with", "Nepali Army"],
      ["Ram Thapa", "meets", "Karma Dorji"],
    ],
  },
  {
    label: "a body's office is no one told before without a title that fits it",
    text: "Lawmakers questioned Ali Hassan on Monday. The Somali Army chief said troops needed more funds.",
    notGives: [["Ali Hassan", "affiliated_with", "Somali Army"]],
    entities: ["Ali Hassan", "Somali Army"],
  },
  {
    label: "a military office is not a rank-only person of two told before",
    text: "General Kofi Asante and General Musa Bello arrived in Lome on Monday. The Ghanaian army chief laid a wreath.",
    notGives: [
      ["Kofi Asante", "affiliated_with", "Ghana"],
      ["Musa Bello", "affiliated_with", "Ghana"],
    ],
    entities: ["Ghana"],
  },
  {
    label: "a military office whose country is not the rank-only person's known country is not that person",
    text: "Kenyan General Daniel Owino arrived in Kampala. The Ugandan army chief welcomed him.",
    gives: [["Daniel Owino", "affiliated_with", "Kenya"]],
    notGives: [["Daniel Owino", "affiliated_with", "Uganda"]],
  },
  {
    label: "a civil office is not a person named only by a rank",
    text: "General Kofi Asante arrived in Abuja on Monday. The Ghanaian foreign minister was received at the ministry.",
    notGives: [["Kofi Asante", "affiliated_with", "Ghana"]],
    entities: ["Ghana"],
  },
  {
    label: "the description's own object is someone else",
    text: "Prabowo Subianto and Anthony Albanese spoke in Canberra. The Indonesian president thanked Albanese for the invitation.",
    gives: [["Prabowo Subianto", "affiliated_with", "Indonesia"]],
    notGives: [["Anthony Albanese", "affiliated_with", "Indonesia"]],
  },
  {
    label: "a description after someone of its country in its own sentence is no one told before",
    text: "Kenji Morita arrived in Moscow on Monday. Sergei Ivanov met Iran's Foreign Minister Reza Karimi there, where the Iranian minister thanked Russia.",
    gives: [["Reza Karimi", "affiliated_with", "Iran"]],
    notGives: [["Kenji Morita", "affiliated_with", "Iran"]],
  },
  {
    label: "an unresolved 'the president' makes the next description ambiguous",
    text: "“We value this partnership,” the president told Lula da Silva. The Brazilian president smiled.",
    notGives: [],
    noEntities: [],
    entities: ["Lula da Silva"],
  },
  {
    label:
      "a description with a demonym named in apposition after a rank is that person, not someone told before",
    text: "President Emmanuel Macron spoke in Paris. The Kenyan Vice-President, Dr Rigathi Gachagua, visited France on Monday.",
    gives: [["Rigathi Gachagua", "affiliated_with", "Kenya"]],
    notGives: [["Emmanuel Macron", "affiliated_with", "Kenya"]],
  },
  {
    label: "a description of a country's army is the one armed force of that country the text names",
    text: "The Armed Forces of Zimbabwe (AFZ) received 30 trucks from China. Most of the vehicles used by the Zimbabwean army had broken down.",
    gives: [["China", "supplies", "Armed Forces of Zimbabwe"]],
    resolves: [["army", "Armed Forces of Zimbabwe"]],
    noEntities: ["Zimbabwean Army"],
  },
  {
    label: "a description of a country's army or navy is no other kind of force the text names",
    text: "The Malawi Defence Force received the trucks. Malawi's navy and Malawi's army thanked Britain. The Kenya Navy received two boats from Spain. The Kenyan army will train its crews.",
    resolves: [["army", "Malawi Defence Force"]],
    entities: ["Malawian Navy", "Kenyan Army", "Kenya Navy"],
  },
  {
    label: "'the navy under' another body is that body's navy, not the navy named before",
    text: "The Indian Navy received the frigate in May. Rear Admiral Li Wei, deputy commander of the navy under the Southern Theater Command, attended the ceremony.",
    notGives: [["Li Wei", "affiliated_with", "Indian Navy"]],
  },
  {
    label: "a body named in the possessive of 'the army' told before is part of that army",
    text: "The Kenyan Army received the trucks on Monday. The shipment was taken in by the army’s Logistics Battalion at the port of Mombasa.",
    gives: [["Logistics Battalion", "affiliated_with", "Kenyan Army"]],
  },
  {
    label: "'the army's' body is not a navy's told before",
    text: "The Kenyan Navy received the trucks on Monday. The shipment was taken in by the army’s Logistics Battalion at the port of Mombasa.",
    notGives: [["Logistics Battalion", "affiliated_with", "Kenyan Navy"]],
  },
  {
    label: "a known country that conflicts rules the candidate out",
    text: "Turkish President Recep Tayyip Erdogan met Ilham Aliyev in Baku. The Azerbaijani president praised Turkey.",
    gives: [["Ilham Aliyev", "affiliated_with", "Azerbaijan"]],
    notGives: [["Recep Tayyip Erdogan", "affiliated_with", "Azerbaijan"]],
  },
  {
    label: "a description is not a person introduced with another title",
    text: "Interior Minister Alexander Dobrindt hosted Piotr Wawrzyk in Berlin. Dobrindt said the border talks had gone well. The Polish foreign minister then flew to Prague.",
    notGives: [["Alexander Dobrindt", "affiliated_with", "Poland"]],
  },
  {
    label: "a description told something by a person the sentence names is not that person",
    text: "Foreign Minister Ahmed Attaf spoke in Algiers. On Monday Attaf told the Tunisian foreign minister that the border would stay open.",
    notGives: [["Ahmed Attaf", "affiliated_with", "Tunisia"]],
  },
  {
    label: "the minister introduced with that title",
    text: "Defence Minister Pal Jonson visited the plant. The minister said Saab would deliver radars to Latvia.",
    resolves: [["The minister", "Pal Jonson"]],
  },
  // ---- titles that stand for the person introduced with them
  {
    label: "a country's president and foreign minister: the foreign minister named elsewhere",
    text: "Chile's president and foreign minister said on Monday that the frigates had arrived. Foreign Minister Alberto van Klaveren signed the deal in Lima.",
    gives: [["Alberto van Klaveren", "affiliated_with", "Chile"]],
    resolves: [["foreign minister", "Alberto van Klaveren"]],
  },
  {
    label: "the foreign minister is not the deputy foreign minister",
    text: "Foreign Minister Maria Stenergard visited Kyiv. Deputy Foreign Minister Andrei Rudenko spoke in Hanoi. The foreign minister later met Bui Thanh Son.",
    gives: [["Maria Stenergard", "meets", "Bui Thanh Son"]],
    notGives: [["Andrei Rudenko", "meets", "Bui Thanh Son"]],
  },
  {
    label: "the minister after two ministers stays unresolved",
    text: "Defence Minister Pal Jonson and Foreign Minister Maria Stenergard visited Kyiv. The minister met Rustem Umerov.",
    notGives: [
      ["Pal Jonson", "meets", "Rustem Umerov"],
      ["Maria Stenergard", "meets", "Rustem Umerov"],
    ],
  },
  {
    label: "the minister introduced as Minister of National Defence (the office after 'of')",
    text: "Thai Minister of National Defence Somsak Chai received Kenji Sato on Monday. The minister expressed his thanks to Japan for its support.",
    gives: [["Somsak Chai", "assesses", "Japan"]],
    resolves: [["The minister", "Somsak Chai"]],
  },
  {
    label: "the defence minister introduced as Minister of Defence before a rank",
    text: "Peruvian Minister of Defence General Walter Astudillo visited Lima. The defence minister said Chile was a reliable partner.",
    gives: [["Walter Astudillo", "assesses", "Chile"]],
  },
  {
    label: "the minister after a Minister of Foreign Affairs and a Defence Minister stays unresolved",
    text: "Chilean Minister of Foreign Affairs Alberto Mora met Defence Minister Kenji Sato on Monday. The minister thanked Japan for its support.",
    notGives: [
      ["Alberto Mora", "assesses", "Japan"],
      ["Kenji Sato", "assesses", "Japan"],
    ],
  },
  {
    label: "the minister introduced by a title set off after the name (a country's possessive)",
    text: "Walter Astudillo, Peru's defense minister, visited Tokyo on Monday. The minister praised Japan for its support.",
    gives: [["Walter Astudillo", "assesses", "Japan"]],
    resolves: [["The minister", "Walter Astudillo"]],
  },
  {
    label: "the defence minister introduced by 'X, the defense minister,' beside a foreign minister",
    text: "Ana Ruiz, the defense minister, met Kenji Sato, the Japanese foreign minister, on Monday. The defense minister thanked Japan for its support.",
    gives: [["Ana Ruiz", "assesses", "Japan"]],
    notGives: [["Kenji Sato", "assesses", "Japan"]],
  },
  {
    label: "the minister after two ministers introduced by set-off titles stays unresolved",
    text: "Ana Ruiz, the defense minister, met Kenji Sato, the Japanese foreign minister, on Monday. The minister thanked Chile for its support.",
    notGives: [
      ["Ana Ruiz", "assesses", "Chile"],
      ["Kenji Sato", "assesses", "Chile"],
    ],
  },
  {
    label: "a country's defence minister is not a defence minister known to serve another country",
    text: "Danish Defence Minister Troels Lund Poulsen spoke on Monday. Norway's defence minister met Kusti Salm.",
    notGives: [
      ["Troels Lund Poulsen", "meets", "Kusti Salm"],
      ["Troels Lund Poulsen", "affiliated_with", "Norway"],
    ],
  },
  {
    label:
      "the Angolan defence minister: the minister titled 'Defence Minister of Angola', not the other defence minister",
    text: "Defence Minister Kenji Mori on Monday held talks with Defence Minister of Angola Pedro Teta. Officials said the Angolan defence minister expressed gratitude for Japan's support.",
    gives: [["Pedro Teta", "assesses", "Japan"]],
    notGives: [
      ["Kenji Mori", "affiliated_with", "Angola"],
      ["Kenji Mori", "assesses", "Japan"],
    ],
    resolves: [["the Angolan defence minister", "Pedro Teta"]],
  },
  {
    label: "the Kenyan defence minister: the minister titled 'Minister of Defence of Kenya', not the other",
    text: "Defence Minister Anna Berg met Minister of Defence of Kenya Aden Duale in Nairobi. The Kenyan defence minister thanked Sweden for its support.",
    gives: [["Aden Duale", "assesses", "Sweden"]],
    notGives: [
      ["Anna Berg", "affiliated_with", "Kenya"],
      ["Anna Berg", "assesses", "Sweden"],
    ],
  },
  {
    label: "the Norwegian defence minister: the one titled 'Minister of Defence of Norway' after the name",
    text: "Defence Minister Ivan Petrov held talks with Piet Jansen, Minister of Defence of Norway. The Norwegian defence minister thanked Bulgaria for its support.",
    gives: [["Piet Jansen", "assesses", "Bulgaria"]],
    notGives: [
      ["Ivan Petrov", "affiliated_with", "Norway"],
      ["Ivan Petrov", "assesses", "Bulgaria"],
    ],
  },
  {
    label: "his Ukrainian counterpart: the Ukrainian holder of his title",
    text: "Ukrainian Defence Minister Rustem Umerov flew to Brussels. Polish Defence Minister Wladyslaw Kosiniak-Kamysz met his Ukrainian counterpart in Warsaw on Monday.",
    gives: [["Wladyslaw Kosiniak-Kamysz", "meets", "Rustem Umerov"]],
    resolves: [["his Ukrainian counterpart", "Rustem Umerov"]],
  },
  {
    label: "a counterpart with another title is not the one meant",
    text: "Ukrainian Defence Minister Rustem Umerov flew to Brussels. Polish Foreign Minister Radoslaw Sikorski met his Ukrainian counterpart in Warsaw on Monday.",
    notGives: [["Radoslaw Sikorski", "meets", "Rustem Umerov"]],
  },
  {
    label: "a counterpart whose country nobody is known to serve stays unresolved",
    text: "Defence Minister Rustem Umerov flew to Brussels. Polish Defence Minister Wladyslaw Kosiniak-Kamysz met his Ukrainian counterpart in Warsaw on Monday.",
    notGives: [["Wladyslaw Kosiniak-Kamysz", "meets", "Rustem Umerov"]],
  },
  {
    label: "talks with an unresolved counterpart are no meeting with the counterpart's country",
    text: "Defence Minister Rajnath Singh held talks with his Japanese counterpart in Tokyo on Saturday.",
    notGives: [["Rajnath Singh", "meets", "Japan"]],
  },
  {
    label: "talks with a counterpart named after the title: that person, not the country",
    text: "Indian Defence Minister Rajnath Singh on Thursday held talks with his Japanese counterpart Taro Kono on regional security.",
    gives: [["Rajnath Singh", "meets", "Taro Kono"]],
    notGives: [["Rajnath Singh", "meets", "Japan"]],
  },
  {
    label:
      "the title with a body's complement told after the name ('X, Commander of the Y,') stands for X later",
    text: "General Samuel Paparo, Commander of the US Indo-Pacific Command, arrived in Manila. The Commander of the US Indo-Pacific Command met General Romeo Brawner at Camp Aguinaldo.",
    gives: [["Samuel Paparo", "meets", "Romeo Brawner"]],
  },
  {
    label: "the bare title after 'X, Chief of the Y,': the one holder introduced with it",
    text: "Admiral Ercument Tatlioglu, Chief of the Turkish Navy, arrived in Karachi. The chief held talks with Admiral Naveed Ashraf at the naval headquarters.",
    gives: [["Ercument Tatlioglu", "meets", "Naveed Ashraf"]],
  },
  {
    label: "a title with another body's complement than the one told after the name: nobody",
    text: "Admiral Ercument Tatlioglu, Chief of the Turkish Navy, arrived in Karachi. The Chief of the Turkish Army met Admiral Naveed Ashraf at the naval headquarters.",
    notGives: [["Ercument Tatlioglu", "meets", "Naveed Ashraf"]],
  },
  {
    label: "two people told with the same title and body: the description stays unresolved",
    text: "Admiral Ercument Tatlioglu, Chief of the Turkish Navy, and Admiral Adnan Ozbal, Chief of the Turkish Navy, arrived in Karachi. The Chief of the Turkish Navy met Admiral Naveed Ashraf.",
    notGives: [
      ["Ercument Tatlioglu", "meets", "Naveed Ashraf"],
      ["Adnan Ozbal", "meets", "Naveed Ashraf"],
    ],
  },
  // ---- pronouns
  {
    label: "he opens the next sentence: the previous subject",
    text: "Indian Defence Minister Rajnath Singh landed in Canberra. He met Richard Marles on Friday.",
    gives: [["Rajnath Singh", "meets", "Richard Marles"]],
    resolves: [["He", "Rajnath Singh"]],
  },
  {
    label: "she hosted: a later pronoun keeps its person",
    text: "Estonian Prime Minister Kristen Michal chaired the meeting. Later she hosted Latvian Prime Minister Evika Silina.",
    gives: [["Kristen Michal", "meets", "Evika Silina"]],
  },
  {
    label: "his country: the person's known country receives",
    text: "Kenyan Defence Secretary Soipan Tuya said Turkey delivered drones. His country also bought helicopters from Italy.",
    gives: [["Italy", "supplies", "Kenya"]],
    resolves: [["His country", "Kenya"]],
  },
  {
    label: "his country without a known country gives nothing",
    text: "Soipan Tuya visited Ankara. His country bought helicopters from Italy.",
    notGives: [["Italy", "supplies", "Ankara"]],
    entities: ["Italy", "Ankara"],
  },
  {
    label: "it after a body's statement verb is the body",
    text: "The Philippine Coast Guard said it had sent two patrol boats to Palawan.",
    entities: ["Philippine Coast Guard"],
  },
  {
    label: "he said he: the second pronoun is the speaker, not a person named in between",
    text: "Chilean President Gabriel Boric hosted Javier Milei. He said he had met Lula da Silva in Brasilia.",
    gives: [["Gabriel Boric", "meets", "Lula da Silva"]],
    notGives: [["Javier Milei", "meets", "Lula da Silva"]],
  },
  {
    label: "a person known only by a title hides earlier people from his pronoun",
    text: "Lula da Silva spoke in Brasilia on Monday. The official said he had met Cyril Ramaphosa in Pretoria.",
    notGives: [["Lula da Silva", "meets", "Cyril Ramaphosa"]],
  },
  {
    label: "a subject pronoun is not the person its own sentence names, nor is the next one",
    text: "Lula da Silva was welcomed by Pedro Sanchez in Madrid. He thanked Lula da Silva for the visit. He then met Cyril Ramaphosa.",
    notGives: [["Lula da Silva", "meets", "Cyril Ramaphosa"]],
  },
  {
    label: "she after a man (by his first name): the one other recent person",
    text: "Robert Abela welcomed Laura Chinchilla in Valletta. She later met Pedro Sanchez.",
    gives: [["Laura Chinchilla", "meets", "Pedro Sanchez"]],
    notGives: [["Robert Abela", "meets", "Pedro Sanchez"]],
  },
  {
    label: "she after Mr and Ms: the person Ms marks",
    text: "Mr Okoro met Ms Adeyemi in Abuja. She later met Pedro Sanchez.",
    gives: [["Adeyemi", "meets", "Pedro Sanchez"]],
    notGives: [["Okoro", "meets", "Pedro Sanchez"]],
  },
  {
    label: "she with two women before her stays unresolved",
    text: "Laura Chinchilla spoke in Madrid. Mr Okoro met Ms Adeyemi in Abuja. She later met Pedro Sanchez.",
    notGives: [
      ["Laura Chinchilla", "meets", "Pedro Sanchez"],
      ["Adeyemi", "meets", "Pedro Sanchez"],
      ["Okoro", "meets", "Pedro Sanchez"],
    ],
  },
  {
    label: "he after ', after which' in the sentence: the main clause's subject, not its object",
    text: "Indian Army chief General Upendra Dwivedi paid a courtesy call on President Ram Chandra Paudel, after which he held talks with General Ashok Raj Sigdel.",
    gives: [["Upendra Dwivedi", "meets", "Ashok Raj Sigdel"]],
    notGives: [["Ram Chandra Paudel", "meets", "Ashok Raj Sigdel"]],
  },
  {
    label: "he after ', and then': the subject who called on the first person met the second",
    text: "General Sahir Shamshad Mirza called on Defence Minister Mohammed Badaru Abubakar, and then he met Lieutenant General Olufemi Oluyede.",
    gives: [["Sahir Shamshad Mirza", "meets", "Olufemi Oluyede"]],
    notGives: [["Mohammed Badaru Abubakar", "meets", "Olufemi Oluyede"]],
  },
  {
    label: "he after ', after which' following a host verb: the visitor received, not the host",
    text: "Kenyan President William Ruto received Australian Defence Minister Richard Marles, after which he held talks with Kenyan Defence Minister Aden Duale.",
    gives: [["Richard Marles", "meets", "Aden Duale"]],
    notGives: [["William Ruto", "meets", "Aden Duale"]],
  },
  {
    label: "she after ', after which' when the subject is a man: the woman of the sentence",
    text: "Australian Defence Minister Richard Marles paid a courtesy call on Foreign Minister Ms Penny Wong, after which she held talks with Melanie Joly.",
    gives: [["Penny Wong", "meets", "Melanie Joly"]],
    notGives: [["Richard Marles", "meets", "Melanie Joly"]],
  },
  {
    label: "he after ', after which' when a report verb opens the sentence: no main subject to prefer",
    text: "The ministry said US Defense Secretary Lloyd Austin called on Prime Minister Fumio Kishida, after which he met Japanese Defense Minister Minoru Kihara.",
    notGives: [["Lloyd Austin", "meets", "Minoru Kihara"]],
  },
  // ---- quotation speakers
  {
    label: "I in a quotation is its speaker (after the quote, with a title)",
    text: "“I met President Zelensky in Kyiv,” Finnish President Alexander Stubb told reporters.",
    gives: [["Alexander Stubb", "meets", "Volodymyr Zelensky"]],
    resolves: [["I", "Alexander Stubb"]],
  },
  {
    label: "we in a quotation is the speaker's country",
    text: "Finnish President Alexander Stubb spoke in Helsinki. “We bought jets from the United States last year,” he added.",
    gives: [["United States", "supplies", "Finland"]],
    resolves: [["We", "Finland"]],
  },
  {
    label: "we: the speaker's statement about his own side is no assessment",
    text: "Polish Defence Minister Wladyslaw Kosiniak-Kamysz visited Seoul. “We have bought tanks from South Korea,” he said.",
    gives: [["South Korea", "supplies", "Poland"]],
    notGives: [["Wladyslaw Kosiniak-Kamysz", "assesses", "Poland"]],
  },
  {
    label: "speaker named before the quotation",
    text: "Norwegian Defence Minister Tore Sandvik said: “We have delivered two frigates to Ukraine.”",
    gives: [["Norway", "supplies", "Ukraine"]],
  },
  {
    label: "planned in a quotation: we will buy is not a supply",
    text: "Swedish Defence Minister Pal Jonson spoke on Monday. “We will buy tanks from Germany,” Jonson said.",
    notGives: [["Germany", "supplies", "Sweden"]],
    entities: ["Germany", "Sweden"],
  },
  {
    label: "we without a known country of the speaker gives nothing",
    text: "“We delivered shells to Ukraine,” Marta Kos said.",
    notGives: [["Marta Kos", "supplies", "Ukraine"]],
    entities: ["Ukraine", "Marta Kos"],
  },
  // ---- kinds of country ("the kingdom", "the Sultanate", "the Gulf state") and "the junta"
  {
    label: "the kingdom: the one kingdom named before, not the other country",
    text: "Iran accused Saudi Arabia of funding militants in Yemen. The kingdom denied the claim.",
    gives: [["Saudi Arabia", "assesses", "Iran"]],
    resolves: [["The kingdom", "Saudi Arabia"]],
  },
  {
    label: "the kingdom after a country that is no kingdom: nothing",
    text: "Iran's army chief warned of attacks on Monday. The kingdom later bought jets from France.",
    notGives: [["France", "supplies", "Iran"]],
    entities: ["France", "Iran"],
  },
  {
    label: "the kingdom after two kingdoms: ambiguous, nothing",
    text: "Jordan's King Abdullah met Saudi officials in Amman on Monday. The kingdom later bought jets from France.",
    notGives: [
      ["France", "supplies", "Jordan"],
      ["France", "supplies", "Saudi Arabia"],
    ],
    entities: ["France", "Jordan", "Saudi Arabia"],
  },
  {
    label: "the Gulf state: the one Gulf country named before",
    text: "Egypt's army chief met Kuwaiti officials in Cairo. The Gulf state later bought jets from France.",
    gives: [["France", "supplies", "Kuwait"]],
    notGives: [["France", "supplies", "Egypt"]],
  },
  {
    label: "the British guest and the Sultanate: the visitor of that country and the one sultanate named",
    text: "John Smith, UK Minister for the Armed Forces, arrived in Muscat on Monday. Oman's defence minister Sayyid Badr received John Smith in his office. The British guest praised the Sultanate's role in the region.",
    gives: [["John Smith", "assesses", "Oman"]],
    notGives: [["Sayyid Badr", "assesses", "Oman"]],
    resolves: [
      ["The British guest", "John Smith"],
      ["the Sultanate", "Oman"],
    ],
  },
  {
    label: "the guest: a visitor told past an appositive title set off by commas",
    text: "Maria Lopez, Chile's Under-Secretary for the Armed Forces, arrived in Lima on Monday. The guest praised Peru's role in the region.",
    gives: [["Maria Lopez", "assesses", "Peru"]],
    resolves: [["The guest", "Maria Lopez"]],
  },
  {
    label: "the guest after two visitors told past appositives: nobody",
    text: "Maria Lopez, Chile's Under-Secretary for the Armed Forces, arrived in Lima on Monday. Jorge Diaz, Bolivia's Minister of Defence, visited Lima on Tuesday. The guest praised Peru's role in the region.",
    entities: ["Maria Lopez", "Jorge Diaz", "Peru"],
    notGives: [
      ["Maria Lopez", "assesses", "Peru"],
      ["Jorge Diaz", "assesses", "Peru"],
    ],
  },
  {
    label: "the British guest after a visitor of another country: nobody",
    text: "Kenyan General Peter Okello arrived in Doha on Monday. Emir Tamim received Peter Okello in his office. The British guest praised Qatar's role in the region.",
    notGives: [["Peter Okello", "assesses", "Qatar"]],
    entities: ["Peter Okello", "Qatar"],
  },
  {
    label: "a country's junta accuses: the country (a junta is its government)",
    text: "Guinea's junta accused Senegal on Monday of harbouring rebels.",
    gives: [["Guinea", "assesses", "Senegal"]],
  },
  {
    label: "the head of the junta: the country the junta was introduced with, by its capital",
    text: "The ruling military junta in Ouagadougou received drones from Turkey in March. Ivory Coast has closed its border. The head of the junta, Captain Jean Kabore, thanked Turkey for its support.",
    gives: [["Jean Kabore", "affiliated_with", "Burkina Faso"]],
    notGives: [["Jean Kabore", "affiliated_with", "Cote d'Ivoire"]],
    resolves: [["the junta", "Burkina Faso"]],
  },
  {
    label: "the junta after two countries' juntas: ambiguous, nothing",
    text: "Mali's junta and Niger's junta signed a defence pact in Bamako. The junta later accused France of arming rebels.",
    entities: ["Mali", "Niger", "France"],
    notGives: [
      ["Mali", "assesses", "France"],
      ["Niger", "assesses", "France"],
    ],
  },
  {
    label: "the regime: the country the regime was introduced with",
    text: "The Syrian regime has received S-300 missiles from Russia. Turkey condemned the delivery, and the regime accused Ankara of arming rebels.",
    gives: [["Syria", "assesses", "Turkey"]],
    resolves: [["the regime", "Syria"]],
  },
  {
    label:
      "a regime named by a noun before it ('the sanctions regime', 'the inspection regime') is no government: not the country of an earlier regime",
    text: "The Iranian regime has received drones from Russia. Germany criticised the sanctions regime as too weak, and France condemned the inspection regime.",
    entities: ["Iran", "Germany", "France"],
    notGives: [
      ["Germany", "assesses", "Iran"],
      ["France", "assesses", "Iran"],
    ],
  },
  // ---- title acronyms and the visiting party
  {
    label: "a title acronym alone: the one person it was introduced for in brackets",
    text: "General Tom Hale called on Chief of Naval Staff (CNS), Admiral Ali Raza, at the Naval Headquarters. CNS praised Tom Hale for his support to the Pakistan Navy.",
    gives: [["Ali Raza", "assesses", "Tom Hale"]],
    resolves: [["CNS", "Ali Raza"]],
  },
  {
    label:
      "an acronym the document defines for a title in brackets, though no list knows it, stands for its holder",
    text: "The Director of Military Intelligence (DMI), Brigadier Sam Otieno, visited Kampala. The DMI said Rwanda had sent drones to the rebels.",
    gives: [["Sam Otieno", "assesses", "Rwanda"]],
    resolves: [["DMI", "Sam Otieno"]],
  },
  {
    label: "an acronym the document defines for a body is no person's title",
    text: "The Defence Research Agency (DRA), headed by Anna Berg, tested a drone. The DRA said Iran had sold drones to Russia.",
    entities: ["Anna Berg", "Iran"],
    notGives: [["Anna Berg", "assesses", "Iran"]],
  },
  {
    label: "a title acronym introduced for two people: nobody",
    text: "Kenya's Chief of Defence Staff (CDS), General Peter Okello, met Uganda's Chief of Defence Staff (CDS), General Moses Otim, in Kampala. CDS praised Tanzania for its support.",
    entities: ["Peter Okello", "Moses Otim", "Tanzania"],
    notGives: [
      ["Peter Okello", "assesses", "Tanzania"],
      ["Moses Otim", "assesses", "Tanzania"],
    ],
  },
  {
    label: "the new COAS: another holder than the one introduced with the acronym",
    text: "Chief of Army Staff (COAS) General Ali Khan retired in 2022. On Monday the new COAS met Chinese envoy Li Ming in Rawalpindi.",
    notGives: [["Ali Khan", "meets", "Li Ming"]],
  },
  {
    label: "a title acronym introduced for a former holder: not the one it names later",
    text: "Former Chief of Army Staff (COAS) General Ali Khan retired in 2022. COAS met Chinese envoy Li Ming in Rawalpindi on Monday.",
    notGives: [["Ali Khan", "meets", "Li Ming"]],
  },
  {
    label: "the dignitaries: the visiting delegation, spoken for by the one visitor who heads it",
    text: "A delegation headed by US Counselor Mary Jones called on General Imran Shah at GHQ. The dignitaries appreciated Pakistan's efforts for regional stability.",
    gives: [["Mary Jones", "assesses", "Pakistan"]],
    notGives: [["Imran Shah", "assesses", "Pakistan"]],
  },
  {
    label: "the delegation a host received, with no named visitor: nobody, not the host",
    text: "General Imran Shah received the Saudi delegation at GHQ on Monday. The delegation praised Pakistan's efforts for regional stability.",
    notGives: [["Imran Shah", "assesses", "Pakistan"]],
    entities: ["Imran Shah", "Pakistan"],
  },
  {
    label: "the visiting official: the one visitor, whatever his title",
    text: "Nepal's army chief Prabhu Sharma visited Beijing on Monday. The visiting official praised China for its support.",
    gives: [["Prabhu Sharma", "assesses", "China"]],
    resolves: [["The visiting official", "Prabhu Sharma"]],
  },
  // ---- the country
  {
    label: "the country: the only country of the nearest sentence",
    text: "Nigeria's army chief warned of attacks. The country bought jets from Pakistan.",
    gives: [["Pakistan", "supplies", "Nigeria"]],
    resolves: [["The country", "Nigeria"]],
  },
  {
    label: "the country after two countries: ambiguous, nothing",
    text: "Egypt's army chief met Saudi officials. The country later bought jets from France.",
    notGives: [
      ["France", "supplies", "Egypt"],
      ["France", "supplies", "Saudi Arabia"],
    ],
    entities: ["France", "Egypt", "Saudi Arabia"],
  },
  {
    label:
      "the country after a visit: a country inside a body's name in the visitor's title is not its antecedent",
    text: "U.S. Navy Admiral John Smith, commander of U.S. Africa Command (AFRICOM), visited Peru on October 21, where he met with the country's Defense Minister Rear Admiral Jorge Chavez.",
    gives: [
      ["John Smith", "meets", "Jorge Chavez"],
      ["Jorge Chavez", "affiliated_with", "Peru"],
    ],
    notGives: [["Jorge Chavez", "affiliated_with", "United States"]],
    resolves: [["the country", "Peru"]],
  },
  {
    label: "the country after two bodies' countries and no country of its own name: nothing",
    text: "The Pakistan Army chief visited the Saudi Navy headquarters. The country later bought jets from France.",
    notGives: [
      ["France", "supplies", "Pakistan"],
      ["France", "supplies", "Saudi Arabia"],
    ],
    entities: ["France", "Pakistan", "Saudi Arabia"],
  },
  {
    label:
      "the country after a ministry's statement about another country: no visit, so neither is its antecedent",
    text: "The Russian Defence Ministry said Ukraine launched 30 drones overnight. The country's Deputy Defence Minister Pavel Orlov said all of them were shot down.",
    entities: ["Pavel Orlov", "Ukraine", "Russia"],
    notGives: [["Pavel Orlov", "affiliated_with", "Ukraine"]],
  },
  {
    label:
      "the country after an embassy summoned another country's envoy: no visit, so neither is its antecedent",
    text: "The Iranian Foreign Ministry summoned the ambassador of Azerbaijan on Sunday. The country's Foreign Minister Ali Karimi said the move was necessary.",
    entities: ["Ali Karimi", "Azerbaijan", "Iran"],
    notGives: [["Ali Karimi", "affiliated_with", "Azerbaijan"]],
  },
  {
    label:
      "the country after a visit in the sentence before: the country visited, not the visitor's service's",
    text: "Pakistan Air Force chief Imran Qureshi visited Turkey on Tuesday. The country's Defence Minister Mehmet Yilmaz received him.",
    gives: [["Mehmet Yilmaz", "affiliated_with", "Turkey"]],
    notGives: [["Mehmet Yilmaz", "affiliated_with", "Pakistan"]],
  },
  {
    label: "the mountainous country: one lower-case modifier before the country noun",
    text: "Bolivia faces new border threats. The landlocked nation ordered patrol helicopters from Brazil.",
    gives: [["Brazil", "supplies", "Bolivia"]],
  },
  {
    label: "the other country: a modifier that points away from the country named before",
    text: "Kenya signed a pact with Tanzania. The other country bought armoured vehicles from Turkey.",
    notGives: [["Turkey", "supplies", "Kenya"]],
    entities: ["Kenya", "Turkey"],
  },
  {
    label: "It opening a sentence with a verb of buying: the only country of the sentence before",
    text: "Romania signed a contract for K9 howitzers in 2022. It ordered 18 more from South Korea last year.",
    gives: [["South Korea", "supplies", "Romania"]],
    resolves: [["It", "Romania"]],
  },
  {
    label: "It received … from: the recipient is the country of the sentence before",
    text: "Qatar has modernised its air force. It received NASAMS launchers from Norway.",
    gives: [["Norway", "supplies", "Qatar"]],
  },
  {
    label: "It after two countries: ambiguous, nothing",
    text: "Peru and Colombia held talks on Monday. It bought Black Hawk helicopters from the United States.",
    notGives: [
      ["United States", "supplies", "Peru"],
      ["United States", "supplies", "Colombia"],
    ],
    entities: ["Peru", "Colombia", "United States"],
  },
  {
    label: "a dummy It (It was reported that …) stands for no country",
    text: "Kenya faces a long drought. It was reported that Turkey sold drones to Ethiopia.",
    gives: [["Turkey", "supplies", "Ethiopia"]],
    notGives: [["Turkey", "supplies", "Kenya"]],
    entities: ["Kenya"],
  },
  {
    label: "He said … after an unnamed spokesman of a body: the body speaks",
    text: "But a Turkish Foreign Ministry spokesman responded: “What was shown is a fabrication.” He said Greece was inventing incidents to justify its build-up.",
    gives: [["Turkish Foreign Ministry", "assesses", "Greece"]],
    resolves: [["He", "Turkish Foreign Ministry"]],
  },
  {
    label: "he added … after a spokesman for a body: the body speaks",
    text: "A spokesman for the Kenyan Defence Ministry confirmed the deployment on Monday. He added that Somalia had requested more troops.",
    gives: [["Kenyan Defence Ministry", "assesses", "Somalia"]],
  },
  {
    label: "a spokesman named in apposition after the body is the one a later 'He said' continues",
    text: "A Georgian Defence Ministry spokesman, Colonel Ivan Petrov, spoke on Monday. He said Russia had moved troops to the border.",
    gives: [["Ivan Petrov", "assesses", "Russia"]],
    notGives: [["Georgian Defence Ministry", "assesses", "Russia"]],
  },
  {
    label: "an unnamed spokesman's 'he' that does not speak stands for no body",
    text: "A Pakistani military spokesman arrived in Kabul on Monday. He met Afghan Defence Minister Mohammad Yaqoob.",
    notGives: [["Pakistan", "meets", "Mohammad Yaqoob"]],
  },
  {
    label: "an unnamed spokesman is the one the next sentence names with a spokesman's title",
    text: "Norway has donated two patrol boats to Ghana, a navy spokesman said on Tuesday. The donation includes a training package, Commander Kofi Mensah, spokesman for the Ghana Navy, said.",
    gives: [["Kofi Mensah", "assesses", "Norway"]],
    resolves: [["a navy spokesman", "Kofi Mensah"]],
  },
  {
    label:
      "a government spokesperson with a demonym, named in the next sentence: the person speaks, and serves the country",
    text: "A Russian government spokesperson on Monday strongly criticised Germany's arms supplies to Ukraine. Maria Kovaleva, a spokesperson for the Foreign Ministry, urged Berlin to stop.",
    gives: [
      ["Maria Kovaleva", "assesses", "Germany"],
      ["Maria Kovaleva", "affiliated_with", "Russia"],
    ],
  },
  {
    label: "a spokesperson named next with the title before the name and a rank",
    text: "A Chinese government spokesperson said Japan had armed the rebels. Ministry spokesperson Lt. Col. Li Wei urged Tokyo to stop.",
    gives: [["Li Wei", "assesses", "Japan"]],
  },
  {
    label: "a body's unnamed spokesman is not another body's spokesman named next",
    text: "A Pentagon spokesman said Iran had armed the rebels. State Department spokesman Ned Price said the talks would continue.",
    gives: [["Pentagon", "assesses", "Iran"]],
    notGives: [["Ned Price", "assesses", "Iran"]],
  },
  {
    label: "a country's unnamed spokesperson is not another country's spokesman named next",
    text: "A Chinese government spokesperson said Japan had armed the rebels. Ned Price, a US State Department spokesman, said the talks would continue.",
    notGives: [
      ["Ned Price", "assesses", "Japan"],
      ["Ned Price", "affiliated_with", "China"],
    ],
  },
  {
    label: "another spokesperson named next is someone else",
    text: "A Chinese government spokesperson said Japan had armed the rebels. Another spokesperson, Li Wei, urged Tokyo to stop.",
    notGives: [["Li Wei", "assesses", "Japan"]],
  },
  {
    label: "His words: a quoted claim after a colon is the possessor's",
    text: "Ghanaian Defence Minister Omane Boamah toured the border on Friday. His words: “Burkina Faso has failed to secure the frontier.”",
    gives: [["Omane Boamah", "assesses", "Burkina Faso"]],
  },
  {
    label: "Her message was clear: the claim after the colon is hers",
    text: "Finnish Foreign Minister Elina Valtonen met reporters in Helsinki. Her message was clear: Russia is responsible for the sabotage.",
    gives: [["Elina Valtonen", "assesses", "Russia"]],
  },
  {
    label: "a name's verdict before a colon: the named person says the claim",
    text: "Estonian Defence Minister Hanno Pevkur inspected the units. Pevkur's verdict: Belarus has moved troops to the border.",
    gives: [["Hanno Pevkur", "assesses", "Belarus"]],
  },
  {
    label: "His words about his own country judge no one",
    text: "Ghanaian Defence Minister Omane Boamah toured the border on Friday. His words: “Ghana will never give up.”",
    notGives: [["Omane Boamah", "assesses", "Ghana"]],
  },
  {
    label: "his words as the object of someone else's verb do not open his claim",
    text: "Ghanaian Defence Minister Omane Boamah toured the border on Friday. Reporters noted his words: Burkina Faso has failed to secure the frontier.",
    notGives: [["Omane Boamah", "assesses", "Burkina Faso"]],
  },
  {
    label: "One official said … after US officials: the group's country speaks",
    text: "US officials presented evidence against Syria on Tuesday. One official said Syria had supplied the rockets.",
    gives: [["United States", "assesses", "Syria"]],
    resolves: [["One official", "United States"]],
  },
  {
    label: "a senior official after a country's defence officials: the country speaks",
    text: "Indian defence officials briefed reporters in New Delhi on Friday. A senior official said Pakistan had armed the militants.",
    gives: [["India", "assesses", "Pakistan"]],
  },
  {
    label: "One official after two countries' officials speaks for neither",
    text: "US officials met Iranian officials in Oman on Tuesday. One official said Syria had supplied the rockets.",
    notGives: [
      ["United States", "assesses", "Syria"],
      ["Iran", "assesses", "Syria"],
    ],
  },
  {
    label: "One official named in apposition speaks for himself, not the group's country",
    text: "US officials presented evidence against Syria on Tuesday. One official, John Kirby, said Syria had supplied the rockets.",
    gives: [["John Kirby", "assesses", "Syria"]],
    notGives: [["United States", "assesses", "Syria"]],
  },
  {
    label: "the guest: the one person told as arriving, and a demonym before the noun that names his country",
    text: "Kenyan Defence Minister Peter Okoth arrived in Accra on Monday. The guest praised Ghana for its role in the region. The Kenyan guest also lauded the professionalism of the Ghana Armed Forces.",
    gives: [
      ["Peter Okoth", "assesses", "Ghana"],
      ["Peter Okoth", "assesses", "Ghana Armed Forces"],
    ],
    resolves: [
      ["The guest", "Peter Okoth"],
      ["The Kenyan guest", "Peter Okoth"],
    ],
  },
  {
    label: "a guest whose demonym names another country than the visitor's is not the visitor",
    text: "Kenyan Defence Minister Peter Okoth arrived in Accra on Monday. The French guest praised Ghana for its role in the region.",
    entities: ["Peter Okoth", "Ghana"],
    notGives: [["Peter Okoth", "assesses", "Ghana"]],
  },
  {
    label: "the visiting dignitary: the one person told as on a visit",
    text: "Chief of the Kenya Defence Forces, General Charles Kahariri who is on an official visit to Egypt, called on Lieutenant General Ahmed Khalifa in Cairo. The two sides discussed training. The visiting dignitary lauded the professionalism of the Egyptian Armed Forces.",
    gives: [["Charles Kahariri", "assesses", "Egyptian Armed Forces"]],
    notGives: [["Ahmed Khalifa", "assesses", "Egyptian Armed Forces"]],
    resolves: [["The visiting dignitary", "Charles Kahariri"]],
  },
  {
    label: "the guest: the person a host welcomed",
    text: "Egyptian Defence Minister Abdel Mageed Saqr welcomed Saudi Chief of General Staff Fayyadh al-Ruwaili in Cairo on Sunday. The guest praised the Egyptian Armed Forces.",
    gives: [["Fayyadh al-Ruwaili", "assesses", "Egyptian Armed Forces"]],
    notGives: [["Abdel Mageed Saqr", "assesses", "Egyptian Armed Forces"]],
  },
  {
    label: "the visiting dignitary after two visitors: ambiguous, nobody",
    text: "Kenyan General Charles Kahariri and Ugandan General Muhoozi Kainerugaba visited Rawalpindi on Monday. The visiting dignitary lauded the professionalism of the Pakistan Army.",
    notGives: [
      ["Charles Kahariri", "assesses", "Pakistan Army"],
      ["Muhoozi Kainerugaba", "assesses", "Pakistan Army"],
    ],
  },
  {
    label:
      "the Senegalese military leader: a description that fits any title, for the one Senegalese named before",
    text: "Senegalese Chief of Defence Staff General Mbaye Cisse received the French envoy in Dakar on Thursday. The Senegalese military leader noted that Mali had closed its border.",
    gives: [["Mbaye Cisse", "assesses", "Mali"]],
    notGives: [["Senegal", "assesses", "Mali"]],
  },
  {
    label: "the Russian leader is not the Russian foreign minister named before",
    text: "Russian Foreign Minister Sergei Lavrov arrived in Cairo on Monday. The Russian leader said Israel had attacked Iran.",
    notGives: [["Sergei Lavrov", "assesses", "Israel"]],
  },
  {
    label: "a sentence that only names a reporting body after a claim: the body says the claim",
    text: "China delivered two patrol boats to Cambodia on Monday. The Cambodian Ministry of National Defence reported.",
    gives: [["Cambodian Ministry of National Defence", "assesses", "China"]],
  },
  {
    label: "a closing report after a claim with a speaker of its own: the claim keeps its speaker",
    text: "Turkey handed over trucks to Kyrgyzstan, the embassy said. The press service of the Kyrgyz Defence Ministry reported.",
    notGives: [["Kyrgyz Defence Ministry", "assesses", "Turkey"]],
  },
  {
    label: "It also said …: the speaker is the only body of the sentence before",
    text: "The Norwegian Defence Materiel Agency signed the frigate deal on Tuesday. It also said Kongsberg was building the missiles.",
    gives: [["Norwegian Defence Materiel Agency", "assesses", "Kongsberg"]],
    resolves: [["It", "Norwegian Defence Materiel Agency"]],
  },
  {
    label:
      "It accused …, It warned …: the speaker is the body that is the subject of the sentence before, not its possessor",
    text: "Ghana's Defence Ministry issued a statement on Monday. It accused Togo of violating the border. The Greek Foreign Ministry summoned the Turkish ambassador on Friday. It condemned Turkey's violations of Greek airspace. Japan's Defense Ministry released photographs of the ships on Tuesday. It warned that China was expanding its naval activity.",
    gives: [
      ["Ghanaian Defence Ministry", "assesses", "Togo"],
      ["Greek Foreign Ministry", "assesses", "Turkey"],
      ["Japanese Defense Ministry", "assesses", "China"],
    ],
    notGives: [
      ["Ghana", "assesses", "Togo"],
      ["Japan", "assesses", "China"],
    ],
  },
  {
    label:
      "an opening It before a judging verb after a sentence naming two bodies as its subject: ambiguous, no speaker",
    text: "Saab and the Swedish Defence Materiel Administration signed a contract. It praised Thales for its radars.",
    entities: ["Saab", "Thales"],
    notGives: [
      ["Saab", "assesses", "Thales"],
      ["Swedish Defence Materiel Administration", "assesses", "Thales"],
    ],
  },
  {
    label: "It added … is not an actor the claim of the sentence before names",
    text: "Officials said two attempts by Iran to launch satellites had failed. It added that Russia had supplied the engines.",
    notGives: [["Iran", "assesses", "Russia"]],
  },
  {
    label: "It said … after a sentence naming two bodies: ambiguous, no speaker",
    text: "Saab and the Swedish Defence Materiel Administration signed a contract. It said Thales would supply the radars.",
    notGives: [
      ["Saab", "assesses", "Thales"],
      ["Swedish Defence Materiel Administration", "assesses", "Thales"],
    ],
    entities: ["Saab", "Thales"],
  },
  // ---- possessive organisations and heads
  {
    label: "a country's possessive organisation is affiliated with it",
    text: "Turkey's National Intelligence Organisation said Iran supplied rockets to Sudan.",
    gives: [["National Intelligence Organisation", "affiliated_with", "Turkey"]],
  },
  {
    label: "X, the head of Y",
    text: "Ibrahim Kalin, the head of Turkey's National Intelligence Organisation, met Hakan Fidan.",
    gives: [
      ["Ibrahim Kalin", "affiliated_with", "National Intelligence Organisation"],
      ["Ibrahim Kalin", "meets", "Hakan Fidan"],
    ],
  },
  // ---- bodies every country has, and context aliases
  {
    label: "the US and the South Korean Joint Chiefs stay two bodies",
    text: "Gen. Dan Caine, chairman of the US Joint Chiefs of Staff, spoke on Monday. South Korea's Joint Chiefs of Staff said the North fired a missile.",
    entities: ["US Joint Chiefs of Staff", "South Korean Joint Chiefs of Staff"],
    noEntities: ["Joint Chiefs of Staff"],
    gives: [["South Korean Joint Chiefs of Staff", "assesses", "North Korea"]],
  },
  {
    label: "a later bare JCS is the one the document qualified",
    text: "South Korea's Joint Chiefs of Staff (JCS) tracked the launch. The JCS said North Korea fired two missiles.",
    gives: [["South Korean Joint Chiefs of Staff", "assesses", "North Korea"]],
  },
  {
    label: "the North is North Korea where a Korea is named",
    text: "Seoul said the North fired artillery near the border.",
    entities: ["North Korea"],
  },
  {
    label: "the North is nothing where no Korea is named",
    text: "Rebels in the North attacked a convoy, Malian officials said.",
    noEntities: ["North Korea"],
  },
  // ---- names without cues: people, companies and places no list holds
  {
    label: "an unknown minister before a verb people do",
    text: "Tobias Lindqvist praised the agreement with Estonia.",
    entities: ["Tobias Lindqvist"],
  },
  {
    label: "an unknown person after a meeting verb",
    text: "Kenyan officials said Ruto met Amara Okonkwo in Nairobi.",
    entities: ["Amara Okonkwo"],
  },
  {
    label: "two unknown people who met: the meeting",
    text: "Sofia Marchetti met Arturo Delgado in Lima.",
    gives: [["Sofia Marchetti", "meets", "Arturo Delgado"]],
    noEntities: ["Sofia"],
  },
  {
    label: "coordinated with a given name",
    text: "Haruki Tanabe and Daniel Okoye signed the accord in Accra.",
    entities: ["Haruki Tanabe", "Daniel Okoye"],
  },
  {
    label: "a company by its Aviation head",
    text: "Kestrel Aviation delivered six drones to Ghana.",
    gives: [["Kestrel Aviation", "supplies", "Ghana"]],
  },
  {
    label: "a company by its Systems head",
    text: "Halvorsen Defence Systems sold coastal radars to Estonia.",
    gives: [["Halvorsen Defence Systems", "supplies", "Estonia"]],
  },
  {
    label: "a company by its Corp suffix",
    text: "Zorvath Corp shipped rifles to Chad last year.",
    gives: [["Zorvath Corp", "supplies", "Chad"]],
  },
  {
    label: "a company by its Industries head",
    text: "Brightwater Industries delivered armoured vehicles to Kenya.",
    gives: [["Brightwater Industries", "supplies", "Kenya"]],
  },
  {
    label: "a company by its Holdings head",
    text: "Marlow Holdings sold patrol boats to Senegal.",
    gives: [["Marlow Holdings", "supplies", "Senegal"]],
  },
  {
    label: "a shipyard is an organisation",
    text: "Nordvik Shipyard delivered a corvette to Ghana.",
    entities: ["Nordvik Shipyard"],
  },
  {
    label: "a place after a travel preposition",
    text: "Fighting resumed near Kramatorsk on Sunday.",
    entities: ["Kramatorsk"],
  },
  {
    label: "a capitalised run with no cue stays unnamed",
    text: "Golden Harvest Festival drew crowds on Sunday.",
    noEntities: ["Golden Harvest Festival"],
  },
  {
    label: "a name with a particle, told as an object",
    text: "“We value this partnership,” the minister told Lula da Silva.",
    entities: ["Lula da Silva"],
  },
  {
    label: "an unknown person who said something",
    text: "Marta Kos said Serbia bought jets from France.",
    gives: [["France", "supplies", "Serbia"]],
    entities: ["Marta Kos"],
  },
  {
    label: "a company by its Dynamics head",
    text: "Greywater Dynamics sold sensors to Latvia.",
    gives: [["Greywater Dynamics", "supplies", "Latvia"]],
  },
  {
    label: "an unknown official greeted by a known one",
    text: "President Nana Akufo-Addo greeted Kwame Mensah at the airport.",
    entities: ["Kwame Mensah"],
  },
  // ---- places from the city gazetteer (GeoNames)
  {
    label: "cities as objects, with no preposition or head to type them",
    text: "Rebels shelled Kharkiv and Zaporizhzhia overnight.",
    entities: ["Kharkiv", "Zaporizhzhia"],
  },
  {
    label: "a city as a subject in mid-text",
    text: "Officials said Mosul was calm after the offensive.",
    entities: ["Mosul"],
  },
  {
    label: "a common word that is also a city opens a sentence: no place",
    text: "Reading the report, officials said Iran supplied drones to Russia.",
    noEntities: ["Reading"],
    gives: [["Iran", "supplies", "Russia"]],
  },
  // ---- given names from the public-domain first-name list
  {
    label: "an English given name opens an unknown person's name with no cue at all",
    text: "Ahead of the vote, Brenda Kowalczyk toured the shipyard in Gdansk.",
    entities: ["Brenda Kowalczyk"],
  },
  {
    label: "a given name that is also a common verb does not make a person",
    text: "Carry Over Rules apply to the budget.",
    noEntities: ["Carry Over Rules"],
  },
  // ---- titles introduced with a complement before the name ("the ambassador to X Name", "the head of Y, Name")
  {
    label: "'the ambassador' is the person introduced as ambassador to a country before the name",
    text: "The delegation was welcomed by the Kenyan ambassador to Japan Margaret Otieno on Monday. The ambassador stressed Japan will remain a reliable partner.",
    resolves: [["The ambassador", "Margaret Otieno"]],
    gives: [["Margaret Otieno", "assesses", "Japan"]],
  },
  {
    label:
      "a title with the same complement and the document's country as a demonym is the person introduced with it",
    text: "Mali received four helicopters from Russia on Friday. They were handed over by the head of the transitional government, Colonel Assimi Goita. The head of the Malian transitional government thanked Russia for its support.",
    resolves: [["The head of the Malian transitional government", "Assimi Goita"]],
    gives: [
      ["Assimi Goita", "assesses", "Russia"],
      ["Assimi Goita", "affiliated_with", "Mali"],
    ],
  },
  {
    label: "a title with another complement is someone else",
    text: "Kenya hosted the head of the army, General Peter Kamau, on Monday. The head of the navy criticized Somalia for its arms purchases.",
    entities: ["Peter Kamau", "Somalia"],
    notGives: [["Peter Kamau", "assesses", "Somalia"]],
  },
  {
    label: "a title with another country's demonym is not the holder the document introduced first",
    text: "Kenya hosted the head of the army, General Peter Kamau, on Monday. The head of the Ugandan army praised Tanzania for its support.",
    entities: ["Peter Kamau", "Tanzania"],
    notGives: [["Peter Kamau", "assesses", "Tanzania"]],
  },
  {
    label: "a titled description after a preposition, beside a pronoun, is the other party",
    text: "Defence Minister Arjun Mehta met his Japan counterpart Ken Sato on Friday. During his meeting with the Japanese defence minister, both leaders discussed cooperation. Tariq Nasser, a spokesman, confirmed the visit. He said the trip was made at the invitation of the French foreign minister.",
    gives: [["Ken Sato", "affiliated_with", "Japan"]],
    notGives: [
      ["Arjun Mehta", "affiliated_with", "Japan"],
      ["Tariq Nasser", "affiliated_with", "France"],
    ],
  },
  {
    label: "a titled description as the subject after a pronoun is still the person told before",
    text: "President Li Wei arrived in Moscow on Monday. In his speech, the Chinese president thanked the hosts.",
    gives: [["Li Wei", "affiliated_with", "China"]],
  },
  {
    label:
      "a description after a sentence whose speaker is an unresolved pronoun is not the one person that sentence names (a regime's leader)",
    text: "Moldovan Foreign Minister Ana Rusu gave an interview in Chisinau. With a view to Russia and the Putin regime, she noted that Moldova would stand firm. The Moldovan minister then said the Romanian Navy would join the exercise.",
    gives: [["Ana Rusu", "affiliated_with", "Moldova"]],
    notGives: [
      ["Vladimir Putin", "affiliated_with", "Moldova"],
      ["Vladimir Putin", "assesses", "Romanian Navy"],
    ],
  },
  {
    label: "a description after a sentence whose pronoun is resolved to the person is that person",
    text: "Indian External Affairs Minister Raj Kapoor arrived in Tokyo on Monday. He said ties were strong. Later the Indian minister thanked Japan for its support.",
    gives: [["Raj Kapoor", "assesses", "Japan"]],
  },
  // ---- meetings whose participant is told only by a pronoun or a description
  {
    label: "a meeting nobody holds, with his counterpart: the pronoun's person met the counterpart",
    text: "Turkish Defence Minister Yasar Guler arrived in Baku on Tuesday. This was followed by a meeting with his Azerbaijani counterpart Zakir Hasanov, during which the two discussed training.",
    gives: [["Yasar Guler", "meets", "Zakir Hasanov"]],
  },
  {
    label: "a planned meeting with his counterpart is no meeting",
    text: "Philippine Defence Secretary Gilberto Teodoro arrived in Tokyo on Sunday. A meeting with his counterpart Minoru Kihara is planned for next week.",
    notGives: [["Gilberto Teodoro", "meets", "Minoru Kihara"]],
  },
  {
    label: "the visiting minister is the only minister told before",
    text: "Chilean Foreign Minister Alberto van Klaveren flew to Lima on Monday. The visiting minister called on President Dina Boluarte.",
    gives: [["Alberto van Klaveren", "meets", "Dina Boluarte"]],
  },
  {
    label: "the visiting minister with two ministers told before is neither",
    text: "Chilean Foreign Minister Alberto van Klaveren and Bolivian Foreign Minister Celinda Sosa arrived in Quito on Monday. The visiting minister called on President Daniel Noboa.",
    notGives: [
      ["Alberto van Klaveren", "meets", "Daniel Noboa"],
      ["Celinda Sosa", "meets", "Daniel Noboa"],
    ],
  },
  {
    label: "a named counterpart holds the owner's title for its country, and the owner does not",
    text: "Defence Minister Pal Jonson and his Polish counterpart General Wieslaw Kukula held talks in Stockholm on Monday. On Tuesday, the Polish Defence Minister held a meeting with Prime Minister Ulf Kristersson.",
    gives: [
      ["Ulf Kristersson", "meets", "Wieslaw Kukula"],
      ["Wieslaw Kukula", "affiliated_with", "Poland"],
    ],
    notGives: [
      ["Pal Jonson", "meets", "Ulf Kristersson"],
      ["Pal Jonson", "affiliated_with", "Poland"],
    ],
  },
  {
    label:
      "the two defence ministers are the two holders of that title, not the foreign minister between them",
    text: "New Zealand Foreign Minister Winston Peters and Defence Minister Judith Collins arrived in Tokyo on Monday. The Japanese side will be led by Defence Minister Minoru Kihara and Foreign Minister Takeshi Iwaya. The two defence ministers on Tuesday discussed maritime security in the Pacific.",
    gives: [["Judith Collins", "meets", "Minoru Kihara"]],
    notGives: [
      ["Minoru Kihara", "meets", "Takeshi Iwaya"],
      ["Judith Collins", "meets", "Takeshi Iwaya"],
    ],
  },
  {
    label: "the two defence ministers with a third person who may be one are nobody",
    text: "Defence Minister Judith Collins, Defence Minister Richard Marles and Defence Minister Gen Nakatani attended the forum. The two defence ministers discussed maritime security.",
    notGives: [["Judith Collins", "meets", "Richard Marles"]],
  },
  {
    label: "the two defence ministers will discuss: no meeting yet",
    text: "Defence Minister Judith Collins arrived in Tokyo on Monday, where Defence Minister Minoru Kihara is expected to host her. The two defence ministers will discuss maritime security.",
    notGives: [["Judith Collins", "meets", "Minoru Kihara"]],
  },
  {
    label:
      "a title 'of' a country before the name ties the holder to that country, not to another country's description",
    text: "Defence Minister Pal Jonson held a meeting with the Defence Minister of Norway, Bjorn Arild Gram, on Monday. Later, the Swedish Defence Minister held a meeting with the Defence Minister of Finland, Antti Hakkanen, in Helsinki.",
    gives: [
      ["Antti Hakkanen", "meets", "Pal Jonson"],
      ["Pal Jonson", "affiliated_with", "Sweden"],
    ],
    notGives: [
      ["Antti Hakkanen", "meets", "Bjorn Arild Gram"],
      ["Bjorn Arild Gram", "affiliated_with", "Sweden"],
    ],
  },
  // ---- titled subjects and their bodies in meetings
  {
    label: "a titled subject after a dateline's colon meets the person it holds talks with",
    text: "TOKYO, March 4 (Kyodo): Chief of Staff of the Japan Ground Self-Defense Force General Yasunori Morishita held talks with Philippine Army chief Lieutenant General Roy Galido.",
    gives: [["Yasunori Morishita", "meets", "Roy Galido"]],
  },
  {
    label: "the unnamed commander of a command meeting someone is no meeting of the command",
    text: "The Commander of the US Indo-Pacific Command met Philippine Army chief Lieutenant General Roy Galido in Manila on Monday.",
    notGives: [["Indo-Pacific Command", "meets", "Roy Galido"]],
  },
  {
    label: "called on a counterpart and discussed steps to enhance ties: a visit, not an appeal",
    text: "Chief of the Naval Staff of Japan Admiral Ryo Sakai called on his Indian counterpart Admiral Dinesh Tripathi and discussed steps to enhance maritime cooperation between the two navies.",
    gives: [["Ryo Sakai", "meets", "Dinesh Tripathi"]],
  },
  {
    label: "called on a leader to stop the fighting: an appeal, not a visit",
    text: "Kenyan President William Ruto called on Ethiopian Prime Minister Abiy Ahmed to stop the fighting.",
    notGives: [["William Ruto", "meets", "Abiy Ahmed"]],
  },
  // ---- phrases between a host verb and its guest
  {
    label: "received in his office on Monday the titled guest: the article opens the guest, not the day",
    text: "Sayyid Shihab bin Tarik, Oman's Deputy Prime Minister for Defence Affairs, received in his office on Monday the Italian Defence Minister Guido Crosetto.",
    gives: [["Sayyid Shihab bin Tarik", "meets", "Guido Crosetto"]],
  },
  {
    label: "received in audience on Tuesday the guest: a day after the bare noun",
    text: "Sultan Haitham bin Tarik received in audience on Tuesday Indian Defence Minister Rajnath Singh.",
    gives: [["Haitham bin Tarik", "meets", "Rajnath Singh"]],
  },
  {
    label: "received in his office on Monday the invitation of a minister: a thing received, no guest",
    text: "Sayyid Shihab bin Tarik, Oman's Deputy Prime Minister for Defence Affairs, received in his office on Monday the invitation sent by Italian Defence Minister Guido Crosetto.",
    notGives: [["Sayyid Shihab bin Tarik", "meets", "Guido Crosetto"]],
  },
  // ---- "the sides", "the delegations": the two parties named before
  {
    label: "the sides exchanged views: the guest and the host of the sentence before",
    text: "Vietnamese Defence Minister Phan Van Giang arrived in Jakarta at the invitation of Indonesian Defence Minister Sjafrie Sjamsoeddin. The sides exchanged views on maritime security.",
    gives: [["Phan Van Giang", "meets", "Sjafrie Sjamsoeddin"]],
  },
  {
    label: "the delegations held talks: the two people named before",
    text: "Philippine Defense Secretary Gilberto Teodoro flew to Hanoi to see Vietnamese Defence Minister Phan Van Giang. The delegations held talks at the ministry.",
    gives: [["Gilberto Teodoro", "meets", "Phan Van Giang"]],
  },
  {
    label: "the sides will exchange views: no meeting yet",
    text: "Vietnamese Defence Minister Phan Van Giang arrived in Jakarta at the invitation of Indonesian Defence Minister Sjafrie Sjamsoeddin. The sides will exchange views on maritime security.",
    notGives: [["Phan Van Giang", "meets", "Sjafrie Sjamsoeddin"]],
  },
  {
    label: "the delegations with three people named before are nobody",
    text: "Vietnamese Defence Minister Phan Van Giang, Philippine Defense Secretary Gilberto Teodoro and Indonesian Defence Minister Sjafrie Sjamsoeddin arrived in Manila on Monday. The delegations held talks on Tuesday.",
    notGives: [["Phan Van Giang", "meets", "Sjafrie Sjamsoeddin"]],
  },
  // ---- a retired rank's mark in a title phrase; a country's short form hyphened to a country
  {
    label: "a meeting with a minister whose rank is marked retired: the mark stays inside the title phrase",
    text: "Prime Minister Shehbaz Sharif expressed these views in a meeting with National Defence Minister of Azerbaijan Colonel General (R) Zakir Hasanov here.",
    gives: [
      ["Shehbaz Sharif", "meets", "Zakir Hasanov"],
      ["Zakir Hasanov", "affiliated_with", "Azerbaijan"],
    ],
  },
  {
    label: "Pak-Azerbaijan relations name no person: 'he' is the prime minister who met the minister",
    text: "Expressing satisfaction over Pak-Azerbaijan relations, Prime Minister Shehbaz Sharif said ties were strong. He expressed these views in a meeting with Azerbaijani Defence Minister Zakir Hasanov.",
    gives: [["Shehbaz Sharif", "meets", "Zakir Hasanov"]],
    noEntities: ["Pak Jong Chon"],
  },
  {
    label: "a meeting still to come with a retired general: no meeting",
    text: "Prime Minister Shehbaz Sharif will hold a meeting with National Defence Minister of Azerbaijan Colonel General (R) Zakir Hasanov next week.",
    notGives: [["Shehbaz Sharif", "meets", "Zakir Hasanov"]],
  },
  // ---- "The Chief of Army Staff" after "Chief of Army Staff General X"
  {
    label:
      "the Chief of Army Staff is the one introduced with that title and complement, no article before it",
    text: "Chief of Army Staff General Ashok Raj Sigdel met Indian Defence Minister Manohar Parrikar in New Delhi. The Chief of Army Staff also held talks with National Security Adviser Ajit Doval.",
    gives: [["Ashok Raj Sigdel", "meets", "Ajit Doval"]],
  },
  {
    label: "the Chief of Naval Staff is not the Chief of Army Staff introduced before",
    text: "Chief of Army Staff General Ashok Raj Sigdel met Indian Defence Minister Manohar Parrikar in New Delhi. The Chief of Naval Staff also held talks with National Security Adviser Ajit Doval.",
    notGives: [["Ashok Raj Sigdel", "meets", "Ajit Doval"]],
  },
  {
    label:
      "an ambassador's title whose complement runs into the name is that ambassador's, not the president's",
    text: "President Mohamed Muizzu's policy is to enhance security, Minister of Defence Mohamed Ghassan Maumoon has stated. The equipment was presented by the Japanese Ambassador to the Maldives Takeuchi Midori.",
    gives: [["Takeuchi Midori", "affiliated_with", "Japan"]],
    notGives: [["Mohamed Muizzu", "affiliated_with", "Japan"]],
  },
  // ---- honorific phrases before a name
  {
    label: "met His Highness Sheikh X: the honorific opens the partner's name, no pronoun for the host",
    text: "Indonesian President Prabowo Subianto met His Highness Sheikh Tamim bin Hamad Al Thani in Doha.",
    gives: [["Prabowo Subianto", "meets", "Tamim bin Hamad Al Thani"]],
  },
  {
    label: "called on His Excellency General X: the honorific before the rank stays in the partner's phrase",
    text: "General Syed Asim Munir called on His Excellency General Carsten Breuer in Berlin.",
    gives: [["Syed Asim Munir", "meets", "Carsten Breuer"]],
  },
  {
    label: "His Majesty alone stands for the king told before, as a pronoun does",
    text: "King Abdullah II received General Michael Kurilla at Al Husseiniya Palace. His Majesty welcomed the general and praised the United States for its support.",
    gives: [["Abdullah II", "meets", "Michael Kurilla"]],
  },
  {
    label: "will meet His Highness Sheikh X: no meeting yet",
    text: "Indonesian President Prabowo Subianto will meet His Highness Sheikh Tamim bin Hamad Al Thani in Doha next week.",
    notGives: [["Prabowo Subianto", "meets", "Tamim bin Hamad Al Thani"]],
  },
  // ---- "tweeted" attributes a quotation as "said" does
  {
    label: "I in a quotation that the minister tweeted is the minister",
    text: 'Australian Defence Minister Richard Marles flew to Manila. "I met Philippine Defense Secretary Gilberto Teodoro this morning," he tweeted.',
    gives: [["Gilberto Teodoro", "meets", "Richard Marles"]],
  },
  {
    label: "I will meet, tweeted: no meeting yet",
    text: 'Australian Defence Minister Richard Marles flew to Manila. "I will meet Philippine Defense Secretary Gilberto Teodoro tomorrow," he tweeted.',
    notGives: [["Gilberto Teodoro", "meets", "Richard Marles"]],
  },
];
