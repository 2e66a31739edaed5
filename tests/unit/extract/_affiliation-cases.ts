/**
 * Labelled sentences for affiliations and assessments carried by organization names, titles
 * and descriptions: each case lists the triples it must and must not give. None is from the corpus.
 */
import type { SentenceCase } from "./_cases.ts";

/** The cases, grouped by what they exercise. */
export const AFFILIATION_CASES: SentenceCase[] = [
  // ---- a person's possessive before a party
  {
    label: "a titled person's possessive before a political party names the person's party",
    text: "Ugandan President Yoweri Museveni's National Resistance Movement won the vote. Kenyan President William Ruto's United Democratic Alliance party won the seat, and Indian Prime Minister Narendra Modi's Bharatiya Janata Party lost one.",
    gives: [
      ["Yoweri Museveni", "affiliated_with", "National Resistance Movement"],
      ["William Ruto", "affiliated_with", "United Democratic Alliance"],
      ["Narendra Modi", "affiliated_with", "Bharatiya Janata Party"],
    ],
  },
  {
    label: "a person's possessive before a body that is no party gives no tie to it",
    text: "President Yoweri Museveni's Ministry of Defence bought trucks.",
    entities: ["Yoweri Museveni", "Ministry of Defence"],
    notGives: [["Yoweri Museveni", "affiliated_with", "Ministry of Defence"]],
  },
  // ---- a body named by its acronym in a title
  {
    label:
      "a body's acronym before a title names the body and the country its full name names: the holder serves both",
    text: "The Zambia Air Force (ZAF) took delivery of two jets. ZAF Commander Lieutenant General Oscar Nyoni received them. The Uganda People's Defence Forces (UPDF) deployed troops. UPDF Deputy Commander, Major General Sam Okiding, said they arrived.",
    gives: [
      ["Oscar Nyoni", "affiliated_with", "Zambia Air Force"],
      ["Oscar Nyoni", "affiliated_with", "Zambia"],
      ["Sam Okiding", "affiliated_with", "Uganda People's Defence Forces"],
      ["Sam Okiding", "affiliated_with", "Uganda"],
    ],
  },
  {
    label: "an acronym of a body whose full name names no country gives its holder no country",
    text: "The Korean Central News Agency (KCNA) said the test succeeded. KCNA reporter Kim Chol said it flew 600 km toward Japan.",
    entities: ["Kim Chol", "Japan"],
    notGives: [["Kim Chol", "affiliated_with", "Japan"]],
  },
  {
    label:
      "an acronym no list knows, right before an office and the holder's name (past ranks and a comma), is the office's body",
    text: 'FMV Director General Goran Martensson signed the order. The TPDF Deputy Commander Lieutenant General Salum Othman received the trucks. "We need more ships," RSN chief Rear Admiral Sean Wat said. The guests were received by the NDU Commandant, Maj. Gen. Paul Otieno, on Monday.',
    gives: [
      ["Goran Martensson", "affiliated_with", "FMV"],
      ["Salum Othman", "affiliated_with", "TPDF"],
      ["Sean Wat", "affiliated_with", "RSN"],
      ["Paul Otieno", "affiliated_with", "NDU"],
    ],
  },
  {
    label: "a title's acronym, or a capability's acronym, before an office and a name names no body",
    text: "COAS General Asim Munir visited the troops. The ISR Director Tom Brown said the drones were useful.",
    entities: ["Asim Munir", "Tom Brown"],
    noEntities: ["COAS", "ISR"],
  },
  // ---- coordinated titles set off after a name
  {
    label:
      "two titles joined by 'and' after a person's comma share the body or country after them: the person holds both",
    text: "Ali Kamara, Deputy Prime Minister and Defence Minister of Sierra Leone, and Lisa Chen, President and CEO of Acme Corporation, met in Freetown. King Hamad, King and Supreme Commander of Bahrain, received them.",
    gives: [
      ["Ali Kamara", "affiliated_with", "Sierra Leone"],
      ["Lisa Chen", "affiliated_with", "Acme Corporation"],
      ["Hamad", "affiliated_with", "Bahrain"],
    ],
    notGives: [
      ["Ali Kamara", "affiliated_with", "Acme Corporation"],
      ["Lisa Chen", "affiliated_with", "Sierra Leone"],
    ],
  },
  {
    label:
      "a second title joined by 'and' to the first of a person's appositive, each with its own body, ties the person to both",
    text: "Ahmed Nasser, Emir of Kuwait and Supreme Commander of the Kuwait Armed Forces, thanked the visitors. Rashid Ali, Minister of Interior and spokesman for the Somali government, said the attack failed. Jane Roe, CEO of Acme Corp and chair of the Defence Industry Association, welcomed the order.",
    gives: [
      ["Ahmed Nasser", "affiliated_with", "Kuwait Armed Forces"],
      ["Ahmed Nasser", "affiliated_with", "Kuwait"],
      ["Rashid Ali", "affiliated_with", "Somalia"],
      ["Jane Roe", "affiliated_with", "Acme Corp"],
      ["Jane Roe", "affiliated_with", "Defence Industry Association"],
    ],
  },
  {
    label:
      "after a person's title, 'and' before a title set off before another name, before a rank and a name, or before a body alone gives the person no second body",
    text: "Ali Kamara, Chairman of the National Security Council and the Commander of the Sierra Leone Police, Brima Sesay, met the minister. John Banda, Minister of Information and General Paul Phiri of the Malawi Defence Force met the donors. Ali Kamara, Minister of Defence and the Ecowas Defence Committee signed the deal.",
    entities: [
      "Ali Kamara",
      "Sierra Leone Police",
      "John Banda",
      "Malawi Defence Force",
      "Ecowas Defence Committee",
    ],
    notGives: [
      ["Ali Kamara", "affiliated_with", "Sierra Leone Police"],
      ["John Banda", "affiliated_with", "Malawi Defence Force"],
      ["Ali Kamara", "affiliated_with", "Ecowas Defence Committee"],
    ],
  },
  {
    label:
      "a person and coordinated titles with no body or country after them give no affiliation: the body the next clause names is not theirs",
    text: "Jonas Berg, President and Chief Executive, said Airbus would deliver the jets to Spain.",
    entities: ["Jonas Berg", "Airbus", "Spain"],
    notGives: [
      ["Jonas Berg", "affiliated_with", "Airbus"],
      ["Jonas Berg", "affiliated_with", "Spain"],
    ],
  },
  // ---- honorific chains between a rank or title and the name
  {
    label:
      "a long chain of Malay honorifics between a rank and the name is no part of the name: the holder still serves the body before the title",
    text: "Royal Malaysian Navy Chief Admiral Dato Paduka Seri Tan Sri Dato’ Sri Haji Zulhelmy Ithnain met the visitors. Royal Brunei Air Force Commander Brigadier General Dato Paduka Seri Haji Shahril Anwar received them.",
    gives: [
      ["Zulhelmy Ithnain", "affiliated_with", "Royal Malaysian Navy"],
      ["Zulhelmy Ithnain", "affiliated_with", "Malaysia"],
      ["Shahril Anwar", "affiliated_with", "Royal Brunei Air Force"],
    ],
    noEntities: ["Seri Haji Shahril Anwar", "Seri Shahril Anwar"],
  },
  {
    label:
      "honorific phrases ending in 'Utama' or 'Panglima' are stripped from the name, and a country's official long name is the country",
    text: "Indonesian Defence Minister Datuk Seri Utama Budi Santoso met the envoys. The Ambassador of Indonesia to Brunei Darussalam, Dato’ Paduka Seri Sujatmiko, presented his credentials.",
    gives: [
      ["Budi Santoso", "affiliated_with", "Indonesia"],
      ["Sujatmiko", "affiliated_with", "Indonesia"],
    ],
    notGives: [["Sujatmiko", "affiliated_with", "Brunei"]],
    noEntities: ["Utama Budi Santoso", "Darussalam", "Paduka Seri Sujatmiko"],
  },
  // ---- an organization set off as a part of another
  {
    label: "an organization, a subsidiary or unit of another, belongs to it",
    text: "French firm Armaris, a subsidiary of France's Thales group, lobbied for the sale, and Naval Group, a unit of Thales, said the deal was done.",
    gives: [
      ["Armaris", "affiliated_with", "Thales"],
      ["Naval Group", "affiliated_with", "Thales"],
    ],
  },
  {
    label: "a part-of noun naming no organization after 'of' gives no affiliation",
    text: "Rostec, a member of the board, met Rosoboronexport on Monday.",
    notGives: [["Rostec", "affiliated_with", "Rosoboronexport"]],
  },
  {
    label: "the member companies of a joint venture set off by brackets or commas belong to it",
    text: "MBDA (a joint venture of Airbus, BAE Systems and Leonardo) signed a contract with Poland. KNDS, a consortium comprising Nexter and KMW, delivered 12 tanks to Croatia.",
    gives: [
      ["Airbus", "affiliated_with", "MBDA"],
      ["BAE Systems", "affiliated_with", "MBDA"],
      ["Leonardo", "affiliated_with", "MBDA"],
      ["Nexter", "affiliated_with", "KNDS"],
      ["Krauss-Maffei Wegmann", "affiliated_with", "KNDS"],
    ],
  },
  {
    label: "a partner named in an organization's appositive is no member of it",
    text: "Thales, a partner of Naval Group, said the deal with Brazil was signed.",
    entities: ["Thales", "Naval Group"],
    notGives: [
      ["Naval Group", "affiliated_with", "Thales"],
      ["Thales", "affiliated_with", "Naval Group"],
    ],
  },
  // ---- an office set off before a name, and offices "of" a body
  // ---- a body or country, title words and ranks running into the name
  {
    label:
      "a body or a country's possessive, title words with 'of' and abbreviated ranks before a name: the holder serves the body and its country, or the country",
    text: "The Danish Navy's Chief of Staff Vice Adm. Erik Lund met the minister. Peru's Army Chief of Staff Vice Adm. Luis Rojas arrived on Monday.",
    gives: [
      ["Erik Lund", "affiliated_with", "Danish Navy"],
      ["Erik Lund", "affiliated_with", "Denmark"],
      ["Luis Rojas", "affiliated_with", "Peru"],
    ],
  },
  {
    label:
      "an office's acronym in brackets between its title words and 'of' the body: the holder set off after it serves the body",
    text: "The Chief of Naval Staff (CNS) of the Ghana Navy, Rear Admiral Issah Yakubu, visited Lagos. The Chief of the Army Staff (COAS) of the Zambia Army, Lieutenant General Dennis Sitali, met the minister.",
    gives: [
      ["Issah Yakubu", "affiliated_with", "Ghana Navy"],
      ["Issah Yakubu", "affiliated_with", "Ghana"],
      ["Dennis Sitali", "affiliated_with", "Zambia Army"],
    ],
  },
  {
    label: "a verb between the body and the title words: the holder is not the body's",
    text: "The Danish Navy hosted Chief of Staff Vice Adm. Erik Lund in Aarhus.",
    notGives: [["Erik Lund", "affiliated_with", "Danish Navy"]],
  },
  // ---- a possessive owner, adjectives or a short common portfolio, then the name after a comma
  {
    label:
      "a possessive owner, a lower-case adjective or a portfolio in common nouns, then the name after a comma: the holder serves the owner",
    text: "China's foreign minister met Peru's new defence minister, Luis Vera, in Lima. NATO's director of operations, Maj. Gen. Carl Brant, attended.",
    gives: [
      ["Luis Vera", "affiliated_with", "Peru"],
      ["Carl Brant", "affiliated_with", "NATO"],
    ],
    notGives: [["Luis Vera", "affiliated_with", "China"]],
  },
  {
    label:
      "a country's possessive, a title with its acronym in brackets, a comma, ranks and the name: the holder serves the country",
    text: "Ghana's Chief of Naval Staff (CNS), Rear Admiral Kofi Mensah, visited the base in Takoradi.",
    gives: [["Kofi Mensah", "affiliated_with", "Ghana"]],
  },
  {
    label: "'PM' is a title: a demonym or a country's possessive before it names the holder's country",
    text: "Chilean President Gabriel Rojas and Peruvian PM Alberto Vera spoke on Monday. Later Kenya's PM Samuel Otieno met them.",
    gives: [
      ["Alberto Vera", "affiliated_with", "Peru"],
      ["Samuel Otieno", "affiliated_with", "Kenya"],
    ],
    notGives: [["Alberto Vera", "affiliated_with", "Chile"]],
  },
  {
    label:
      "a title with its portfolio, then 'of' a country, runs straight into the name: the name is a person's, who serves the country",
    text: "Minister for Foreign Affairs of Chile Ana Morales met Minister of Defence of Peru Luis Castaneda in Lima.",
    gives: [
      ["Ana Morales", "affiliated_with", "Chile"],
      ["Luis Castaneda", "affiliated_with", "Peru"],
    ],
    notGives: [["Ana Morales", "affiliated_with", "Peru"]],
  },
  {
    label:
      "a listed body whose name opens with a country's name belongs to that country, and no other country of the sentence",
    text: "Pakistan Ordnance Factories sold artillery shells to Nigeria, and Israel Shipyards built two patrol boats for Cyprus.",
    gives: [
      ["Pakistan Ordnance Factories", "affiliated_with", "Pakistan"],
      ["Israel Shipyards", "affiliated_with", "Israel"],
    ],
    notGives: [
      ["Pakistan Ordnance Factories", "affiliated_with", "Nigeria"],
      ["Israel Shipyards", "affiliated_with", "Cyprus"],
    ],
  },
  {
    label:
      "a bare service word opening a title before a name, in a text naming one country's service of that name: the holder serves it",
    text: "The Ghana Navy received the patrol boat on Monday. Navy Commander Rear Admiral Kofi Mensah thanked Italy for the gift.",
    gives: [["Kofi Mensah", "affiliated_with", "Ghana Navy"]],
  },
  {
    label:
      "a bare service title before a name whose holder the text ties to another country: not the one service named",
    text: "Peru's Army Chief General Luis Vera met the Chilean Army's commander in Lima. Army Chief General Luis Vera said the talks went well.",
    notGives: [["Luis Vera", "affiliated_with", "Chilean Army"]],
  },
  {
    label:
      "a past or passing mark opening a sentence before a service word and a title is part of the title, not a body's name",
    text: "Former Army Chief General Samuel Otieno said the plan had failed. Outgoing Navy Commander Vice Admiral Luis Vera met the president.",
    entities: ["Samuel Otieno", "Luis Vera"],
    noEntities: ["Former Army", "Outgoing Navy"],
  },
  {
    label:
      "a country's acronym before a body whose name ends with a body's head, or a listed alias spelled with it, ties the body to the country",
    text: "A report said the US Federal Bureau of Investigation had tracked the shipment, and the U.S. Congress approved the sale.",
    gives: [
      ["Federal Bureau of Investigation", "affiliated_with", "United States"],
      ["U.S. Congress", "affiliated_with", "United States"],
    ],
  },
  {
    label: "a country's acronym before a listed group with no body's head: no tie",
    text: "The US Taliban talks in Doha ended on Monday, the Taliban said.",
    notGives: [["Taliban", "affiliated_with", "United States"]],
  },
  {
    label: "a country's customary acronym (BiH) before a title or a body names the country",
    text: "The BiH Minister of Security Nenad Nesic said the border was safe. The BiH Ministry of Defence announced the purchase of ten helicopters.",
    gives: [
      ["Nenad Nesic", "affiliated_with", "Bosnia and Herzegovina"],
      ["BiH Ministry of Defence", "affiliated_with", "Bosnia and Herzegovina"],
    ],
  },
  // ---- members listed after a plural group of people that a country qualifies
  {
    label:
      "persons listed after 'including' or 'included' that follow a group of people a demonym or a country's possessive qualifies serve that country",
    text: "Senior Kenyan army officers who attended the parade included Lieutenant General Paul Mwangi (1985 graduate), Brigadier Samuel Otieno and Colonel Ann Wanjiru. Peru's diplomats, including Ambassador Luis Castro, left Santiago.",
    gives: [
      ["Paul Mwangi", "affiliated_with", "Kenya"],
      ["Samuel Otieno", "affiliated_with", "Kenya"],
      ["Ann Wanjiru", "affiliated_with", "Kenya"],
      ["Luis Castro", "affiliated_with", "Peru"],
    ],
  },
  {
    label:
      "a listed member whose own title names another country, or whom the text goes on to describe by another title, is not the group's",
    text: "Kenyan officials including US Ambassador Mark Brown and General Paul Mwangi attended. Ghanaian officials including President Kofi Mensah and Lee Joon-ho, head of Hanwha Ocean's ship business, watched the launch.",
    gives: [["Paul Mwangi", "affiliated_with", "Kenya"]],
    notGives: [
      ["Mark Brown", "affiliated_with", "Kenya"],
      ["Lee Joon-ho", "affiliated_with", "Ghana"],
    ],
  },
  // ---- a fronted "Led by its <title>, X," before the body
  {
    label:
      "a fronted participle of leading with 'its' and a title: the person serves the body after his comma",
    text: "Led by its chairman, Omar Haddad, the Arab League mission arrived in Tripoli.",
    gives: [["Omar Haddad", "affiliated_with", "Arab League"]],
  },
  {
    label: "a fronted participle of leading, the body not right after the person's comma: no tie",
    text: "Led by its chairman, Omar Haddad, the team met officials of the Arab League.",
    notGives: [["Omar Haddad", "affiliated_with", "Arab League"]],
  },
  // ---- a role "working with" a body
  {
    label: "a role working with or for a body, set off after a person, ties the person to it",
    text: "Clara Voss, a special rapporteur working with the United Nations, said the arms came from Russia. Omar Haddad, a researcher working for Amnesty International, said the drones were Iranian.",
    gives: [
      ["Clara Voss", "affiliated_with", "United Nations"],
      ["Omar Haddad", "affiliated_with", "Amnesty International"],
    ],
  },
  {
    label: "a person working with people, not a body, is tied to no one",
    text: "Clara Voss, a nurse working with Ukrainian refugees, met Omar Haddad of Amnesty International.",
    notGives: [["Clara Voss", "affiliated_with", "Amnesty International"]],
  },
  // ---- "as" and a title after a noun or verb of holding office
  {
    label: "congratulated on his appointment as a demonym's minister: the appointee serves the country",
    text: "Ambassador Ali Demir congratulated Minister B.Bat, for his appointment as Mongolian Defense Minister.",
    gives: [["B.Bat", "affiliated_with", "Mongolia"]],
    notGives: [["Ali Demir", "affiliated_with", "Mongolia"]],
  },
  {
    label: "a person's possessive appointment as a country's possessive title",
    text: "The ambassador welcomed John Smith's appointment as Kenya's new army chief.",
    gives: [["John Smith", "affiliated_with", "Kenya"]],
  },
  {
    label:
      "a passive appointment, an active one with the appointee as object, and serving as: the holder serves the body and its country",
    text: "Peter Okello was appointed as Ugandan Defence Minister in May. The president named Paul Kagwa as Chief of the Kenya Defence Forces. Mary Njeri serves as the Commander of the Ghana Navy.",
    gives: [
      ["Peter Okello", "affiliated_with", "Uganda"],
      ["Paul Kagwa", "affiliated_with", "Kenya Defence Forces"],
      ["Paul Kagwa", "affiliated_with", "Kenya"],
      ["Mary Njeri", "affiliated_with", "Ghana Navy"],
    ],
  },
  {
    label: "a negated, expected or possible appointment holds no office",
    text: "Peter Okello was not appointed as Defence Minister of Kenya. Paul Kagwa is expected to be appointed as Ugandan Defence Minister. Critics attacked his possible appointment as Chief of the Ghana Navy, Mary Njeri said.",
    notGives: [
      ["Peter Okello", "affiliated_with", "Kenya"],
      ["Paul Kagwa", "affiliated_with", "Uganda"],
      ["Mary Njeri", "affiliated_with", "Ghana Navy"],
    ],
  },
  {
    label: "a title after 'as' that runs into another person's name is that person's",
    text: "Peter Okello served as a deputy to Russian Defence Minister Sergei Shoigu.",
    gives: [["Sergei Shoigu", "affiliated_with", "Russia"]],
    notGives: [["Peter Okello", "affiliated_with", "Russia"]],
  },
  {
    label: "an appointment 'as' an ambassador posted to a country names no country of the holder",
    text: "Peter Okello criticised his appointment as ambassador to Kenya.",
    notGives: [["Peter Okello", "affiliated_with", "Kenya"]],
  },
  // ---- an unnamed voice of a country, named in the next sentence (named-voices.ts)
  {
    label:
      "an indefinite government spokesperson of a country, then a name with a spokesperson's title opening the next sentence",
    text: "A Russian government spokesperson on Monday voiced firm opposition to the sale. Maria Ivanova, a spokesperson for the Office of the President, urged the buyers to stop.",
    gives: [
      ["Maria Ivanova", "affiliated_with", "Office of the President"],
      ["Maria Ivanova", "affiliated_with", "Russia"],
    ],
  },
  {
    label: "a name with a title of another kind after an unnamed spokesperson is not the spokesperson",
    text: "A Chinese government spokesperson on Wednesday voiced firm opposition to the sale. Li Wei, the commander of the navy, said the ships were ready.",
    entities: ["Li Wei"],
    notGives: [["Li Wei", "affiliated_with", "China"]],
  },
  {
    label: "a spokesperson whose own title names another country is not the unnamed voice's",
    text: "A Chinese government spokesperson on Wednesday voiced firm opposition to the sale. Li Wei, the spokesperson of the Russian Embassy, said Moscow agreed.",
    gives: [["Li Wei", "affiliated_with", "Russia"]],
    notGives: [["Li Wei", "affiliated_with", "China"]],
  },
  {
    label: "a spokesperson two sentences after an unnamed one is not introduced by it",
    text: "A Chinese government spokesperson said the sale was wrong. The talks ended. Zhang Min, a spokesperson for the Office of the President, said so.",
    notGives: [["Zhang Min", "affiliated_with", "China"]],
  },
  // ---- titles in a relative clause after a person
  {
    label: "titles in a relative clause with 'is also': each title of the list ties the person",
    text: "Nguyen Tan Dung, who is also a party member and Deputy Chairman of the National Defence Council, praised the deal.",
    gives: [["Nguyen Tan Dung", "affiliated_with", "National Defence Council"]],
  },
  {
    label: "a relative clause with 'served as' a title of a body",
    text: "Paul Renner, who previously served as spokesman of the European Commission, said the jets had arrived.",
    gives: [["Paul Renner", "affiliated_with", "European Commission"]],
  },
  {
    label: "a relative clause telling of kin or criticism of a body ties no one to it",
    text: "Ivan Petrov, who is the son of the President of Kazakhstan, was arrested. Olga Sokol, who was a critic of the European Commission, left Astana.",
    notGives: [
      ["Ivan Petrov", "affiliated_with", "Kazakhstan"],
      ["Olga Sokol", "affiliated_with", "European Commission"],
    ],
  },
  // ---- a minister and the ministry of the portfolio that the text names
  {
    label:
      "a minister of unknown country who meets another country's envoy is not the minister of that country's ministry",
    text: "Defence Minister Peter Okello met Kim Min-jun, Ambassador of South Korea to Uganda, on Monday. Okello thanked the South Korean Ministry of National Defense for its aid.",
    notGives: [["Peter Okello", "affiliated_with", "South Korean Ministry of National Defense"]],
  },
  {
    label:
      "a minister of unknown country who meets a foreign envoy still serves the only ministry of his portfolio of another country",
    text: "Defence Minister Peter Okello met the Chinese Ambassador Li Wei on Monday. The Ugandan Ministry of Defence said the talks went well.",
    gives: [["Peter Okello", "affiliated_with", "Ugandan Ministry of Defence"]],
  },
  {
    label: "a minister serves the ministry of his portfolio that the text names, of the same country",
    text: "The Moroccan Ministry of Defence received the trucks on Monday. Moroccan Defence Minister Karim Bennani thanked Spain.",
    gives: [["Karim Bennani", "affiliated_with", "Moroccan Ministry of Defence"]],
  },
  {
    label: "the only minister of a portfolio and the only such ministry, its country unnamed",
    text: "The donation was handed over at a ceremony at the Ministry of Defense. Peru's Minister of Defense, General Walter Astudillo, thanked the donors.",
    gives: [["Walter Astudillo", "affiliated_with", "Ministry of Defense"]],
  },
  {
    label: "a minister and another country's ministry of the same portfolio: no tie",
    text: "The Moroccan Ministry of Defence received the trucks. Spanish Defence Minister Lucia Ortega attended the ceremony.",
    notGives: [["Lucia Ortega", "affiliated_with", "Moroccan Ministry of Defence"]],
  },
  {
    label: "a minister who meets a counterpart at a ministry of unnamed country: no tie",
    text: "Chilean Foreign Minister Ana Rojas went to meet her counterpart Pablo Ibarra at the Foreign Ministry on Monday.",
    notGives: [["Ana Rojas", "affiliated_with", "Foreign Ministry"]],
  },
  {
    label:
      "a minister's possessive title set off before his name, the ministry spelled 'Defense Ministry' elsewhere",
    text: "Ghana's Minister of Defence, Dominic Nitiwul, received the vehicles at a ceremony. The Ghanaian Defense Ministry said the trucks would go to the northern border.",
    gives: [["Dominic Nitiwul", "affiliated_with", "Ghanaian Defense Ministry"]],
  },
  {
    label:
      "a first deputy minister whose second title names his country's army serves the ministry beside the minister",
    text: "Armenian Defence Minister Arman Sargsyan opened the talks. First Deputy Minister of Defence – Chief of the General Staff of the Armenian Armed Forces, Lieutenant General Edvard Asryan met the guests. Armenia's Defence Ministry said the talks were useful.",
    gives: [
      ["Arman Sargsyan", "affiliated_with", "Armenian Defence Ministry"],
      ["Edvard Asryan", "affiliated_with", "Armenian Defence Ministry"],
    ],
  },
  {
    label:
      "coordinated subjects each with a title set off after the name: each serves his own country, the named ministry only its own minister",
    text: "On June 2, Hanno Pevkur, Minister of Defence of Estonia, and Pal Jonson, Minister of Defence of Sweden, met in Tallinn. Estonia's Ministry of Defence said the two discussed air defence.",
    gives: [
      ["Hanno Pevkur", "affiliated_with", "Estonia"],
      ["Pal Jonson", "affiliated_with", "Sweden"],
      ["Hanno Pevkur", "affiliated_with", "Estonian Ministry of Defence"],
    ],
    notGives: [
      ["Pal Jonson", "affiliated_with", "Estonian Ministry of Defence"],
      ["Pal Jonson", "affiliated_with", "Estonia"],
      ["Hanno Pevkur", "affiliated_with", "Sweden"],
    ],
  },
  {
    label: "a deputy minister of another country than the ministry named: no tie",
    text: "Polish Deputy Defence Minister Pawel Bejda met Lithuanian Defence Minister Laurynas Kasciunas in Vilnius. The Polish Defence Ministry said the two discussed air defence.",
    gives: [["Pawel Bejda", "affiliated_with", "Polish Defence Ministry"]],
    notGives: [["Laurynas Kasciunas", "affiliated_with", "Polish Defence Ministry"]],
  },
  {
    label: "a former minister no longer serves the ministry",
    text: "Former Defence Minister John Carter criticised the Kenyan Ministry of Defence on Monday. Kenyan Defence Minister Aden Duale said the trucks had arrived.",
    gives: [["Aden Duale", "affiliated_with", "Kenyan Ministry of Defence"]],
    notGives: [["John Carter", "affiliated_with", "Kenyan Ministry of Defence"]],
  },
  {
    label:
      "titles set off after names in a list: each is the name's before it, a ministry only its minister's",
    text: "The president met John Smith, Minister of Defence, Peter Jones, Minister of Foreign Affairs, and Paul Brown, Minister of Finance. The Ministry of Foreign Affairs said the talks went well.",
    gives: [["Peter Jones", "affiliated_with", "Ministry of Foreign Affairs"]],
    notGives: [
      ["John Smith", "affiliated_with", "Ministry of Foreign Affairs"],
      ["Paul Brown", "affiliated_with", "Ministry of Foreign Affairs"],
    ],
  },
  {
    label: "titles set off before names in a list: each is the name's after it",
    text: "The president met Minister of Defence, John Smith, Minister of Foreign Affairs, Peter Jones, and Minister of Finance, Paul Brown. The Ministry of Foreign Affairs said the talks went well.",
    gives: [["Peter Jones", "affiliated_with", "Ministry of Foreign Affairs"]],
    notGives: [
      ["John Smith", "affiliated_with", "Ministry of Foreign Affairs"],
      ["Paul Brown", "affiliated_with", "Ministry of Foreign Affairs"],
    ],
  },
  {
    label: "a 'Minister for' title serves the ministry of that portfolio named elsewhere",
    text: "Fiji's Minister for Defence, Pio Tikoduadua, thanked Australia. Fiji's Ministry of Defence said the boats had arrived.",
    gives: [["Pio Tikoduadua", "affiliated_with", "Fijian Ministry of Defence"]],
  },
  {
    label: "a minister speaking at another country's ministry, named by its capital: no tie",
    text: "Speaking at the Ministry of Foreign Affairs in Hanoi, the Australian Minister of Foreign Affairs, Penny Wong, said the talks were useful.",
    gives: [["Penny Wong", "affiliated_with", "Australia"]],
    notGives: [["Penny Wong", "affiliated_with", "Ministry of Foreign Affairs"]],
  },
  // ---- a body named with another organization's acronym in front
  {
    label: "a body whose name opens with the acronym of an organization the text names is part of it",
    text: "The U.N. General Assembly condemned the strikes on Monday, and the UN Security Council will meet on Friday. The United Nations said aid would resume.",
    gives: [
      ["U.N. General Assembly", "affiliated_with", "United Nations"],
      ["UN Security Council", "affiliated_with", "United Nations"],
    ],
  },
  {
    label: "a country's acronym before a body's name ties it to no organization",
    text: "The UAE Armed Forces received the trucks, the United Nations said.",
    entities: ["UAE Armed Forces", "United Nations"],
    notGives: [["UAE Armed Forces", "affiliated_with", "United Nations"]],
  },
  // ---- a mission's head and the embassy or high commission that the text names
  {
    label: "a high commissioner serves his country's high commission named in another sentence",
    text: "The Australian High Commissioner in Suva, Ewen McDonald, handed over the boats to the Republic of Fiji Navy. The Australian High Commission said the boats would patrol Fiji's waters.",
    gives: [["Ewen McDonald", "affiliated_with", "Australian High Commission"]],
    notGives: [["Ewen McDonald", "affiliated_with", "Republic of Fiji Navy"]],
  },
  {
    label: "an ambassador serves his country's embassy in the capital of the country he is posted to",
    text: "Japanese Ambassador to Kenya Ken Okaniwa attended the ceremony. The Japanese Embassy in Nairobi said the equipment was delivered on Monday.",
    gives: [["Ken Okaniwa", "affiliated_with", "Japanese Embassy"]],
  },
  {
    label: "an ambassador and the embassy of the country he is posted to: no tie",
    text: "The Chinese Ambassador to Cameroon, Wang Wei, signed the protocol. The Cameroonian Embassy in Beijing said the aid was welcome.",
    gives: [["Wang Wei", "affiliated_with", "China"]],
    notGives: [
      ["Wang Wei", "affiliated_with", "Cameroonian Embassy"],
      ["Wang Wei", "affiliated_with", "Cameroon"],
    ],
  },
  {
    label: "an ambassador and his country's embassy in another capital: no tie",
    text: "US Ambassador to Ghana Robert Miller attended the ceremony. The US Embassy in Abuja said the equipment was delivered on Monday.",
    notGives: [["Robert Miller", "affiliated_with", "US Embassy"]],
  },
  {
    label: "two ministers of one portfolio and a ministry of unnamed country: no tie",
    text: "Chilean Defence Minister Ana Rojas met Argentine Defence Minister Luis Petri in Santiago. The Ministry of Defence said the talks went well.",
    notGives: [
      ["Ana Rojas", "affiliated_with", "Ministry of Defence"],
      ["Luis Petri", "affiliated_with", "Ministry of Defence"],
    ],
  },
  {
    label:
      "a country's possessive before an office set off before a name: the person serves the country and the body",
    text: "The visitors met Kenya's Chief of the Defence Forces Planning Directorate, Lieutenant General Peter Njiru.",
    gives: [["Peter Njiru", "affiliated_with", "Kenya"]],
  },
  {
    label:
      "a country's possessive before an office set off before a name, a second country elsewhere: only the owner",
    text: "Austria's Secretary of the National Security Council, Hannes Berger, met Slovakia's envoy.",
    gives: [["Hannes Berger", "affiliated_with", "Austria"]],
    notGives: [["Hannes Berger", "affiliated_with", "Slovakia"]],
  },
  {
    label: "an office of an air force, set off before the name, opening the sentence",
    text: "Commander of the Sri Lanka Air Force, Air Marshal Sudarshana Pathirana also was present at the meeting.",
    gives: [["Sudarshana Pathirana", "affiliated_with", "Sri Lanka Air Force"]],
  },
  {
    label: "an office after led by, set off before a name with a rank",
    text: "A US delegation led by the Commander of the US Pacific Air Forces, General Kenneth S. Wilsbach, had talks in Colombo.",
    gives: [["Kenneth S. Wilsbach", "affiliated_with", "US Pacific Air Forces"]],
  },
  {
    label: "the chief of a staff of an air force: the air force, past the staff and the ranks",
    text: "The jets arrived alongside the chief of the General Staff of the Peruvian Air Force, Lt. Gen. Carlos Chavez, and a delegation.",
    gives: [["Carlos Chavez", "affiliated_with", "Peruvian Air Force"]],
  },
  {
    label: "a posting after the title: the ambassador's country, not the host",
    text: "Bangladesh summoned the Indian High Commissioner to the country, Michael Lewis, on Monday.",
    gives: [["Michael Lewis", "affiliated_with", "India"]],
    notGives: [["Michael Lewis", "affiliated_with", "Bangladesh"]],
  },
  {
    label: "an office in an object before the speaker of a report is not the speaker's",
    text: "Erdogan praised the leader of the Iranian delegation, Hakan Fidan said on Monday.",
    notGives: [["Hakan Fidan", "affiliated_with", "Iran"]],
  },
  {
    label: "an adviser to the president of a country serves the country",
    text: "Ahmad Karimi, foreign policy adviser to the President of Tajikistan, said the border was calm.",
    gives: [["Ahmad Karimi", "affiliated_with", "Tajikistan"]],
  },
  {
    label: "chief of naval staff of a navy: the navy",
    text: "Admiral Naveed Ashraf, chief of naval staff of the Pakistan Navy, attended the ceremony in Karachi.",
    gives: [["Naveed Ashraf", "affiliated_with", "Pakistan Navy"]],
  },
  {
    label: "a rear admiral with a demonym",
    text: "Chilean Rear Admiral Pablo Niemann said the ship had arrived.",
    gives: [["Pablo Niemann", "affiliated_with", "Chile"]],
  },
  {
    label: "abbreviated ranks after a demonym, with or without their stop, joined by a hyphen or in capitals",
    text: "Kenyan Lt. Gen. Peter Njiru received the trucks. Ghanaian Brig.-Gen. Kwame Asante inspected them. Indian Adm. Dinesh Tripathi met his counterpart. Sri Lankan Cdr Nuwan Perera received the boat. Filipino Cmdr. Ariel Coloma said the ships were blocked.",
    gives: [
      ["Peter Njiru", "affiliated_with", "Kenya"],
      ["Kwame Asante", "affiliated_with", "Ghana"],
      ["Dinesh Tripathi", "affiliated_with", "India"],
      ["Nuwan Perera", "affiliated_with", "Sri Lanka"],
      ["Ariel Coloma", "affiliated_with", "Philippines"],
    ],
  },
  {
    label:
      "rank acronyms before a name ('LTG', 'RADM', 'VADM', 'ACM', 'AVM', 'Sqn Ldr', 'Air Cdre') are titles, no part of the name",
    text: "Nigerian Army chief LTG Olufemi Oluyede met officials in Accra. US Navy RADM Brian Davies met Japanese officers. Nigerian AVM Ibikunle Daramola spoke. British Sqn Ldr James Hart flew the jet. Nigerian Air Cdre Edward Gabkwet said the jets arrived.",
    gives: [
      ["Olufemi Oluyede", "affiliated_with", "Nigeria"],
      ["Brian Davies", "affiliated_with", "United States"],
      ["Ibikunle Daramola", "affiliated_with", "Nigeria"],
      ["James Hart", "affiliated_with", "United Kingdom"],
      ["Edward Gabkwet", "affiliated_with", "Nigeria"],
    ],
    noEntities: ["LTG Olufemi Oluyede", "RADM Brian Davies", "AVM Ibikunle Daramola"],
  },
  {
    label: "'Gen' that opens a generation's name is no rank",
    text: "The Gen Z protesters met Kenyan President William Ruto in Nairobi.",
    gives: [["William Ruto", "affiliated_with", "Kenya"]],
    noEntities: ["Z"],
  },
  // ---- a demonym or short name several countries share: the one the document names
  {
    label: "a demonym two countries share is the one the document names by its name or capital",
    text: "Kinshasa received two attack drones from Turkey. Congolese army spokesman General Sylvain Ekenge thanked Ankara. Brazzaville hosted regional talks, and its neighbour's minister stayed away. Dominica signed a maritime accord with France, and Dominican Prime Minister Roosevelt Skerrit welcomed it.",
    gives: [
      ["Sylvain Ekenge", "affiliated_with", "Democratic Republic of the Congo"],
      ["Roosevelt Skerrit", "affiliated_with", "Dominica"],
    ],
    notGives: [["Sylvain Ekenge", "affiliated_with", "Republic of the Congo"]],
    noEntities: ["Dominican Republic"],
  },
  {
    label: "a shared demonym in a document that names only the other candidate is that country's",
    text: "The Republic of the Congo signed a defence pact with China. Congolese Defence Minister Charles Bowao attended the ceremony.",
    gives: [["Charles Bowao", "affiliated_with", "Republic of the Congo"]],
    noEntities: ["Democratic Republic of the Congo"],
  },
  {
    label:
      "a shared demonym before a body's name: the body and its holder belong to the country the document names",
    text: "Santo Domingo bought six Super Tucano aircraft from Brazil. Dominican Air Force commander General Leonel Muñoz said the planes will fight drug flights.",
    gives: [
      ["Dominican Air Force", "affiliated_with", "Dominican Republic"],
      ["Leonel Muñoz", "affiliated_with", "Dominican Republic"],
    ],
    noEntities: ["Dominica"],
  },
  {
    label: "'Korean' alone is the Korea the document names",
    text: "North Korea test-fired a cruise missile on Tuesday. Korean army chief Ri Yong Gil oversaw the launch.",
    gives: [["Ri Yong Gil", "affiliated_with", "North Korea"]],
    noEntities: ["South Korea"],
  },
  {
    label: "'Korean' with no Korea named is South Korea's",
    text: "The Korean Ambassador to Poland, Lim Hoon-min, said the submarine had been delivered to Warsaw.",
    gives: [["Lim Hoon-min", "affiliated_with", "South Korea"]],
  },
  {
    label:
      "a two-word demonym ('Equatorial Guinean', 'Bissau-Guinean', 'Turkish Cypriot') names its own country, not the shorter one's",
    text: "Equatorial Guinean Defence Minister Victor Nsue Nchama met Chinese officials. Bissau-Guinean President Umaro Sissoco Embalo met Senegal's President Macky Sall. Turkish Cypriot leader Ersin Tatar met Greek Cypriot leader Nikos Christodoulides.",
    gives: [
      ["Victor Nsue Nchama", "affiliated_with", "Equatorial Guinea"],
      ["Umaro Sissoco Embalo", "affiliated_with", "Guinea-Bissau"],
      ["Ersin Tatar", "affiliated_with", "Northern Cyprus"],
      ["Nikos Christodoulides", "affiliated_with", "Cyprus"],
    ],
    noEntities: ["Guinea", "Turkey", "Greece"],
  },
  {
    label:
      "a demonym of one country only stays that country's beside a shared one ('Chinese' in an article on Taiwan)",
    text: "Chinese warplanes flew near Taiwan on Monday, and Taiwanese Defence Minister Wellington Koo said Chinese Defence Minister Dong Jun was testing the island.",
    gives: [
      ["Wellington Koo", "affiliated_with", "Taiwan"],
      ["Dong Jun", "affiliated_with", "China"],
    ],
    notGives: [["Wellington Koo", "affiliated_with", "China"]],
  },
  // ---- a body "of" a country
  {
    label: "a ministry of a country is that country's ministry",
    text: "The Ministry of Foreign Affairs of Moldova said a Russian missile had fallen near the border.",
    entities: ["Ministry of Foreign Affairs of Moldova", "Ministry of Foreign Affairs"],
    gives: [["Ministry of Foreign Affairs of Moldova", "affiliated_with", "Moldova"]],
  },
  {
    label: "a firm with its acronym, then of a country",
    text: "The trainer was built by Korea Aerospace Industries (KAI) of South Korea and sold to Poland.",
    gives: [["Korea Aerospace Industries", "affiliated_with", "South Korea"]],
    notGives: [["Korea Aerospace Industries", "affiliated_with", "Poland"]],
  },
  {
    label: "an embassy of a country in a capital is not the host country's",
    text: "The Embassy of Israel in Nicosia said Cyprus had detained two men.",
    gives: [["Embassy of Israel", "affiliated_with", "Israel"]],
    notGives: [["Embassy of Israel", "affiliated_with", "Cyprus"]],
  },
  // ---- hyphenated titles
  {
    label: "a hyphenated title before a name carries the organization",
    text: "IAEA Director-General Mariano Grossi said on Monday that Iran had enriched uranium.",
    gives: [["Mariano Grossi", "affiliated_with", "IAEA"]],
    noEntities: ["-General", "General"],
  },
  // ---- verbs of leading
  {
    label: "who leads: a relative clause ties the person to the body",
    text: "Kaja Kallas, who leads the European External Action Service, said Russia had attacked.",
    gives: [["Kaja Kallas", "affiliated_with", "European External Action Service"]],
  },
  {
    label: "who is the head of: a relative clause with a title",
    text: "Hakan Fidan, who is the head of Turkey's National Intelligence Organisation, spoke in Ankara.",
    gives: [["Hakan Fidan", "affiliated_with", "National Intelligence Organisation"]],
  },
  {
    label: "led by: a participle after the body, past a title",
    text: "Ghana, led by President John Mahama, bought patrol boats from Spain.",
    gives: [["John Mahama", "affiliated_with", "Ghana"]],
    notGives: [["John Mahama", "affiliated_with", "Spain"]],
  },
  {
    label:
      "led by after a body and the place it sits in: the leader belongs to the body and its country, not the place",
    text: "The minister received a delegation of the Japanese Embassy in Thailand led by Ambassador Kenji Sato. The Russian Embassy, headed by Ambassador Oleg Petrov, issued a statement.",
    gives: [
      ["Kenji Sato", "affiliated_with", "Japanese Embassy"],
      ["Kenji Sato", "affiliated_with", "Japan"],
      ["Oleg Petrov", "affiliated_with", "Russian Embassy"],
      ["Oleg Petrov", "affiliated_with", "Russia"],
    ],
    notGives: [["Kenji Sato", "affiliated_with", "Thailand"]],
  },
  {
    label: "led by after a place named with 'in' and no body before it: no tie to the place",
    text: "The rebel forces in Syria led by Colonel Hassan Omar attacked the town near Aleppo.",
    entities: ["Hassan Omar", "Syria"],
    notGives: [["Hassan Omar", "affiliated_with", "Syria"]],
  },
  {
    label: "is headed by: a passive after an organization",
    text: "The Wagner Group is headed by Yevgeny Prigozhin.",
    gives: [["Yevgeny Prigozhin", "affiliated_with", "Wagner Group"]],
  },
  {
    label: "talks led by a person give no affiliation with a country named after them",
    text: "The talks were led by Jake Sullivan in Riyadh with Saudi Arabia.",
    notGives: [["Jake Sullivan", "affiliated_with", "Saudi Arabia"]],
  },
  // ---- a body named after "its"
  {
    label: "a body after 'its' belongs to the only country named before it in the sentence",
    text: "The Government of Canada, through its Department of National Defence, donated the aircraft to Peru.",
    gives: [["Department of National Defence", "affiliated_with", "Canada"]],
    notGives: [["Department of National Defence", "affiliated_with", "Peru"]],
  },
  {
    label: "a body after 'its' with two actors named before it is left unresolved",
    text: "Russia accused the United States of expanding its Rapid Reaction Force.",
    entities: ["Rapid Reaction Force"],
    notGives: [
      ["Rapid Reaction Force", "affiliated_with", "Russia"],
      ["Rapid Reaction Force", "affiliated_with", "United States"],
    ],
  },
  {
    label:
      "an office after 'its' and the person after it: the person holds the office of the only body or country named before 'its'",
    text: "The Kenya Defence Forces said its commander, General Robert Kibochi, would travel to Uganda. Saab has named its president and CEO, Micael Johansson, to the board. Poland sent its deputy defence minister, Pawel Bejda, to Seoul.",
    gives: [
      ["Robert Kibochi", "affiliated_with", "Kenya Defence Forces"],
      ["Micael Johansson", "affiliated_with", "Saab"],
      ["Pawel Bejda", "affiliated_with", "Poland"],
    ],
  },
  {
    label: "an office after 'its' with two actors named before it, or after a person, is left unresolved",
    text: "Kenya thanked Japan for its ambassador, Kenji Sato, and the aid. Rheinmetall told Airbus that its chief executive, Armin Papperger, would attend.",
    entities: ["Kenji Sato", "Kenya", "Japan", "Armin Papperger", "Rheinmetall", "Airbus"],
    notGives: [
      ["Kenji Sato", "affiliated_with", "Kenya"],
      ["Kenji Sato", "affiliated_with", "Japan"],
      ["Armin Papperger", "affiliated_with", "Airbus"],
      ["Armin Papperger", "affiliated_with", "Rheinmetall"],
    ],
  },
  // ---- a country inside an organization's name
  {
    label: "a demonym before Air Force names the country's air force",
    text: "The Hungarian Air Force will receive the jets next year.",
    entities: ["Hungarian Air Force"],
    gives: [["Hungarian Air Force", "affiliated_with", "Hungary"]],
  },
  {
    label: "a country name opening a body's name gives the body's country",
    text: "Ghana said the Ghana Armed Forces would take delivery of the boats, and Uganda agreed.",
    gives: [["Ghana Armed Forces", "affiliated_with", "Ghana"]],
    notGives: [["Ghana Armed Forces", "affiliated_with", "Uganda"]],
  },
  {
    label: "a news agency named after its country",
    text: "Kuwait reopened the border, the Kuwait News Agency reported.",
    gives: [["Kuwait News Agency", "affiliated_with", "Kuwait"]],
  },
  {
    label: "a listed body written with its country's short name in front belongs to that country",
    text: "The U.S. State Department approved the sale of radars to Chile by the United States, and the US Congress was notified on Friday.",
    gives: [
      ["U.S. State Department", "affiliated_with", "United States"],
      ["US Congress", "affiliated_with", "United States"],
    ],
  },
  {
    label: "a listed body named without its country is not tied to a country named elsewhere",
    text: "The State Department said the United States would ship the radars to Chile.",
    notGives: [["State Department", "affiliated_with", "United States"]],
  },
  {
    label: "a demonym before Embassy names that country's embassy",
    text: "The French Embassy in Senegal said Senegal had asked for help.",
    entities: ["French Embassy"],
    gives: [["French Embassy", "affiliated_with", "France"]],
    notGives: [["French Embassy", "affiliated_with", "Senegal"]],
  },
  {
    label: "his country's air force is the speaker's country's, not another's named earlier",
    text:
      "The Polish Air Force flew the jets. Norwegian Defence Minister Bjorn Arild Gram said the sale " +
      "is part of a renewal of his country's Air Force.",
    gives: [["Norwegian Air Force", "affiliated_with", "Norway"]],
    notGives: [["Polish Air Force", "affiliated_with", "Norway"]],
  },
  // ---- titles of postings abroad and coordinated titles
  {
    label: "an ambassador to a country serves the country before the title",
    text: "The British Ambassador to Peru Gavin Cook said the talks went well.",
    gives: [["Gavin Cook", "affiliated_with", "United Kingdom"]],
    notGives: [["Gavin Cook", "affiliated_with", "Peru"]],
  },
  {
    label: "a defence attaché to a country, with a rank before the name",
    text: "The French Defence Attaché to Chile Col. Marc Lefevre said the boats had arrived.",
    gives: [["Marc Lefevre", "affiliated_with", "France"]],
    notGives: [["Marc Lefevre", "affiliated_with", "Chile"]],
  },
  {
    label: "a country's president and a titled minister share the possessor",
    text: "Ecuador's President Daniel Noboa and Defense Minister Gian Carlo Loffredo attended the ceremony.",
    entities: ["Daniel Noboa", "Gian Carlo Loffredo"],
    gives: [
      ["Daniel Noboa", "affiliated_with", "Ecuador"],
      ["Gian Carlo Loffredo", "affiliated_with", "Ecuador"],
    ],
  },
  {
    label: "a claim whose subject is a pronoun is not about a place named in it",
    text: "Spanish envoy Luis Planas said it's the largest gift to any country in Asia.",
    entities: ["Luis Planas", "Asia"],
    notGives: [["Luis Planas", "assesses", "Asia"]],
  },
  // ---- assesses through condemning, criticising and rejecting reports
  {
    label: "condemned the decision by a country",
    text: "Iran condemned the decision by Canada to list the guards as a terrorist group.",
    gives: [["Iran", "assesses", "Canada"]],
  },
  {
    label: "slammed the sale of demonym-made arms",
    text: "Pakistan's Foreign Minister Ishaq Dar slammed the sale of French-made jets to India.",
    gives: [["Ishaq Dar", "assesses", "France"]],
  },
  {
    label: "criticised a country for something",
    text: "Sweden criticised Hungary for delaying the vote.",
    gives: [["Sweden", "assesses", "Hungary"]],
  },
  {
    label: "condemning an attack on a country is not about the victim",
    text: "Argentina condemned the attack on Israel.",
    entities: ["Argentina", "Israel"],
    notGives: [["Argentina", "assesses", "Israel"]],
  },
  {
    label: "rejecting a country's claims assesses the claimant",
    text: "Manila rejected Beijing's claims about the reef.",
    gives: [["Philippines", "assesses", "China"]],
  },
  {
    label: "denying a report by an outlet assesses the outlet",
    text: "Egypt denied the report by Bloomberg.",
    gives: [["Egypt", "assesses", "Bloomberg"]],
  },
  {
    label: "denying a sale is no assessment of the buyer",
    text: "Serbia denied the sale of mortars to Azerbaijan.",
    entities: ["Serbia", "Azerbaijan"],
    notGives: [["Serbia", "assesses", "Azerbaijan"]],
  },
  {
    label: "a claim about a possessed thing is about its owner",
    text: "Lithuania warned that Belarus's support for the regime was dangerous.",
    gives: [["Lithuania", "assesses", "Belarus"]],
  },
  {
    label: "an outlet wrote that",
    text: "The Financial Times wrote that Algeria had ordered Su-57 jets.",
    gives: [["Financial Times", "assesses", "Algeria"]],
  },
  {
    label: "a passive claim's 'to' after another verb is not the passive's recipient",
    text: "Foreign Minister Penny Wong said the talks were also held on questions relating to ASEAN and the Quad.",
    entities: ["Penny Wong", "ASEAN"],
    notGives: [["Penny Wong", "assesses", "ASEAN"]],
  },
  {
    label: "a judgement's predicate after 'as' names a victim, not the object's actor",
    text: "Egypt condemned the raids as a violation of Sudan's sovereignty. Spokesman Tamim Khallaf said Cairo condemned the strikes as an attack on Libya's unity.",
    entities: ["Egypt", "Sudan", "Tamim Khallaf", "Libya"],
    notGives: [
      ["Egypt", "assesses", "Sudan"],
      ["Egypt", "assesses", "Libya"],
      ["Tamim Khallaf", "assesses", "Libya"],
    ],
  },
  {
    label: "a stance held over time is a policy, not a stated judgement",
    text: "Lithuania has long opposed Belarus over the Astravets nuclear plant, and Norway has always opposed Iceland's whaling.",
    entities: ["Lithuania", "Belarus", "Norway", "Iceland"],
    notGives: [
      ["Lithuania", "assesses", "Belarus"],
      ["Norway", "assesses", "Iceland"],
    ],
  },
  {
    label: "a stance stated by a spokesperson is still a judgement of the object's actor",
    text: "Beijing firmly opposes the Japanese decision to deploy missiles, foreign ministry spokeswoman Mao Ning said.",
    gives: [["China", "assesses", "Japan"]],
  },
  // ---- organizations known by a descriptor noun, titled persons "of" a country
  {
    label: "a country's public broadcaster, named after the descriptor",
    text: "Chile will buy tanks, Spain's public broadcaster RTVE reported on Friday.",
    entities: ["RTVE"],
    gives: [
      ["RTVE", "affiliated_with", "Spain"],
      ["RTVE", "assesses", "Chile"],
    ],
  },
  {
    label: "a country's state-owned shipyard, named after the descriptor",
    text: "Navantia will help Egypt's state-owned shipyard ASRY build two frigates.",
    entities: ["ASRY"],
    gives: [["ASRY", "affiliated_with", "Egypt"]],
  },
  {
    label: "an exporter set off by a country's description",
    text: "The deal was signed by Ukroboronprom, Ukraine's state-owned arms manufacturer, in June.",
    gives: [["Ukroboronprom", "affiliated_with", "Ukraine"]],
  },
  {
    label: "a descriptor after another country's name does not cross to a later one",
    text: "Ghana's army met officials from Kosmos, a Texan energy firm, in Accra.",
    entities: ["Ghana", "Kosmos"],
    notGives: [["Kosmos", "affiliated_with", "Ghana"]],
  },
  {
    label: "a titled person of a country",
    text: "Emir Tamim bin Hamad received President Bola Tinubu of Nigeria in Doha.",
    gives: [["Bola Tinubu", "affiliated_with", "Nigeria"]],
  },
  {
    label: "a statement verb closed by a time phrase takes the claim before it",
    text: "Serbia has ordered Rafale jets, the Belgian daily Le Soir reported on Tuesday.",
    gives: [["Le Soir", "assesses", "Serbia"]],
  },
  // ---- the body a title phrase names: demonym-led names, adjectives, hyphenated titles, possessive bodies
  {
    label: "a ranked name 'of' an army named by its demonym belongs to the army",
    text: "General Ramon Ortiz of the Peruvian Army attended the handover.",
    gives: [["Ramon Ortiz", "affiliated_with", "Peruvian Army"]],
  },
  {
    label: "a hyphenated office of a royal air force, set off after the name",
    text: "The treaty was signed by Admiral Somchai Boonmee, chief-of-staff of the Royal Thai Air Force, on Monday.",
    gives: [["Somchai Boonmee", "affiliated_with", "Royal Thai Air Force"]],
  },
  {
    label: "a chargé d'affaires at an embassy serves the embassy",
    text: "The deal was praised by John Parker, chargé d’affaires at the U.S. Embassy in Nairobi, on Monday.",
    gives: [["John Parker", "affiliated_with", "U.S. Embassy"]],
  },
  {
    label: "a person who commands a body named after an adjective",
    text: "Rebels loyal to Joseph Kabila, who commands the paramilitary Republican Guard, took the town.",
    gives: [["Joseph Kabila", "affiliated_with", "Republican Guard"]],
  },
  {
    label:
      "a person who serves or sits on a body, in a relative clause (after the person's state) or as the verb's subject, holds a seat on it",
    text: "Senator Tim Kaine of Virginia, who serves on the Senate Armed Services Committee, said the deal was good. Congresswoman Jane Doe, who sits on the House Foreign Affairs Committee, visited Kyiv. Ana Ruiz also serves on the board of Lockheed Martin.",
    gives: [
      ["Tim Kaine", "affiliated_with", "Senate Armed Services Committee"],
      ["Jane Doe", "affiliated_with", "House Foreign Affairs Committee"],
      ["Ana Ruiz", "affiliated_with", "Lockheed Martin"],
    ],
  },
  {
    label: "a seat told in the past, or sitting on no body, gives no tie",
    text: "Maria Lopez, who served on the Senate Intelligence Committee until 2020, said the report was wrong. Tom Hill sits on the sidelines while the Pentagon decides.",
    entities: ["Maria Lopez", "Senate Intelligence Committee", "Tom Hill", "Pentagon"],
    notGives: [
      ["Maria Lopez", "affiliated_with", "Senate Intelligence Committee"],
      ["Tom Hill", "affiliated_with", "Pentagon"],
    ],
  },
  {
    label: "an office in another body's possessive belongs to that body",
    text: "The trucks, bought by the U.S. Embassy’s Office of Security Cooperation, arrived.",
    gives: [["Office of Security Cooperation", "affiliated_with", "U.S. Embassy"]],
  },
  {
    label: "a party's vice chairperson set off after the name",
    text: "This was in an NIS report, according to Kim Tae-ho, the Democratic Party’s vice chairperson on the National Assembly Defense Committee.",
    gives: [["Kim Tae-ho", "affiliated_with", "Democratic Party"]],
  },
  {
    label: "a listed person after another person's office does not take that office",
    text: "The ceremony was attended by Lieutenant General Tariq Khan, Commander of the Pakistan Navy, and Ahmed Raza.",
    gives: [["Tariq Khan", "affiliated_with", "Pakistan Navy"]],
    notGives: [["Ahmed Raza", "affiliated_with", "Pakistan Navy"]],
  },
  // ---- an office "of" a body running straight into a name
  {
    label: "a president of a country right before the name, no comma",
    text: "President of Palau Thomas Remengesau and Defence Minister Anna Perez were present on the occasion.",
    gives: [["Thomas Remengesau", "affiliated_with", "Palau"]],
  },
  {
    label: "an ambassador of a country posted to another, past an honorific: the sending country",
    text: "Ambassador of Norway to Chile Mrs. Ingrid Holm visited the naval base.",
    gives: [["Ingrid Holm", "affiliated_with", "Norway"]],
    notGives: [["Ingrid Holm", "affiliated_with", "Chile"]],
  },
  {
    label: "an attaché of an embassy of a country posted in another, past ranks",
    text: "Following the acceptance of this donation from the Defence Attaché of the Embassy of Japan in Nepal Senior Colonel Kenji Sato, the minister spoke.",
    gives: [["Kenji Sato", "affiliated_with", "Embassy of Japan"]],
    notGives: [["Kenji Sato", "affiliated_with", "Nepal"]],
  },
  {
    label: "a titled name with an honorific, then 'of' the country",
    text: "Ambassador Mr Li Wei of the People’s Republic of China attended the ceremony.",
    gives: [["Li Wei", "affiliated_with", "China"]],
  },
  {
    label: "the country an ambassador is posted to is not the ambassador's",
    text: "Erdogan met the Ambassador to Kenya, Robert Godec, on Monday.",
    entities: ["Robert Godec", "Kenya"],
    notGives: [["Robert Godec", "affiliated_with", "Kenya"]],
  },
  {
    label:
      "a demonym ambassador to a country set off before the second signatory after 'by … and': his country, not his posting",
    text: "An agreement was signed in Libreville on Friday by the Minister of Foreign Affairs, Paul Mba Abessole and the Japanese Ambassador to Gabon, Takashi Kitano.",
    gives: [["Takashi Kitano", "affiliated_with", "Japan"]],
    notGives: [
      ["Takashi Kitano", "affiliated_with", "Gabon"],
      ["Paul Mba Abessole", "affiliated_with", "Japan"],
    ],
  },
  {
    label: "a title held 'in' a ministry, set off before the name: the ministry and the demonym's country",
    text: "Special guests were the Danish State Secretary in the Ministry of Defence, Anna Berg, and the Swedish Ambassador in the African Union, Peter Lund.",
    gives: [
      ["Anna Berg", "affiliated_with", "Ministry of Defence"],
      ["Anna Berg", "affiliated_with", "Denmark"],
      ["Peter Lund", "affiliated_with", "Sweden"],
    ],
    notGives: [["Peter Lund", "affiliated_with", "African Union"]],
  },
  {
    label:
      "a title for a region, then 'in' or 'at' the body that holds it: the body, and the body in whose possessive it stands",
    text: "Director General for Africa in the European Union's Foreign Affairs Service, Rita Laranjinha, arrived in Dakar. Senior Director for Asia at the National Security Council, Judd Park, visited Nairobi.",
    gives: [
      ["Rita Laranjinha", "affiliated_with", "Foreign Affairs Service"],
      ["Rita Laranjinha", "affiliated_with", "European Union"],
      ["Judd Park", "affiliated_with", "National Security Council"],
    ],
  },
  {
    label: "the same title set off after the name gives the body and its owner",
    text: "Rita Laranjinha, Director General for Africa in the European Union's External Action Service, arrived in Dakar.",
    gives: [
      ["Rita Laranjinha", "affiliated_with", "External Action Service"],
      ["Rita Laranjinha", "affiliated_with", "European Union"],
    ],
  },
  {
    label: "a title for a region with no body after it ties its holder to nothing",
    text: "The Director General for Europe, Anna Berg, said the talks would resume in Vienna.",
    entities: ["Anna Berg", "Europe"],
    notGives: [["Anna Berg", "affiliated_with", "Europe"]],
  },
  {
    label:
      "a title 'of' a unit named for a country or region, then 'at' a body: the holder serves the body, not the unit's country",
    text: "Ivan Petrov, director of the Ukraine project at the Atlantic Council, said the aid would continue. Kate Lee, head of the Iran team at the Institute for the Study of War, said the drones were Iranian. Mark Jones, the head of Europe at the Royal United Services Institute, said the deal was risky.",
    gives: [
      ["Ivan Petrov", "affiliated_with", "Atlantic Council"],
      ["Kate Lee", "affiliated_with", "Institute for the Study of War"],
      ["Mark Jones", "affiliated_with", "Royal United Services Institute"],
    ],
    notGives: [
      ["Ivan Petrov", "affiliated_with", "Ukraine"],
      ["Kate Lee", "affiliated_with", "Iran"],
    ],
  },
  {
    label:
      "a unit named for a country 'at' a meeting or place names no body: its holder is not tied to the country",
    text: "Ali Musa, head of the Iran programme at the meeting in Vienna, spoke first about Iran.",
    entities: ["Ali Musa", "Iran"],
    notGives: [["Ali Musa", "affiliated_with", "Iran"]],
  },
  {
    label:
      "a chairman's title running straight into his body's name, 'of' a country, a comma and ranks: the body and the country",
    text: "The visiting delegation was headed by Chairman Joint Chiefs of Staff Committee of Bangladesh, General Aziz Ahmed.",
    gives: [
      ["Aziz Ahmed", "affiliated_with", "Joint Chiefs of Staff Committee"],
      ["Aziz Ahmed", "affiliated_with", "Bangladesh"],
    ],
  },
  {
    label: "a title running into one body's name, then a person titled by another body: each his own",
    text: "Director Inter-Services Intelligence, Lieutenant General Asim Malik, met Chief of Naval Staff of Sri Lanka Navy, Admiral Priyantha Perera.",
    gives: [
      ["Asim Malik", "affiliated_with", "Inter-Services Intelligence"],
      ["Priyantha Perera", "affiliated_with", "Sri Lanka Navy"],
    ],
    notGives: [
      ["Asim Malik", "affiliated_with", "Sri Lanka Navy"],
      ["Priyantha Perera", "affiliated_with", "Inter-Services Intelligence"],
    ],
  },
  {
    label:
      "a rank with a service word ('Army General') is not the one army the text names when the title ties the holder to another country's body",
    text: "The Chief of the General Staff of the Turkish Armed Forces, Army General Kemal Aydin, met Defence Minister Elchin Guliyev in Baku. The Azerbaijan Army held drills for the guests.",
    gives: [["Kemal Aydin", "affiliated_with", "Turkish Armed Forces"]],
    notGives: [["Kemal Aydin", "affiliated_with", "Azerbaijan Army"]],
  },
  {
    label:
      "a service word opening a title is the one navy the text names when nothing ties the holder elsewhere",
    text: "Navy Commander Vice Admiral Nimal Fernando met the visiting delegation in Colombo. The Sri Lanka Navy hosted the talks.",
    gives: [["Nimal Fernando", "affiliated_with", "Sri Lanka Navy"]],
  },
  {
    label:
      "a list of names each after its office: an office held 'in' a ministry, a title glued to a body's acronym and name, a title glued to its service without 'of'",
    text: "Also present were Minister of State in Ministry of Defence, General Anil Rao, Chairman BDL-Bharat Dynamics Limited, Mr Siddharth Mishra, and Deputy Chief of Army staff Indian Army, Lieutenant General Pradeep Nair.",
    gives: [
      ["Anil Rao", "affiliated_with", "Ministry of Defence"],
      ["Siddharth Mishra", "affiliated_with", "Bharat Dynamics"],
      ["Pradeep Nair", "affiliated_with", "Indian Army"],
    ],
    notGives: [
      ["Anil Rao", "affiliated_with", "Bharat Dynamics"],
      ["Siddharth Mishra", "affiliated_with", "Indian Army"],
    ],
  },
  {
    label:
      "an office with a portfolio 'for' before 'of' its country, and a deputy chief 'of mission at' an embassy, each set off by commas after or before the name",
    text: "Sheikh Khalid bin Ahmed, Minister of State for Defence Affairs of Qatar, met the delegation. The Deputy Chief of Mission at the U.S. Embassy in Lusaka, David Young, said the trucks would help.",
    gives: [
      ["Khalid bin Ahmed", "affiliated_with", "Qatar"],
      ["David Young", "affiliated_with", "U.S. Embassy"],
    ],
  },
  {
    label:
      "after an opening participle's phrase, an embassy's chargé d'affaires 'a.i.' before the name serves the embassy's country; a body named in that phrase is only the venue",
    text: "Speaking at the handover ceremony, British Embassy Chargé d'Affaires, a.i. Helen Marsh noted the support. Speaking at the Kenya Military Academy, General Robert Kibochi said the cadets were ready.",
    entities: ["Robert Kibochi", "Kenya Military Academy"],
    gives: [["Helen Marsh", "affiliated_with", "United Kingdom"]],
    notGives: [["Robert Kibochi", "affiliated_with", "Kenya Military Academy"]],
  },
  {
    label:
      "an embassy named by its country before a capitalised title and the name: the holder serves the embassy and its country",
    text: "Canadian Embassy Defence Attaché Colonel Mark Dubois said the training would continue. Speaking at the handover, U.S. Embassy Chargé d'Affaires, a.i. Karen Doe thanked the crews.",
    gives: [
      ["Mark Dubois", "affiliated_with", "Canadian Embassy"],
      ["Mark Dubois", "affiliated_with", "Canada"],
      ["Karen Doe", "affiliated_with", "U.S. Embassy"],
      ["Karen Doe", "affiliated_with", "United States"],
    ],
  },
  {
    label:
      "a chief executive's title running into the company's name, and a title after a plural body's possessive apostrophe, each before the name",
    text: "Also present were CEO Bharat Dynamics Limited, Mr Rajiv Menon, and the Chairman of the Ghana Ports Authority, Mr Kwame Owusu. The Ghana Armed Forces' Chief of Defence Staff, Vice Admiral Seth Amoama, received the trucks.",
    gives: [
      ["Rajiv Menon", "affiliated_with", "Bharat Dynamics"],
      ["Kwame Owusu", "affiliated_with", "Ghana Ports Authority"],
      ["Seth Amoama", "affiliated_with", "Ghana Armed Forces"],
    ],
    notGives: [["Rajiv Menon", "affiliated_with", "Ghana Ports Authority"]],
  },
  {
    label: "two titled names in a list, each with its title set off by commas after it: each his own body",
    text: "Rear Admiral Seth Amoama, Ghana Navy chief, and Air Vice Marshal Frank Hanson, Ghana Air Force chief, toured the base.",
    gives: [
      ["Seth Amoama", "affiliated_with", "Ghana Navy"],
      ["Frank Hanson", "affiliated_with", "Ghana Air Force"],
    ],
    notGives: [
      ["Seth Amoama", "affiliated_with", "Ghana Air Force"],
      ["Frank Hanson", "affiliated_with", "Ghana Navy"],
    ],
  },
  // ---- a title with a long body: hyphenated titles, a body "of" its parent body
  {
    label:
      "talks with a hyphenated title of a body of a body, then the name: the body is the person's, and a part of its parent",
    text: "President Samia Suluhu held talks with the Vice-Chairman of the Central Military Commission of the Chinese People's Liberation Army (PLA), General Zhang Youxia, at the State House.",
    gives: [
      ["Samia Suluhu", "meets", "Zhang Youxia"],
      ["Zhang Youxia", "affiliated_with", "Central Military Commission"],
      ["Central Military Commission", "affiliated_with", "People's Liberation Army"],
    ],
    notGives: [
      ["Samia Suluhu", "meets", "Central Military Commission"],
      ["Samia Suluhu", "affiliated_with", "Central Military Commission"],
    ],
  },
  {
    label: "a command with its acronym in brackets 'of' a navy is part of the navy",
    text: "The Southern Naval Command (SNC) of the Indian Navy handed over a patrol boat to Seychelles on Friday.",
    gives: [["Southern Naval Command", "affiliated_with", "Indian Navy"]],
  },
  {
    label: "a command with its acronym in brackets 'of' an air force is part of the air force",
    text: "The Air Mobility Command (AMC) of the United States Air Force flew the vehicles to Poland.",
    gives: [["Air Mobility Command", "affiliated_with", "United States Air Force"]],
  },
  {
    label: "a long acronym in brackets inside a title before a name: the command is the holder's",
    text: "Kenya's army chief hosted the Commander of the United States Central Command (USCENTCOM), General Michael Kurilla, in Nairobi.",
    gives: [
      ["Michael Kurilla", "affiliated_with", "United States Central Command"],
      ["Michael Kurilla", "affiliated_with", "United States"],
    ],
  },
  {
    label: "a command with its acronym in brackets 'of' a country's name stays the country's, not a body's",
    text: "The Naval Training Command (NTC) of Ghana received two boats from the Ghana Navy.",
    entities: ["Naval Training Command", "Ghana Navy"],
    notGives: [["Naval Training Command", "affiliated_with", "Ghana Navy"]],
  },
  {
    label: "an organization 'of' another after a noun of criticism is not part of it",
    text: "The report drew criticism from Amnesty International of the Israel Defense Forces on Monday.",
    notGives: [["Amnesty International", "affiliated_with", "Israel Defense Forces"]],
  },
  {
    label: "a directorate of a ministry is part of it",
    text: "The Intelligence Directorate of the Kenyan Defence Ministry said the drones had arrived.",
    gives: [["Intelligence Directorate", "affiliated_with", "Kenyan Defence Ministry"]],
  },
  {
    label:
      "an office 'of the' a council is a body of its own, part of the council, and keeps its printed form as an alias",
    text: "Zhu Fenglian, a spokesperson for the Taiwan Affairs Office of the State Council, criticised the United States.",
    gives: [
      ["Taiwan Affairs Office", "affiliated_with", "State Council"],
      ["Zhu Fenglian", "affiliated_with", "Taiwan Affairs Office"],
    ],
    noNames: ["Taiwan Affairs Office of the State Council"],
    same: [["Taiwan Affairs Office", "Taiwan Affairs Office of the State Council"]],
  },
  {
    label: "an agency or a service 'of the' a ministry named with its portfolio is part of the ministry",
    text: "The Defence Procurement Agency of the Ministry of Defence signed a contract with Saab. The Air Surveillance Service of the Ministry of Public Security will fly the two aircraft.",
    gives: [
      ["Defence Procurement Agency", "affiliated_with", "Ministry of Defence"],
      ["Air Surveillance Service", "affiliated_with", "Ministry of Public Security"],
    ],
  },
  {
    label: "a service 'of the' a body's acronym 'of' a country is part of the body and the country's",
    text: "The Kyrgyz State Committee for National Security (UKMK) said its posts had been attacked. The Border Guard Service of the UKMK of the Kyrgyz Republic said Tajik troops had opened fire.",
    gives: [
      ["Border Guard Service", "affiliated_with", "Kyrgyz State Committee for National Security"],
      ["Border Guard Service", "affiliated_with", "Kyrgyzstan"],
    ],
  },
  {
    label: "a unit or a squadron 'of the' a force is a body of its own, part of the force",
    text: "The Special Operations Unit of the National Police arrested two suspects. The Maritime Patrol Squadron of the National Coast Guard received two new aircraft on Monday.",
    gives: [
      ["Special Operations Unit", "affiliated_with", "National Police"],
      ["Maritime Patrol Squadron", "affiliated_with", "National Coast Guard"],
    ],
  },
  {
    label: "a squadron 'of' a force printed without 'the' is part of the force, not the place after it",
    text: "The aircraft was handed over at Maritime Air Squadron of National Coast Guard, Mauritius on Monday.",
    gives: [["Maritime Air Squadron", "affiliated_with", "National Coast Guard"]],
    noNames: ["Maritime Air Squadron of National Coast Guard"],
  },
  {
    label: "a committee 'of the' an assembly that a demonym names is the demonym's country's too",
    text: "In September the Defence Committee of the Slovenian National Assembly approved a fund for the armed forces.",
    gives: [
      ["Defence Committee", "affiliated_with", "Slovenian National Assembly"],
      ["Defence Committee", "affiliated_with", "Slovenia"],
    ],
  },
  {
    label:
      "a body 'of' a country, a one-word head 'of the' a body, and a title before 'of the' stay one name",
    text: "The Security Service of Ukraine said Russia had recruited the suspect. The Department of the Navy awarded the contract to General Dynamics. Deputy Director of the Press Office of the Ministry of Defence John Smith said the drills had ended.",
    entities: ["Security Service of Ukraine", "Department of the Navy", "John Smith"],
    noNames: ["Security Service", "Navy", "Press Office of the Ministry of Defence John Smith"],
  },
  {
    label: "a body's acronym in brackets in another language, spelling other initials, is the body's",
    text: "The National Aeronaval Service (SENAN) received two patrol boats from the United States. SENAN said the boats would patrol the coast. The Federal Intelligence Service (BND) said Russia had moved troops.",
    same: [
      ["National Aeronaval Service", "SENAN"],
      ["Federal Intelligence Service", "BND"],
    ],
  },
  {
    label:
      "a bracketed acronym spelling a title before the body, or a party's, names no body in another language",
    text: "Chairman Joint Chiefs of Staff Committee (CJCSC) General Sahir Shamshad Mirza said Pakistan would buy the jets. Chinese Nationalist Party (KMT) Legislator Wu Sz-huai asked the minister about the gifts.",
    entities: ["Joint Chiefs of Staff Committee", "Chinese Nationalist Party"],
    noEntities: ["CJCSC"],
    notGives: [["Wu Sz-huai", "affiliated_with", "China"]],
  },
  {
    label: "a courtesy call on a body's commander named after a comma and a rank, before a preposition",
    text: "Kenya Army Commander, Lieutenant General Peter Njiru, paid a courtesy call on Indian Army Commander, Gen Manoj Pande on his official visit to India.",
    gives: [["Peter Njiru", "meets", "Manoj Pande"]],
    notGives: [["Peter Njiru", "meets", "Indian Army"]],
  },
  // ---- a country's possessive and a description before an organization's name
  {
    label: "a country's state-run news agency named after a comma",
    text: "Turkey's state-run news agency, Anadolu Agency, reported the sale on Monday.",
    gives: [["Anadolu", "affiliated_with", "Turkey"]],
  },
  {
    label: "a country's English-language daily, its name opening with The",
    text: "India's English-language daily The Hindustan Times reported the deal.",
    gives: [["Hindustan Times", "affiliated_with", "India"]],
  },
  {
    label: "a description before a comma and a list of names ties none of them",
    text: "Turkey's largest drone maker, Baykar and Aselsan won contracts in Pakistan.",
    notGives: [
      ["Baykar", "affiliated_with", "Turkey"],
      ["Aselsan", "affiliated_with", "Turkey"],
    ],
  },
  // ---- a demonym, a title and its portfolio set off before a name
  {
    label: "a demonym, a title 'of' or 'for' a portfolio, then the name after a comma",
    text: "The ceremony was attended by the German Minister of Defence, Boris Pistorius, and by the British Secretary of State for Defence, Ben Wallace, on Monday.",
    gives: [
      ["Boris Pistorius", "affiliated_with", "Germany"],
      ["Ben Wallace", "affiliated_with", "United Kingdom"],
    ],
  },
  {
    label: "a state secretary for a portfolio in a list of guests",
    text: "Special guests were the Dutch State Secretary for Defence, Christophe van der Maat, and others.",
    gives: [["Christophe van der Maat", "affiliated_with", "Netherlands"]],
  },
  {
    label: "a title and portfolio in apposition after one name is not the next name's",
    text: "Antoni Macierewicz, the Polish Minister of National Defence, and Boris Pistorius met in Berlin on Monday.",
    gives: [["Antoni Macierewicz", "affiliated_with", "Poland"]],
    notGives: [["Boris Pistorius", "affiliated_with", "Poland"]],
  },
  // ---- a body, its bracketed acronym and a title running into the ranks and the name
  {
    label: "a command, its acronym in brackets, a title and a rank before the name",
    text: "The cost is an issue, Africa Command (AFRICOM) chief General Michael Langley said on Tuesday.",
    gives: [["Michael Langley", "affiliated_with", "Africa Command"]],
  },
  {
    label: "an acronym, a title of a staff with its own acronym in brackets, a lower-case rank, the name",
    text: "The Kenya Air Force (KAF) took delivery. KAF Chief of Air Staff (CAS) marshal John Omenda said the jets had arrived.",
    gives: [["John Omenda", "affiliated_with", "Kenya Air Force"]],
  },
  {
    label: "a body and its acronym, then a verb: a rank and name after it are not the body's title",
    text: "Africa Command (AFRICOM) said General Michael Langley would visit Kenya.",
    notGives: [["Michael Langley", "affiliated_with", "Africa Command"]],
  },
  // ---- an office in a body whose own phrase names its country
  {
    label: "an attaché of an embassy of a country, posted in another, running into the ranks and the name",
    text: "The donation came from the Defence Attaché of the Embassy of Japan in Kenya Colonel Kenji Sato, the ministry said.",
    gives: [
      ["Kenji Sato", "affiliated_with", "Embassy of Japan"],
      ["Kenji Sato", "affiliated_with", "Japan"],
    ],
    notGives: [["Kenji Sato", "affiliated_with", "Kenya"]],
  },
  {
    label:
      "a chargé d'affaires written with a space after the elided article, set off before the name inside 'from': the holder serves the embassy and its country",
    text: "The boats were received by Major John Doe, from Charge d’ Affaires of the French Embassy, Paul Martin.",
    gives: [
      ["Paul Martin", "affiliated_with", "French Embassy"],
      ["Paul Martin", "affiliated_with", "France"],
    ],
  },
  {
    label: "an attaché of an embassy of a country set off before the name by a comma",
    text: "Present was the Military Attaché of the Embassy of France, Colonel Pierre Martin.",
    gives: [["Pierre Martin", "affiliated_with", "France"]],
  },
  {
    label:
      "titles of a demonym's embassy and army set off after two names: each holder serves the body and its country, not the posting",
    text: "Colonel Pedro Alves, military attaché at the Brazilian Embassy in Angola, and General Antonio Silva, commander of the Angolan Army, signed the certificate.",
    gives: [
      ["Pedro Alves", "affiliated_with", "Brazilian Embassy"],
      ["Pedro Alves", "affiliated_with", "Brazil"],
      ["Antonio Silva", "affiliated_with", "Angola"],
    ],
    notGives: [["Pedro Alves", "affiliated_with", "Angola"]],
  },
  {
    label:
      "a title of an air force 'of' a country, with its acronym, set off after the name: the holder serves the country",
    text: "The parade was attended by Major General Juan Perez, general commander of the Air Force of the Republic of Chile (FACH), and other guests.",
    gives: [["Juan Perez", "affiliated_with", "Chile"]],
  },
  {
    label: "a body's possessive title set off before the name: the holder serves the body's country",
    text: "The Kenya Navy's commander, Major General Ali Musa, said the boats had arrived.",
    gives: [
      ["Ali Musa", "affiliated_with", "Kenya Navy"],
      ["Ali Musa", "affiliated_with", "Kenya"],
    ],
  },
  {
    label: "a country before 'Affairs' in a body's name is what the body deals with, not its owner",
    text: "Chen Bo, a spokesman for the Taiwan Affairs Office, said the arms sale to Taiwan was wrong.",
    gives: [["Chen Bo", "affiliated_with", "Taiwan Affairs Office"]],
    notGives: [
      ["Chen Bo", "affiliated_with", "Taiwan"],
      ["Taiwan Affairs Office", "affiliated_with", "Taiwan"],
    ],
  },
  // ---- a list of attendees: a title running into the next name
  {
    label: "after a name and a comma, a title running straight into another name is that name's",
    text: "The ceremony was attended by Kenyan Army Commander General Peter Njiru, the U.S. ambassador to Kenya Meg Whitman and other officials.",
    gives: [["Meg Whitman", "affiliated_with", "United States"]],
    notGives: [["Peter Njiru", "affiliated_with", "United States"]],
  },
  {
    label:
      "in a list whose names carry a bare office before them, a title set off between two names is the next name's",
    text: "Guests included Foreign Minister Ana Lopez, the Governor of the Central Bank of Peru, Jorge Vidal, and the Mayor of Lima, Rosa Diaz. Attending were Deputy Prime Minister Kamal Singh, the Chairman of the Election Commission, Ravi Das, and the Speaker, Om Birla.",
    gives: [
      ["Jorge Vidal", "affiliated_with", "Central Bank of Peru"],
      ["Ravi Das", "affiliated_with", "Election Commission"],
    ],
    notGives: [
      ["Ana Lopez", "affiliated_with", "Central Bank of Peru"],
      ["Kamal Singh", "affiliated_with", "Election Commission"],
    ],
  },
  {
    label:
      "in a list whose first name has an office set off before it that names no body, the next title set off between two names is the next name's",
    text: "The ceremony was witnessed by the Chief of Naval Staff, Vice Admiral Ola Bayo, the Chinese Ambassador, Li Wei, and senior officers. Present were the Minister of Defence, Peter Obi, the Chairman of Bharat Electronics Limited, Mr K. Prasad, and the delegation.",
    gives: [
      ["Li Wei", "affiliated_with", "China"],
      ["K. Prasad", "affiliated_with", "Bharat Electronics Limited"],
    ],
    notGives: [
      ["Ola Bayo", "affiliated_with", "China"],
      ["Peter Obi", "affiliated_with", "Bharat Electronics Limited"],
    ],
  },
  {
    label:
      "after a name with an office set off before it, a title whose body's name the reading cut short is still the next name's",
    text: "Guests included the Inspector General of Police, Ali Musa, the Director of Thales Africa, Jean Roux, and the mayor.",
    entities: ["Ali Musa", "Jean Roux"],
    notGives: [["Ali Musa", "affiliated_with", "Thales"]],
  },
  {
    label: "a name after a lower-case description and a comma keeps its appositive title",
    text: "The soldiers, led by Peter Obi, the commander of the Ghana Navy, returned home. Vice Admiral Ola Bayo, the Chief of Naval Staff, and Li Wei, the Chinese Ambassador, signed the deal.",
    gives: [
      ["Peter Obi", "affiliated_with", "Ghana Navy"],
      ["Li Wei", "affiliated_with", "China"],
    ],
    notGives: [["Ola Bayo", "affiliated_with", "China"]],
  },
  {
    label:
      "a president's list of guests, each title set off before its name, gives each title to the name after it",
    text: "The ceremony was attended by President Paul Kagame, the Chief of the Rwanda Defence Force, Mubarakh Muganga, and the Commissioner General of the Rwanda National Police, Felix Namuhoranye.",
    gives: [
      ["Mubarakh Muganga", "affiliated_with", "Rwanda Defence Force"],
      ["Felix Namuhoranye", "affiliated_with", "Rwanda National Police"],
    ],
    notGives: [["Paul Kagame", "affiliated_with", "Rwanda Defence Force"]],
  },
  {
    label:
      "after a name with only a rank or no title before it, a title set off by commas is that name's appositive",
    text: "Gen. Michael Langley, the commander of U.S. Africa Command, Ambassador Meg Whitman and Kenyan officials attended. John Smith, the CEO of Acme Corp, Mary Jones and Tom Lee attended the launch.",
    gives: [
      ["Michael Langley", "affiliated_with", "U.S. Africa Command"],
      ["John Smith", "affiliated_with", "Acme Corp"],
    ],
    notGives: [["Mary Jones", "affiliated_with", "Acme Corp"]],
  },
  // ---- a seat held on a body
  {
    label: "a party's vice chairperson on a committee: the party and the committee",
    text: "This was the content of the report, according to Lee Jae-won, the Democratic Party’s vice chairperson on the National Assembly Defence Committee.",
    gives: [
      ["Lee Jae-won", "affiliated_with", "Democratic Party"],
      ["Lee Jae-won", "affiliated_with", "National Assembly Defence Committee"],
    ],
  },
  {
    label: "a vice chairperson on a committee, set off after the name",
    text: "Kim Min-jun, a vice chairperson on the National Assembly Defence Committee, said the report was wrong.",
    gives: [["Kim Min-jun", "affiliated_with", "National Assembly Defence Committee"]],
  },
  {
    label: "a negotiator on a company's contract does not hold a seat on the company",
    text: "Kim Min-jun, the lead negotiator on the Hanwha Aerospace contract, said the talks were over.",
    notGives: [["Kim Min-jun", "affiliated_with", "Hanwha Aerospace"]],
  },
  // ---- a demonym in brackets inside a title
  {
    label: "an editor's bracketed demonym and given name around a title: the person's country",
    text: "“I want to thank [French] President [Emmanuel] Macron for the military support,” he wrote on Monday.",
    gives: [["Emmanuel Macron", "affiliated_with", "France"]],
  },
  {
    label: "a demonym in parentheses before a hyphenated title, then a comma and an honorific",
    text: "“The deal was strengthened when your (Kenyan) Vice-President, Dr Rigathi Gachagua, visited China,” Wang Yi said.",
    gives: [["Rigathi Gachagua", "affiliated_with", "Kenya"]],
    notGives: [["Rigathi Gachagua", "affiliated_with", "China"]],
  },
  {
    label: "a bracketed demonym before a word that is no title ties no one",
    text: "The boats, built by a (Chinese) shipyard, were received by President William Ruto of Kenya.",
    notGives: [["William Ruto", "affiliated_with", "China"]],
  },
  // ---- a country's body named before a rank or title and a name
  {
    label: "a country's army before abbreviated ranks: the army and its country",
    text: "U.S. Army Maj. Gen. Mark Olsen said the trucks left the United States in May.",
    entities: ["U.S. Army"],
    gives: [
      ["Mark Olsen", "affiliated_with", "U.S. Army"],
      ["Mark Olsen", "affiliated_with", "United States"],
    ],
  },
  {
    label: "a country's navy before a title, after an office 'of' it",
    text: "Speaking at the reception, Commander of Kenya Navy Vice Admiral Paul Otieno thanked Turkey.",
    entities: ["Kenya Navy"],
    gives: [["Paul Otieno", "affiliated_with", "Kenya Navy"]],
  },
  {
    label: "a demonym-led army before ranks, after an office 'of' it",
    text: "He met Chief of the Canadian Army Lt General Mark Duncan to discuss training.",
    gives: [["Mark Duncan", "affiliated_with", "Canadian Army"]],
  },
  {
    label: "a country's police before a title: the police and the country",
    text: "Fiji Police Commissioner Sitiveni Qiliho received the rifles in Suva.",
    gives: [
      ["Sitiveni Qiliho", "affiliated_with", "Fiji Police"],
      ["Sitiveni Qiliho", "affiliated_with", "Fiji"],
    ],
  },
  {
    label: "a body whose name runs on past a force word is not cut before it",
    text: "The transfer to the Myanmar Maritime Police Force took place at the jetty.",
    entities: ["Myanmar Maritime Police Force"],
  },
  // ---- lists of attendees: which name a title set off by commas belongs to
  {
    label: "titles before names in a list: each title goes to the name after it",
    text: "President and CEO of Elbit Systems, Bezhalel Machlis, Head of the Air Force's Directorate of Procurement (DOP), Daniel Cohen and Head of the Israel Space Agency (ISA) in the DOP, Moshe Levi were present.",
    gives: [
      ["Bezhalel Machlis", "affiliated_with", "Elbit Systems"],
      ["Daniel Cohen", "affiliated_with", "Directorate of Procurement"],
      ["Moshe Levi", "affiliated_with", "Israel Space Agency"],
    ],
    notGives: [
      ["Bezhalel Machlis", "affiliated_with", "Directorate of Procurement"],
      ["Bezhalel Machlis", "affiliated_with", "Air Force"],
      ["Daniel Cohen", "affiliated_with", "Israel Space Agency"],
    ],
  },
  {
    label: "titles after names in a list: each title goes to the name before it",
    text: "The ceremony was attended by Lieutenant General Omar Idrissi, Inspector General of the FAR, Lieutenant General Ahmed Bennani, Commander of the Royal Gendarmerie, and Major General Karim Alaoui, Inspector of the Royal Air Force, according to a statement.",
    gives: [
      ["Omar Idrissi", "affiliated_with", "FAR"],
      ["Ahmed Bennani", "affiliated_with", "Royal Gendarmerie"],
      ["Karim Alaoui", "affiliated_with", "Royal Air Force"],
    ],
    notGives: [
      ["Ahmed Bennani", "affiliated_with", "FAR"],
      ["Karim Alaoui", "affiliated_with", "Royal Gendarmerie"],
    ],
  },
  {
    label: "an office set off before a name that a preposition follows",
    text: "The handover was officiated by Defence Attache of the Thai Embassy in Japan, Captain Somchai Boonmee on behalf of the Thai government.",
    gives: [["Somchai Boonmee", "affiliated_with", "Thai Embassy"]],
  },
  {
    label: "a speaker of a parliament set off before a name that 'and' follows",
    text: "He also met with the Speaker of the Kenyan Parliament, Moses Wetangula and praised him.",
    gives: [["Moses Wetangula", "affiliated_with", "Kenyan Parliament"]],
  },
  {
    label: "a list of chiefs of a service's staff: the service's word is part of each title, no body",
    text: "The envoy called on Chief of Defence Staff General Samuel Otieno, Chief of Army Staff Lt-Gen John Kamau and Chief of the Naval Staff Vice Admiral Ali Omar in Nairobi.",
    entities: ["Samuel Otieno", "John Kamau", "Ali Omar"],
    noEntities: ["Army", "Naval Staff"],
  },
  {
    label: "a demonym before a chief of a service's staff: the country, not a body named 'Army'",
    text: "Visiting Zambian Chief of Army Staff Gen. Peter Banda paid a courtesy call on the Commander of the Malawi Navy.",
    gives: [["Peter Banda", "affiliated_with", "Zambia"]],
    noEntities: ["Army"],
  },
  {
    label: "a word that opens titles before a body's head and a title: one title, no body",
    text: "Chief Cabinet Secretary Hiroshi Moriyama and Deputy Cabinet Secretary Kenji Sato spoke after the launch, as did Federal Police Deputy Commissioner Ann Berg.",
    entities: ["Hiroshi Moriyama", "Kenji Sato"],
    noEntities: ["Chief Cabinet", "Deputy Cabinet"],
    gives: [["Ann Berg", "affiliated_with", "Federal Police"]],
  },
  // ---- two coordinated titles of one person after a demonym
  {
    label: "a demonym before two coordinated titles of one named person",
    text: "Jordanian Crown Prince and Deputy Prime Minister Prince Hussein bin Abdullah received the delegation.",
    gives: [["Hussein bin Abdullah", "affiliated_with", "Jordan"]],
  },
  {
    label:
      "a company's name before two coordinated titles of one named person: the person serves the company; a lower-case title of an unnamed holder before another's title does not",
    text: "Rheinmetall chairman and CEO Armin Papperger said the plant would open. The Kenya Navy commander and Defence Minister Aden Duale inspected the ship.",
    entities: ["Aden Duale", "Kenya Navy"],
    gives: [["Armin Papperger", "affiliated_with", "Rheinmetall"]],
    notGives: [["Aden Duale", "affiliated_with", "Kenya Navy"]],
  },
  {
    label: "a demonym before a group of people does not qualify the next titled name",
    text: "Chinese officials and President Lula met on Monday.",
    entities: ["Lula", "China"],
    notGives: [["Lula", "affiliated_with", "China"]],
  },
  {
    label: "a title set off by commas, then the body it serves, set off too",
    text: "Major General John Adeyemi, Chief of Operations, Nigerian Army, announced the deployment during the ceremony.",
    gives: [["John Adeyemi", "affiliated_with", "Nigerian Army"]],
  },
  {
    label: "a list of a person and bodies is no title set off before a body",
    text: "The talks included John Smith, Boeing, and Airbus officials.",
    entities: ["John Smith", "Boeing"],
    notGives: [["John Smith", "affiliated_with", "Boeing"]],
  },
  // ---- roles held at an institution
  {
    label: "an expert at a university, set off after the name",
    text: "The deal strengthens ties, according to Peter Holm, an international relations expert at the Stockholm University in Sweden.",
    gives: [["Peter Holm", "affiliated_with", "Stockholm University"]],
    notGives: [["Peter Holm", "affiliated_with", "Sweden"]],
  },
  {
    label: "a senior fellow at a think tank",
    text: "Anna Berg, a senior fellow at the Atlantic Council, said the talks failed.",
    gives: [["Anna Berg", "affiliated_with", "Atlantic Council"]],
  },
  {
    label: "an analyst known by a demonym serves no country",
    text: "Ivan Petrov, a Russian military analyst, said the tanks arrived.",
    entities: ["Ivan Petrov", "Russia"],
    notGives: [["Ivan Petrov", "affiliated_with", "Russia"]],
  },
  {
    label: "a capital's possessive before an agency gives the agency its country",
    text: "North Korea has provided shells to Russia, Seoul’s National Intelligence Service (NIS) reported on Wednesday.",
    gives: [["National Intelligence Service", "affiliated_with", "South Korea"]],
  },
  {
    label: "an elect title glued by a hyphen is part of the title, not a name, and names its country",
    text: "Mexican President-elect Elena Ruiz met Canadian Prime Minister Mark Hale in Ottawa.",
    gives: [
      ["Elena Ruiz", "affiliated_with", "Mexico"],
      ["Mark Hale", "affiliated_with", "Canada"],
    ],
    noEntities: ["-elect", "elect", "President-elect Elena Ruiz"],
  },
  {
    label: "the country a posting title is 'for' is where the envoy serves, not whom",
    text: "Moscow said the British special representative for Georgia, Tom Reed, was not welcome. The UN Special Envoy for Yemen, Lina Sato, met officials in Aden.",
    gives: [
      ["Tom Reed", "affiliated_with", "United Kingdom"],
      ["Lina Sato", "affiliated_with", "United Nations"],
    ],
    notGives: [
      ["Tom Reed", "affiliated_with", "Georgia"],
      ["Lina Sato", "affiliated_with", "Yemen"],
    ],
  },
  {
    label: "'member' heads a title: a member's title names no body, the body after 'of' is one",
    text: "At the invitation of Member of the Political Bureau of the Lao People's Revolutionary Party Central Committee and Foreign Minister Somsak Vong, Ana Ruiz visited Laos. Member of Parliament Grace Achieng said the bill was passed.",
    entities: ["Political Bureau", "Somsak Vong", "Grace Achieng", "Parliament"],
    noEntities: ["Member of the Political Bureau", "Member of Parliament"],
    gives: [["Grace Achieng", "affiliated_with", "Parliament"]],
  },
  {
    label: "a forum named after the country it is about is not that country's; a service is",
    text: "The minister attended the Syria Support Group in Vienna and the Libya Contact Group in Rome, as the Kenya Navy reported.",
    entities: ["Syria Support Group", "Syria", "Libya Contact Group", "Libya"],
    gives: [["Kenya Navy", "affiliated_with", "Kenya"]],
    notGives: [
      ["Syria Support Group", "affiliated_with", "Syria"],
      ["Libya Contact Group", "affiliated_with", "Libya"],
    ],
  },
  {
    label: "a country represented by its ambassador",
    text: "Japan, represented by Ambassador Kenji Sato, donated equipment to the Philippine Army.",
    gives: [["Kenji Sato", "affiliated_with", "Japan"]],
  },
  // ---- the title grammar: a body, ranks and title words before a name
  {
    label: "a body, a rank and a title head, a comma and the name, in a list of titled guests",
    text: "The ceremony was attended by British Ambassador to Ghana, Harriet Thompson, Ghana Army Brigadier General, Kofi Mensah, and Colonel Ama Owusu.",
    gives: [
      ["Kofi Mensah", "affiliated_with", "Ghana Army"],
      ["Harriet Thompson", "affiliated_with", "United Kingdom"],
    ],
    notGives: [["Ama Owusu", "affiliated_with", "Ghana Army"]],
  },
  {
    label:
      "a title of a body of a ministry runs into a name: the ministry ends at its portfolio, and the name is a person of the inner body",
    text: "General Tom Evans held talks with Director of Strategic Planning Office of Egyptian Ministry of Defence Karim Adel Mansour in Cairo.",
    entities: ["Karim Adel Mansour", "Strategic Planning Office", "Egyptian Ministry of Defence"],
    gives: [
      ["Karim Adel Mansour", "affiliated_with", "Strategic Planning Office"],
      ["Strategic Planning Office", "affiliated_with", "Egyptian Ministry of Defence"],
    ],
  },
  {
    label:
      "a country's word after 'of' that opens a ministry's name qualifies the ministry; a patronymic name after the portfolio is a person",
    text: "The general met Head of Procurement Directorate of Saudi Ministry of Interior Walid bin Saud Al-Harbi on Monday.",
    entities: ["Walid bin Saud Al-Harbi", "Procurement Directorate", "Saudi Ministry of Interior"],
    gives: [
      ["Walid bin Saud Al-Harbi", "affiliated_with", "Procurement Directorate"],
      ["Procurement Directorate", "affiliated_with", "Saudi Ministry of Interior"],
      ["Saudi Ministry of Interior", "affiliated_with", "Saudi Arabia"],
    ],
  },
  {
    label: "a company's legal form after 'of' and a country does not open another body",
    text: "The Export-Import Bank of India Limited financed the sale of the patrol boats.",
    entities: ["Export-Import Bank of India"],
    noEntities: ["Export-Import Bank"],
  },
  {
    label:
      "'charge d'affaires' without its accent is the envoy's title, after the name and before it with a demonym's embassy",
    text: "Officials summoned Tom Berg, charge d'affaires of the Canadian embassy in Iran, and lodged a protest. The ministry later summoned the charge d'affaires of the German embassy, Klaus Richter, on Monday.",
    gives: [
      ["Tom Berg", "affiliated_with", "Canada"],
      ["Klaus Richter", "affiliated_with", "Germany"],
    ],
    notGives: [["Tom Berg", "affiliated_with", "Iran"]],
  },
  // ---- coordination: a plural title over persons each "of" a country, who meet
  {
    label:
      "a plural title before persons each 'of' a country: each person takes his own country, and they meet",
    text: "Interior Ministers Ruslan Tagirov of Kazakhstan and Pavel Osmonov of Kyrgyzstan met in Astana on Monday.",
    gives: [
      ["Ruslan Tagirov", "affiliated_with", "Kazakhstan"],
      ["Pavel Osmonov", "affiliated_with", "Kyrgyzstan"],
      ["Ruslan Tagirov", "meets", "Pavel Osmonov"],
    ],
    notGives: [
      ["Ruslan Tagirov", "affiliated_with", "Kyrgyzstan"],
      ["Pavel Osmonov", "affiliated_with", "Kazakhstan"],
    ],
  },
  {
    label: "a plural title distributes over a list of three persons each 'of' a country or body",
    text: "Foreign Ministers Anna Lind of Sweden, Jan Novak of the Czech Republic and Piotr Zielinski of Poland signed the declaration.",
    gives: [
      ["Anna Lind", "affiliated_with", "Sweden"],
      ["Jan Novak", "affiliated_with", "Czech Republic"],
      ["Piotr Zielinski", "affiliated_with", "Poland"],
    ],
  },
  {
    label: "a singular title before a person 'of' a country reaches no person after 'and'",
    text: "President Ilir Berisha of Albania and Dritan Hoxha met in Tirana. Ministers Omar Farah and Ahmed Nur of Somalia met in Mogadishu.",
    gives: [
      ["Ilir Berisha", "affiliated_with", "Albania"],
      ["Ilir Berisha", "meets", "Dritan Hoxha"],
      ["Ahmed Nur", "meets", "Omar Farah"],
    ],
    notGives: [["Dritan Hoxha", "affiliated_with", "Albania"]],
  },
  {
    label:
      "a country's title and 'Commander-in-Chief of the Armed Forces' before a name no list knows: the person, of the forces and of the country",
    text: "The minister called upon the Kazakh President and Commander-in-Chief of the Armed Forces Nursultan Temirbekov and discussed training.",
    entities: ["Nursultan Temirbekov"],
    noEntities: ["Armed Forces Nursultan Temirbekov"],
    gives: [
      ["Nursultan Temirbekov", "affiliated_with", "Kazakhstan"],
      ["Nursultan Temirbekov", "affiliated_with", "Armed Forces"],
    ],
  },
  {
    label:
      "a title 'of the' a service's two-word name, then a two-word name no list knows: the name is a person; the service named only in the title is no body",
    text: "The Chief of the Defence Forces Olu Bademosi visited the border on Monday.",
    entities: ["Olu Bademosi"],
    noEntities: ["Defence Forces"],
  },
  {
    label:
      "'Chief of (the) Defence Force(s)' before a name, no country before it: a title, no body to tie the holder to",
    text: "The Chief of Defence Forces, Gen Peter Okello, met the visitors on Monday. Chief of the Defence Force Admiral Frank Kaita inspected the ships.",
    entities: ["Peter Okello", "Frank Kaita"],
    noEntities: ["Defence Forces", "Defence Force"],
  },
  {
    label: "'Chief of Defence Forces' after a country's possessive: the holder is the country's",
    text: "Kenya's Chief of Defence Forces General Robert Kibochi received the delegation.",
    gives: [["Robert Kibochi", "affiliated_with", "Kenya"]],
  },
  {
    label: "'Chief of Defence Forces' where the text names the bare service itself: the holder's body stays",
    text: "The Defence Forces said the troops were ready. Chief of Defence Forces General Ali Musa inspected them.",
    gives: [["Ali Musa", "affiliated_with", "Defence Forces"]],
  },
  {
    label:
      "a body or country, a title and a portfolio in common nouns, then the name: the person serves the body or country",
    text: "The deal was signed with Boeing senior vice president for global sales and marketing Tom Jones. The Indian minister of state for external affairs Vikram Rao met the delegation.",
    gives: [
      ["Tom Jones", "affiliated_with", "Boeing"],
      ["Vikram Rao", "affiliated_with", "India"],
    ],
  },
  {
    label:
      "a title set off before its holder's name and verb opens the clause after an introductory adverb, or after another title joined by a dash",
    text: "Subsequently, First Deputy Minister of Defence – Chief of the General Staff of the Armenian Army, Colonel General Ashot Sargsyan met the guests. On Monday, the commander of the Russian Navy, Admiral Ivan Petrov said the ships had sailed.",
    gives: [
      ["Ashot Sargsyan", "affiliated_with", "General Staff"],
      ["Ivan Petrov", "affiliated_with", "Russian Navy"],
    ],
  },
  {
    label:
      "a title set off before its holder's name and verb opens the clause after stacked introductory adverbials, a place among them",
    text: "Meanwhile, subsequently, First Deputy Minister of Defense of Georgia, Colonel General Giorgi Tsiklauri met the delegation. On Monday, in Tbilisi, Chief of the General Staff of the Georgian Armed Forces, Major General Giorgi Matiashvili received the guests.",
    gives: [
      ["Giorgi Tsiklauri", "affiliated_with", "Georgia"],
      ["Giorgi Matiashvili", "affiliated_with", "Georgian Armed Forces"],
    ],
  },
  {
    label:
      "a title 'of' a body whose name opens with a country glued by a hyphen to another: the country is a modifier, not the holder's",
    text: "Commander Paul Dalton of the South Korea-U.S. Combined Forces Command said the launch was a threat. Colonel Ivan Sokolov of the Russia-Belarus Union State Council said the drills would go ahead.",
    entities: ["South Korea", "Russia"],
    notGives: [
      ["Paul Dalton", "affiliated_with", "South Korea"],
      ["Ivan Sokolov", "affiliated_with", "Russia"],
    ],
  },
  {
    label: "a title 'of' a country, its name hyphenated within: the holder is the country's",
    text: "President Umaro Embalo of Guinea-Bissau met the delegation. Minister Ana Lopes of Timor-Leste spoke.",
    gives: [
      ["Umaro Embalo", "affiliated_with", "Guinea-Bissau"],
      ["Ana Lopes", "affiliated_with", "Timor-Leste"],
    ],
  },
  {
    label: "a title after a verb's object and a comma is not the next speaker's",
    text: "During talks with the head of the IAEA, Ali Khan said the site was safe.",
    notGives: [["Ali Khan", "affiliated_with", "International Atomic Energy Agency"]],
  },
  {
    label:
      "persons set off after a plural title 'of' as many countries serve them in order, and are all the subjects",
    text: "The defence chiefs of Ghana, Togo and Benin, Kwame Mensah, Koffi Agbeko and Jean Houngbo, met in Lome.",
    gives: [
      ["Kwame Mensah", "affiliated_with", "Ghana"],
      ["Koffi Agbeko", "affiliated_with", "Togo"],
      ["Jean Houngbo", "affiliated_with", "Benin"],
      ["Kwame Mensah", "meets", "Koffi Agbeko"],
      ["Koffi Agbeko", "meets", "Jean Houngbo"],
    ],
    notGives: [
      ["Kwame Mensah", "affiliated_with", "Togo"],
      ["Jean Houngbo", "affiliated_with", "Ghana"],
    ],
  },
  {
    label: "a person after a plural title 'of' two countries is tied to neither when the counts differ",
    text: "The foreign ministers of Chile and Peru, Alberto Rojas, spoke to reporters in Lima.",
    notGives: [
      ["Alberto Rojas", "affiliated_with", "Chile"],
      ["Alberto Rojas", "affiliated_with", "Peru"],
    ],
  },
  {
    label:
      "a staff named right after its service in a title: the holder serves the staff, and the staff the service",
    text: "A delegation led by the Chief of the Tajik Armed Forces General Staff, Emomali Rakhimov, arrived in Tashkent.",
    gives: [
      ["Emomali Rakhimov", "affiliated_with", "General Staff"],
      ["General Staff", "affiliated_with", "Tajik Armed Forces"],
    ],
  },
  {
    label:
      "a department's capitalised words between a country's service and the title head: the holder after the comma serves the service",
    text: "According to Ghana Army Public Relations and Foreign Liaison Director, Colonel Kofi Boateng, the visit was a success. It was confirmed by Ghana Army Public Relations Director, Colonel Kwame Asante.",
    gives: [
      ["Kofi Boateng", "affiliated_with", "Ghana Army"],
      ["Kwame Asante", "affiliated_with", "Ghana Army"],
    ],
  },
  {
    label: "'and' right after a body is no department: the next title is another person's",
    text: "Lieutenant General Omar Idrissi, Inspector General of the FAR and Commander of the Southern Zone, Lieutenant General Karim Bennani, Commander of the Royal Gendarmerie, attended.",
    notGives: [["Karim Bennani", "affiliated_with", "FAR"]],
  },
  {
    label:
      "a demonym and two nouns of a portfolio before the title ('defence procurement official', 'arms procurement chief'): the holder serves the country, and a claim about it is of his own side",
    text: "A Belgian defence procurement official, Marc Dubois, said Brussels had bought F-35 jets from the United States. Danish arms procurement chief Anders Holm said Denmark had received Caesar howitzers from France. A Greek defence industry officer, Nikos Pappas, spoke.",
    gives: [
      ["Marc Dubois", "affiliated_with", "Belgium"],
      ["Anders Holm", "affiliated_with", "Denmark"],
      ["Nikos Pappas", "affiliated_with", "Greece"],
    ],
    notGives: [
      ["Marc Dubois", "assesses", "Belgium"],
      ["Anders Holm", "assesses", "Denmark"],
    ],
  },
  {
    label: "a country's industry or logistics named without a title is no office",
    text: "The Greek defence industry sold boats to Cyprus.",
    gives: [["Greece", "supplies", "Cyprus"]],
  },
  {
    label: "'arms' before a sale noun is the goods, not a title word: the country before it sells",
    text: "Moscow protested French arms sales to Armenia.",
    gives: [["France", "supplies", "Armenia"]],
  },
  // ---- entity precision on unseen news (precA): a body before a title, years, documents, translated names
  {
    label:
      "a listed body's one-word name between a title word and a title head modifies the title: the body stays a body",
    text: "The package was approved on Thursday, chief Pentagon spokesman John Kirby said. Senior Kremlin aide Yuri Ushakov said the talks went well. Chief Kremlin spokesman Dmitry Peskov declined to comment.",
    typed: [
      ["Pentagon", "Organization"],
      ["Kremlin", "Organization"],
    ],
    notTyped: [
      ["Pentagon", "Person"],
      ["Kremlin", "Person"],
    ],
    gives: [
      ["John Kirby", "affiliated_with", "Pentagon"],
      ["Dmitry Peskov", "affiliated_with", "Kremlin"],
    ],
  },
  {
    label: "a listed body's one-word name after a title, with no title head after it, is still a surname",
    text: "Deputy Defence Minister Antonov said the plan failed.",
    typed: [["Antonov", "Person"]],
  },
  {
    label: "a capitalised word glued to a year names an exercise, not a weapon's model",
    text: "Russia and Belarus held the Zapad-2021 exercise near the border. Troops of Kazakhstan joined the Kalkan-2023 drills, and Uzbekistan hosted Hamkorlik-2021 in Termez.",
    noEntities: ["Zapad-2021", "Kalkan-2023", "Hamkorlik-2021"],
    entities: ["Russia", "Belarus", "Kazakhstan", "Uzbekistan"],
  },
  {
    label: "a model's designator is still a weapon beside an exercise's year-name",
    text: "During the Vostok-2022 drills Russia fired S-400 missiles and flew Su-35 jets; Iran had sent Shahed-136 drones.",
    noEntities: ["Vostok-2022"],
    typed: [
      ["S-400", "WeaponSystem"],
      ["Su-35", "WeaponSystem"],
      ["Shahed-136", "WeaponSystem"],
    ],
  },
  {
    label:
      "a name ending in a document's or forum's noun names no person ('Belt and Road Initiative', 'Abraham Accords')",
    text: "Twenty countries have joined China's Belt and Road Initiative, the minister said. Morocco signed the Abraham Accords in Washington.",
    noEntities: ["Road Initiative", "Belt and Road Initiative", "Abraham Accords"],
    entities: ["China", "Morocco"],
  },
  {
    label: "two names joined by 'and' before a verb of meeting are still two people",
    text: "Prabowo Subianto and Anthony Albanese met in Jakarta.",
    typed: [
      ["Prabowo Subianto", "Person"],
      ["Anthony Albanese", "Person"],
    ],
  },
  {
    label:
      "a body's name no list holds before a listed body's acronym in brackets is that body in translation: one node, named as printed",
    text: "The Polish Armaments Group (PGZ) signed a contract with Hyundai Rotem. PGZ will build 820 of the tanks in Poland.",
    same: [["Polish Armaments Group", "PGZ"]],
    noNames: ["Polska Grupa Zbrojeniowa"],
  },
  {
    label: "a listed body's acronym after another listed body's name is still its own body",
    text: "The European Union (EU) and the North Atlantic Treaty Organization (NATO) met in Brussels.",
    apart: [["European Union", "NATO"]],
  },
  {
    label: "a lone family name before a title in a headline is a country's short form, no listed person",
    text: "Pak PM Shehbaz Sharif Meets Xi in Beijing\nPakistan Prime Minister Shehbaz Sharif met Chinese President Xi Jinping on Tuesday.",
    noEntities: ["Pak Jong Chon"],
    entities: ["Shehbaz Sharif", "Xi Jinping"],
    gives: [["Shehbaz Sharif", "meets", "Xi Jinping"]],
  },
  // ---- a person's name glued to a body's name in one capitalised run (body-person.ts)
  {
    label: "ranks after a body's name open a person's name: the body ends before them",
    text: "The head of the Ministry of Defense Lt. Gen. Bakhyt Nurlanov said the helicopters would arrive in May. The spokesman of the Ministry of National Defence Senior Colonel Tian Haoran said the drills had ended.",
    entities: ["Bakhyt Nurlanov", "Ministry of Defense", "Tian Haoran", "Ministry of National Defence"],
    noEntities: ["Ministry of Defense Lt. Gen. Bakhyt Nurlanov", "Ministry of National"],
    gives: [
      ["Bakhyt Nurlanov", "affiliated_with", "Ministry of Defense"],
      ["Tian Haoran", "affiliated_with", "Ministry of National Defence"],
    ],
  },
  {
    label: "a known given name after a body's name opens a person's name: the body ends before it",
    text: "Director of the Office of His Majesty Tariq Haddad attended the meeting.",
    entities: ["Tariq Haddad", "Office of His Majesty"],
    gives: [["Tariq Haddad", "affiliated_with", "Office of His Majesty"]],
  },
  {
    label: "two name words no list knows after a body's name, before a verb of persons, are a person",
    text: "A spokesman for the Foreign Ministry Olusegun Adeyemi said the deal was illegal. The head of the Border Guard Service Nurbek Sadyrov said the drones were delivered.",
    entities: ["Olusegun Adeyemi", "Nurbek Sadyrov"],
    noEntities: ["Foreign Ministry Olusegun Adeyemi", "Border Guard Service Nurbek Sadyrov"],
    gives: [["Olusegun Adeyemi", "affiliated_with", "Foreign Ministry"]],
  },
  {
    label: "a body's name ending in a portfolio, a place or another body's words holds no person",
    text: "The Ministry of Defence Procurement Agency signed the contract. The Foreign Ministry Press Office said the talks went well. The Ministry of Defence Joint Logistics Command said the trucks had arrived. The signing took place at the Naval Center San Borja, in Lima, Peru.",
    noEntities: ["Procurement Agency", "Press Office", "San Borja", "Joint Logistics Command"],
    typed: [["Foreign Ministry Press Office", "Organization"]],
  },
  {
    label:
      "an office's head after a body's name makes a title with it: the name after is the holder's, the body no entity",
    text: "National Intelligence Secretary Esteban Aquino met the delegation.",
    entities: ["Esteban Aquino"],
    noEntities: ["National Intelligence"],
  },
  {
    label:
      "a capital that opens a code's name or ends an exercise's name names neither its country nor a place",
    text: "NATO discussed the Yaoundé Code of Conduct. Malaysia and Singapore held Exercise Bersama Lima, and Exercise Lima began on Monday.",
    noEntities: ["Cameroon", "Peru", "Yaoundé", "Lima"],
    entities: ["Malaysia", "Singapore"],
  },
  {
    label: "a capital that acts is still its country beside an exercise's name",
    text: "Peru hosted talks in Lima. Lima said it would buy jets from South Korea.",
    entities: ["Peru"],
  },
  {
    label:
      "regional bodies named after a region or its demonym are bodies, not the country or place inside the name",
    text: "Nigeria joined the Economic Community of Central African States meeting. Mali, Burkina Faso and Niger formed the Alliance of Sahel States. The Community of Latin American and Caribbean States (CELAC) met in Havana. The Central American Integration System (SICA) condemned the attack.",
    typed: [
      ["Economic Community of Central African States", "Organization"],
      ["Alliance of Sahel States", "Organization"],
      ["Community of Latin American and Caribbean States", "Organization"],
      ["Central American Integration System", "Organization"],
    ],
    noEntities: ["Central African Republic", "Caribbean", "Sahel"],
  },
  {
    label: "an outlet's head word after 'the' is the one outlet of the document whose name it ends",
    text: "The New York Times reported the deal. The Times said Iran sent drones to Russia. The Washington Post said the jets arrived, and the Post said Egypt paid.",
    same: [
      ["New York Times", "Times"],
      ["Washington Post", "Post"],
    ],
  },
  {
    label: "an outlet's head word after 'the' beside two outlets ending with it joins neither",
    text: "The New York Times and the Global Times reported it. The Times said Iran sent drones.",
    apart: [["New York Times", "Global Times"]],
  },
  // ---- honorifics, misspelt titles and initialled names around a person's name
  {
    label: "honorifics before a name are no part of it: Shri, Smt., H.E., Mwalimu",
    text: "Shri Ajit Doval met the French minister in New Delhi. Smt. Nirmala Sitharaman met him too. H.E. Mr. Tran Van Son, Minister of Defence of Vietnam, met the delegation. The late Mwalimu Julius Kambarage Nyerere of Tanzania founded the party.",
    entities: ["Ajit Doval", "Nirmala Sitharaman", "Tran Van Son", "Julius Kambarage Nyerere"],
    noNames: ["Shri Ajit Doval", "H.E. Mr. Tran Van Son"],
    gives: [["Tran Van Son", "affiliated_with", "Vietnam"]],
  },
  {
    label:
      "a misspelt title head before a name or 'of' is the title; after a place's name it is the common noun",
    text: "The Defence Minster Bongani Dlamini said the vehicles had arrived. Saudi Arabia's Mnister of the National Guard Prince Abdullah bin Bandar met him. The choir sang at York Minster on Sunday.",
    entities: ["Bongani Dlamini", "Abdullah bin Bandar"],
    noNames: ["Minster Bongani Dlamini", "Mnister of the National Guard", "York Minister"],
    gives: [["Abdullah bin Bandar", "affiliated_with", "Saudi National Guard"]],
  },
  {
    label: "a name with its given names as initials is the one full name it abbreviates",
    text: "General John Robert Kamau met the minister. Later J. R. Kamau said the trucks had arrived.",
    same: [["J. R. Kamau", "John Robert Kamau"]],
  },
  {
    label: "an initial shared by two full names with one surname names neither",
    text: "John Smith met Jane Smith in Nairobi. Later J. Smith said the trucks had arrived.",
    apart: [
      ["J. Smith", "John Smith"],
      ["J. Smith", "Jane Smith"],
    ],
  },
  {
    label:
      "'FM' and 'EAM' before a name are titles (foreign minister, external affairs minister): the name is the person's, the demonym before ties it",
    text: "Pakistan FM Ishaq Dar met Chinese FM Wang Yi in Beijing. Indian EAM S Jaishankar met his Russian counterpart Sergei Lavrov. FM Jaishankar said India would buy jets.",
    entities: ["Ishaq Dar", "Wang Yi", "S Jaishankar"],
    noEntities: ["FM Jaishankar", "Pakistan FM Ishaq Dar"],
    gives: [
      ["Ishaq Dar", "affiliated_with", "Pakistan"],
      ["Wang Yi", "affiliated_with", "China"],
      ["S Jaishankar", "affiliated_with", "India"],
      ["Ishaq Dar", "meets", "Wang Yi"],
    ],
  },
  {
    label:
      "'Pak FM' in a headline: the title after the family name makes it Pakistan's short form, no listed person",
    text: "Pak FM Bilawal Bhutto Meets Russia's Lavrov in Goa\nPakistan Foreign Minister Bilawal Bhutto-Zardari held a meeting with his Russian counterpart Sergey Lavrov.",
    noEntities: ["Pak Jong Chon"],
    entities: ["Bilawal Bhutto-Zardari", "Sergei Lavrov"],
  },
  {
    label: "a radio station's 'FM' after a frequency names no person",
    text: "Radio station 98.5 FM reported the blast. Capital FM reported that Kenya bought jets.",
    noEntities: ["Capital FM", "FM"],
    notTyped: [["Capital FM", "Person"]],
  },
  {
    label: "a run read as a name that ends in a field's noun is a portfolio's or a body's words, no person",
    text: "Mauritius Minister of Land Transport and Light Rail, Minister of Foreign Affairs, Regional Integration and International Trade, Alan Ganoo, received the aircraft. The donation is part of the Women's Body Armour Pilot Project. The Additional Directorate General of Public Information said the talks went well. Senator JD Vance said the sale was approved.",
    entities: ["Alan Ganoo", "JD Vance"],
    noEntities: ["Land Transport", "Project", "Public Information"],
  },
  // ---- a lone head, an air force's rank, a lower-case title before "of the", a party's context alias
  {
    label: "a lone 'Ministry' or 'Embassy' is the document's one ministry or embassy, no body of its own",
    text: "The Chinese Foreign Ministry voiced concern over the drills. Ministry spokeswoman Hua Chunying said China opposed them. The US Embassy in Georgia handed over equipment. According to the Embassy, the aid reaffirms a partnership.",
    gives: [["Hua Chunying", "affiliated_with", "Chinese Foreign Ministry"]],
    noNames: ["Ministry", "Embassy"],
  },
  {
    label: "'Police' or 'Forces' alone, with no body of the document they head, names no body",
    text: 'The ceremony was attended by the Inspector General of Police Dan Munyuza. "It strengthens our armed Forces," the minister said.',
    entities: ["Dan Munyuza"],
    noEntities: ["Police", "Forces"],
  },
  {
    label:
      "an air force's rank opened by a unit's word ('Squadron Leader') before a name and 'of the' body: a person of that body",
    text: "Squadron Leader John Smith of the Royal Air Force arrived in Accra on Monday. Flight Lieutenant Raj Kumar of the Indian Air Force flew the first sortie.",
    gives: [
      ["John Smith", "affiliated_with", "Royal Air Force"],
      ["Raj Kumar", "affiliated_with", "Indian Air Force"],
    ],
    noEntities: ["Squadron Leader John Smith of the Royal Air Force"],
  },
  {
    label: "a lower-case title head right before a name and 'of the' body: the person and the body are two",
    text: "A coup ousted president Dilma Rousseff of the Workers' Party in Brazil. The ceremony was led by commander Maria Lopez of the Colombian Navy in Cartagena.",
    gives: [["Dilma Rousseff", "affiliated_with", "Workers' Party"]],
    entities: ["Maria Lopez", "Colombian Navy"],
    noEntities: ["Maria Lopez of the Colombian Navy", "Workers' Party of Korea"],
  },
  {
    label: "'the Workers' Party' is North Korea's ruling party only where the article is about North Korea",
    text: "North Korean leader Kim Jong Un presided over a plenary meeting of the Workers' Party in Pyongyang.",
    entities: ["Workers' Party of Korea"],
  },
  // ---- a fronted phrase's name; blocs of countries; a country's formal name
  {
    label: "a name in a fronted phrase, then the main clause's titled subject before a verb: no apposition",
    text: "Upon meeting Rajnath Singh, the Australian PM underscored the defence partnership. After receiving Wang Yi, the Pakistani foreign minister said ties were strong. Upon arrival, Sergei Lavrov, the Russian foreign minister, said talks would begin.",
    entities: ["Rajnath Singh", "Australia", "Wang Yi", "Pakistan"],
    notGives: [
      ["Rajnath Singh", "affiliated_with", "Australia"],
      ["Wang Yi", "affiliated_with", "Pakistan"],
    ],
    gives: [["Sergei Lavrov", "affiliated_with", "Russia"]],
  },
  {
    label: "an alliance or bloc of countries is no one country's body",
    text: "The announcement came after the US and its NATO allies agreed to send heavier weapons. Blinken will attend a ministerial meeting of the U.S. Gulf Cooperation Council in Riyadh. NATO Secretary General Jens Stoltenberg said the alliance would respond.",
    entities: ["North Atlantic Treaty Organization", "Gulf Cooperation Council", "United States"],
    notGives: [
      ["North Atlantic Treaty Organization", "affiliated_with", "United States"],
      ["Gulf Cooperation Council", "affiliated_with", "United States"],
    ],
    gives: [["Jens Stoltenberg", "affiliated_with", "North Atlantic Treaty Organization"]],
  },
  {
    label: "the Swiss Confederation is Switzerland, no body named 'Confederation'",
    text: "The Amir received the President of the Swiss Confederation, Guy Parmelin, on his official visit to Kuwait.",
    gives: [["Guy Parmelin", "affiliated_with", "Switzerland"]],
    noEntities: ["Confederation"],
  },
  // ---- one country's ministry spelled two ways; listed armed groups and outlets
  {
    label: "two spellings of one country's ministry in one article are one body, named as first printed",
    text: "The Polish Ministry of National Defence signed the contract. The Polish Defence Ministry said deliveries begin in 2026. The Russian Ministry of Foreign Affairs condemned it and the Ukrainian Foreign Ministry welcomed it.",
    same: [["Polish Ministry of National Defence", "Polish Defence Ministry"]],
    apart: [["Russian Ministry of Foreign Affairs", "Ukrainian Foreign Ministry"]],
  },
  {
    label: "the Free Syrian Army is a listed armed group, no Syrian army; Bloomberg News is Bloomberg",
    text: "The Turkish government has openly backed the Free Syrian Army (FSA), rebels say. It was first reported Tuesday by Bloomberg News.",
    entities: ["Free Syrian Army", "Bloomberg"],
    noEntities: ["Syrian Army", "News"],
  },
  {
    label: "a titled lone given name that opens one longer personal name of the article is that person",
    text: "Singh held talks with Deputy Prime Minister of Thailand General Prawit Wongsuwan. Singh reviewed the defence ties. In his meeting with General Prawit, Singh discussed maritime security.",
    same: [["Prawit", "Prawit Wongsuwan"]],
  },
  {
    label: "'Press' alone, as in 'Press secretary of the minister', names no body",
    text: "Press secretary of the minister of defense Arthur Hovhannisyan posted on Facebook about the purchase.",
    entities: ["Arthur Hovhannisyan"],
    noEntities: ["Press"],
  },
  {
    label: "'Raksha Mantri' (Hindi for defence minister) is a title before a name, no person",
    text: "Raksha Mantri Shri Rajnath Singh met Russian Defence Minister Sergei Shoigu in Moscow.",
    gives: [["Rajnath Singh", "meets", "Sergei Shoigu"]],
    noEntities: ["Raksha Mantri"],
  },
];
