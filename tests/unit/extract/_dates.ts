/**
 * Labelled date expressions from real news sentences (short excerpts, each with its source and
 * the publication date of its article; none from the article the project ships with). Each case
 * lists every date expression the excerpt holds, as written, with the date it resolves to at its
 * precision; an empty list means the excerpt holds none (a year used as an adjective is no date).
 */

/** One expected date: the text as written, the ISO date at its precision (null: unresolved), the precision. */
export type ExpectedDate = [
  text: string,
  date: string | null,
  precision: "day" | "week" | "month" | "year" | null,
];

/** One labelled excerpt. */
export interface DateCase {
  source: string;
  published: string | null;
  text: string;
  dates: ExpectedDate[];
}

export const DATE_CASES: readonly DateCase[] = [
  {
    source: "tasnimnews.com 2014-05-18, soldiers killed in Afghanistan",
    published: "2014-05-18",
    text: "Four Afghan army soldiers have been killed in bomb attack, said the country's Defense Ministry on Sunday.",
    dates: [["Sunday", "2014-05-18", "day"]],
  },
  {
    source: "tasnimnews.com 2014-05-18",
    published: "2014-05-18",
    text: "Earlier on Sunday, nine Taliban militants were killed when an IED they were planting in Ghazni went off prematurely.",
    dates: [["Earlier on Sunday", "2014-05-18", "day"]],
  },
  {
    source: "urdupoint.com, Niamey, Aug 1 2021",
    published: "2021-08-01",
    text: "Fifteen soldiers have been killed and six more are missing after a terrorist attack in southwest Niger, the defence ministry announced Sunday.",
    dates: [["Sunday", "2021-08-01", "day"]],
  },
  {
    source: "urdupoint.com, Niamey, Aug 1 2021",
    published: "2021-08-01",
    text: "In Saturday's attack, the soldiers were first ambushed then hit by an improvised explosive device, said a ministry statement.",
    dates: [["Saturday's", "2021-07-31", "day"]],
  },
  {
    source: "k-zone.biz, Tunis, 2021-02-03",
    published: "2021-02-03",
    text: "A landmine killed four Tunisian soldiers on Wednesday during an counter-terrorism operation in mountainous central Tunisia.",
    dates: [["Wednesday", "2021-02-03", "day"]],
  },
  {
    source: "tribune.com.pk, Tunisia blast (no publication date given)",
    published: null,
    text: "Three Tunisian soldiers were killed in an explosion set off by terrorists on Monday near Mount Sammama.",
    dates: [["Monday", null, null]],
  },
  {
    source: "tribune.com.pk, Tunisia blast (no publication date given)",
    published: null,
    text: "59 foreign tourists were also killed in 2015.",
    dates: [["2015", "2015", "year"]],
  },
  {
    source: "rediff.com 2007-10-16, LTTE attack",
    published: "2007-10-16",
    text: "One of the military outposts at Thalgasmankada came under the LTTE attack on Monday night.",
    dates: [["Monday night", "2007-10-15", "day"]],
  },
  {
    source: "rediff.com 2007-10-16",
    published: "2007-10-16",
    text: "A military tractor heading towards the attack spot fell victim to a pressure mine blast on Tuesday morning.",
    dates: [["Tuesday morning", "2007-10-16", "day"]],
  },
  {
    source: "africanews.com 2024-03-11, Ethiopia and the TPLF",
    published: "2024-03-11",
    text: "Ethiopia and representatives from the regional state of Tigray held talks on Monday aimed at resolving the lingering issues about the implementation of a ceasefire agreement reached in November 2022.",
    dates: [
      ["Monday", "2024-03-11", "day"],
      ["November 2022", "2022-11", "month"],
    ],
  },
  {
    source: "africanews.com 2024-03-11",
    published: "2024-03-11",
    text: "Fighting started in 2020 when TPLF fighters attacked federal troops stationed in Tigray.",
    dates: [["2020", "2020", "year"]],
  },
  {
    source: "mayerbrown.com, sanctions weekly update of 2023-03-27",
    published: "2023-03-27",
    text: "On March 24, the Treasury Department's Office of Foreign Assets Control (OFAC) sanctioned three Belarusian state-owned entities.",
    dates: [["March 24", "2023-03-24", "day"]],
  },
  {
    source: "mayerbrown.com 2023-03-27",
    published: "2023-03-27",
    text: "The US imposed sanctions on Spacety in January of this year, but the EU has yet to impose restrictions on the company.",
    dates: [["January of this year", "2023-01", "month"]],
  },
  {
    source: "mayerbrown.com 2023-03-27",
    published: "2023-03-27",
    text: "On March 30, the Office of Foreign Assets Control imposed sanctions on a Slovak national.",
    dates: [["March 30", "2023-03-30", "day"]],
  },
  {
    source: "mayerbrown.com, sanctions update of 2023-04-03",
    published: "2023-04-03",
    text: "On April 3 and 4, the Commerce Department's Bureau of Industry and Security (BIS) granted the requests.",
    dates: [["April 3", "2023-04-03", "day"]],
  },
  {
    source: "mayerbrown.com 2023-04-03",
    published: "2023-04-03",
    text: "BIS found that renewals of the temporary denial orders previously issued on October 3, 2022 were necessary in the public interest.",
    dates: [["October 3, 2022", "2022-10-03", "day"]],
  },
  {
    source: "mayerbrown.com 2023-04-03",
    published: "2023-04-03",
    text: "On April 6, the Department of the Treasury's Office of Foreign Assets Control announced civil penalties on Microsoft.",
    dates: [["April 6", "2023-04-06", "day"]],
  },
  {
    source: "finance.ec.europa.eu, sanctions against Russia (undated page)",
    published: null,
    text: "Since March 2014, the EU has progressively imposed restrictive measures (sanctions) against Russia.",
    dates: [["March 2014", "2014-03", "month"]],
  },
  {
    source: "finance.ec.europa.eu (undated page)",
    published: null,
    text: "On 23 February 2022, the EU expanded the sanctions in response to the recognition of the non-government controlled areas.",
    dates: [["23 February 2022", "2022-02-23", "day"]],
  },
  {
    source: "finance.ec.europa.eu (undated page)",
    published: null,
    text: "After 24 February 2022, in response to Russia's military aggression against Ukraine, the EU massively expanded the sanctions.",
    dates: [["24 February 2022", "2022-02-24", "day"]],
  },
  {
    source: "allafrica.com, Shabait (Asmara) 2018-08-24",
    published: "2018-08-24",
    text: "President Isaias Afwerki today met and held talks with the German Minister of Economic Cooperation and Development.",
    dates: [["today", "2018-08-24", "day"]],
  },
  {
    source: "allafrica.com 2018-08-24",
    published: "2018-08-24",
    text: "The German Minister also met and held talks on 23 August with the Eritrean Foreign Minister Osman Saleh.",
    dates: [["23 August", "2018-08-23", "day"]],
  },
  {
    source: "allafrica.com, Shabait (Asmara) 2017-08-22",
    published: "2017-08-22",
    text: "The senior Eritrean delegation has attended on 18 August at the sworn in ceremony of the President of Ruanda.",
    dates: [["18 August", "2017-08-18", "day"]],
  },
  {
    source: "marketscreener.com 2019-12-02, Maldives foreign ministry",
    published: "2019-12-02",
    text: "Mr. Ruan Chengfa, Governor of Yunnan Province, China, called on the Minister of Foreign Affairs, His Excellency Abdulla Shahid today.",
    dates: [["today", "2019-12-02", "day"]],
  },
  {
    source: "marketscreener.com 2019-12-02",
    published: "2019-12-02",
    text: "At a meeting held in the Ministry of Foreign Affairs this afternoon, Minister Shahid welcomed the Governor.",
    dates: [["this afternoon", "2019-12-02", "day"]],
  },
  {
    source: "marketscreener.com 2019-12-02",
    published: "2019-12-02",
    text: "Ministry of Foreign Affairs of the Republic of Maldives published this content on 02 December 2019.",
    dates: [["02 December 2019", "2019-12-02", "day"]],
  },
  {
    source: "stabroeknews.com 2018-09-23",
    published: "2018-09-23",
    text: "President David Granger yesterday met with China's visiting State Councilor and Minister of Foreign Affairs Wang Yi at State House.",
    dates: [["yesterday", "2018-09-22", "day"]],
  },
  {
    source: "radiohc.cu, Havana, March 18 2014",
    published: "2014-03-18",
    text: "Cuban Foreign Minister Bruno Rodriguez was received on Monday by Nigerian President Goodluck Jonathan.",
    dates: [["Monday", "2014-03-17", "day"]],
  },
  {
    source: "radiohc.cu 2014-03-18",
    published: "2014-03-18",
    text: "The Cuban Foreign Minister kicked off his Nigeria agenda on Sunday 16 by meeting with leaders of friendship-with-Cuba organizations.",
    dates: [["Sunday 16", "2014-03-16", "day"]],
  },
  {
    source: "Xinhua, Beijing, Jan. 31 2025",
    published: "2025-01-31",
    text: "BEIJING, Jan. 31 (Xinhua) -- An article by Xi Jinping which stresses the importance of family ties will be published on Saturday.",
    dates: [
      ["Jan. 31", "2025-01-31", "day"],
      ["Saturday", "2025-02-01", "day"],
    ],
  },
  {
    source: "Xinhua 2025-01-31",
    published: "2025-01-31",
    text: "The article is based on a speech delivered by Xi in 2016 while meeting with representatives of model families.",
    dates: [["2016", "2016", "year"]],
  },
  {
    source: "People's Daily Online 2025-03-06, Shanghai",
    published: "2025-03-06",
    text: "Photo shows a view of the Bund in Shanghai in 2000. Lujiazui in Shanghai in 1987.",
    dates: [
      ["2000", "2000", "year"],
      ["1987", "1987", "year"],
    ],
  },
  {
    source: "People's Daily Online 2025-03-06",
    published: "2025-03-06",
    text: "In 1990, development and opening up began in Pudong. In 2010, the World Expo was held at Qiantan.",
    dates: [
      ["1990", "1990", "year"],
      ["2010", "2010", "year"],
    ],
  },
  {
    source: "Hong Kong government news 2022-01-27, Chief Executive election",
    published: "2022-01-27",
    text: "The Chief Executive Election will be held on March 27.",
    dates: [["March 27", "2022-03-27", "day"]],
  },
  {
    source: "Hong Kong government news 2022-01-27",
    published: "2022-01-27",
    text: "The Electoral Affairs Commission announced today the nomination period for the election will run from February 20 to March 5.",
    dates: [
      ["today", "2022-01-27", "day"],
      ["February 20", "2022-02-20", "day"],
      ["March 5", "2022-03-05", "day"],
    ],
  },
  {
    source: "Hong Kong government news 2022-01-27",
    published: "2022-01-27",
    text: "Commission Chairman Barnabas Fung explained at a press conference this morning that the period still met the legal requirements.",
    dates: [["this morning", "2022-01-27", "day"]],
  },
  {
    source: "UK Foreign Office press release 2023-03-22",
    published: "2023-03-22",
    text: "This month marks twelve years of devastating conflict and bloodshed for the Syrian people. Last month's earthquakes adding further to their suffering.",
    dates: [
      ["This month", "2023-03", "month"],
      ["Last month", "2023-02", "month"],
    ],
  },
  {
    source: "UK Department for Business and Trade press release 2023-05-24",
    published: "2023-05-24",
    text: "Plans to reduce costly and time-consuming regulatory burdens on business have been revealed by the Government today [Wednesday 24 May].",
    dates: [
      ["today", "2023-05-24", "day"],
      ["Wednesday 24 May", "2023-05-24", "day"],
    ],
  },
  {
    source: "10 Downing Street press release 2023-12-05",
    published: "2023-12-05",
    text: "The Prime Minister spoke to Israel's Prime Minister Benjamin Netanyahu this afternoon.",
    dates: [["this afternoon", "2023-12-05", "day"]],
  },
  {
    source: "10 Downing Street press release 2023-12-05",
    published: "2023-12-05",
    text: "The Prime Minister reiterated his public remarks in the region last week and highlighted the deployment this week of HMS Diamond.",
    dates: [
      ["last week", "2023-W48", "week"],
      ["this week", "2023-W49", "week"],
    ],
  },
  {
    source: "UK statement to the OSCE 2023-07-25",
    published: "2023-07-25",
    text: "At last week's Permanent Council, I spoke of the depressing predictability of attacks on Ukraine's grain infrastructure.",
    dates: [["last week", "2023-W29", "week"]],
  },
  {
    source: "UK statement to the OSCE 2023-07-25",
    published: "2023-07-25",
    text: "On Sunday, Russia struck Odesa's Transfiguration Cathedral, as well as the surrounding UNESCO-listed town centre.",
    dates: [["Sunday", "2023-07-23", "day"]],
  },
  {
    source: "UK statement to the OSCE 2023-07-25",
    published: "2023-07-25",
    text: "This is in violation of the 1954 Hague Convention for the Protection of Cultural Property in the Event of Armed Conflict.",
    dates: [],
  },
  {
    source: "israelnationalnews.com 2013-05-31, S-300 for Syria",
    published: "2013-05-31",
    text: "A source close to the Russian Defense Ministry hinted, Thursday evening, that S-300 anti-aircraft missiles intended for Syria have not yet been delivered.",
    dates: [["Thursday evening", "2013-05-30", "day"]],
  },
  {
    source: "vestnikkavkaza.net 2018-04-30, Javelins for Ukraine",
    published: "2018-04-30",
    text: "In March the US State Department approved the possible sale of Javelin systems to Ukraine at an estimated cost of $47 million.",
    dates: [["March", "2018-03", "month"]],
  },
  {
    source: "israelnationalnews.com 2016-04-11, Iran receives S-300",
    published: "2016-04-11",
    text: "Iran received its first shipment of S-300 long-range surface-to-air missiles from ally Russia, Tasnim news agency reported Monday.",
    dates: [["Monday", "2016-04-11", "day"]],
  },
  {
    source: "israelnationalnews.com 2016-04-11",
    published: "2016-04-11",
    text: "Putin explained that his decision was motivated by Iran's drive to find a solution in talks over its nuclear program, which led to a controversial nuclear deal last July.",
    dates: [["last July", "2015-07", "month"]],
  },
  {
    source: "israelnationalnews.com 2016-04-11",
    published: "2016-04-11",
    text: "Iranian Defense Minister Hossein Dehghan last Tuesday had said the first shipment of S-300 systems would come within the next two months.",
    dates: [["last Tuesday", "2016-04-05", "day"]],
  },
  {
    source: "thefiscaltimes.com 2016-04-11, S-300 arrives in Iran",
    published: "2016-04-11",
    text: "Russia and Iran signed an $800 million contract in 2007 for the supply of five S-300 systems, but the deal was frozen in 2010 due to U.N sanctions.",
    dates: [
      ["2007", "2007", "year"],
      ["2010", "2010", "year"],
    ],
  },
  {
    source: "thefiscaltimes.com 2016-04-11",
    published: "2016-04-11",
    text: "Russian President Vladimir Putin approved delivery of the air defense missile system last year.",
    dates: [["last year", "2015", "year"]],
  },
  {
    source: "thefiscaltimes.com 2016-04-11",
    published: "2016-04-11",
    text: "First deployed in 1979, the S-300 can be used against aircraft or other missiles. Last week a State Department spokesman said the purchase was allowed.",
    dates: [
      ["1979", "1979", "year"],
      ["Last week", "2016-W14", "week"],
    ],
  },
  {
    source: "thefiscaltimes.com 2016-04-11",
    published: "2016-04-11",
    text: "Russian officials have said they expect deliveries to wrap up some time in 2016.",
    dates: [["2016", "2016", "year"]],
  },
  {
    source: "ATACMS delivered to Ukraine, 2024-04-24",
    published: "2024-04-24",
    text: "The Pentagon confirmed on Wednesday that the US had delivered long-range missiles to Ukraine earlier this month, following President Joe Biden's approval.",
    dates: [
      ["Wednesday", "2024-04-24", "day"],
      ["earlier this month", "2024-04", "month"],
    ],
  },
  {
    source: "ATACMS delivered to Ukraine, 2024-04-24",
    published: "2024-04-24",
    text: "The transfer was authorized by Biden in February. These missiles were included in a $300 million aid package announced on March 12.",
    dates: [
      ["February", "2024-02", "month"],
      ["March 12", "2024-03-12", "day"],
    ],
  },
  {
    source: "ATACMS delivered to Ukraine, 2024-04-24",
    published: "2024-04-24",
    text: "In a previous shipment last fall, the US had sent Ukraine the mid-range variant of the ATACMS missile system.",
    dates: [["last fall", "2023", "year"]],
  },
  {
    source: "kyivpost.com 2024-04-25",
    published: "2024-04-25",
    text: "Washington has already sent longer-range missiles to Kyiv, and the weapons arrived in the country this month, AFP reported.",
    dates: [["this month", "2024-04", "month"]],
  },
  {
    source: "kyivpost.com 2024-04-25",
    published: "2024-04-25",
    text: "Spokesperson Vedant Patel said at a conference on Wednesday. The Pentagon said on Tuesday that arms deliveries could arrive within days.",
    dates: [
      ["Wednesday", "2024-04-24", "day"],
      ["Tuesday", "2024-04-23", "day"],
    ],
  },
  {
    source: "kyivpost.com 2024-04-25",
    published: "2024-04-25",
    text: "The missiles were not part of the $61 billion aid package signed into law this week.",
    dates: [["this week", "2024-W17", "week"]],
  },
  {
    source: "kyivindependent.com 2023-09-22, ATACMS",
    published: "2023-09-22",
    text: "Washington would provide Ukraine with a small number of long-range ATACMS missiles, NBC News reported on Sept. 22.",
    dates: [["Sept. 22", "2023-09-22", "day"]],
  },
  {
    source: "kyivindependent.com 2023-09-22",
    published: "2023-09-22",
    text: "Zelensky met Biden in the White House as part of his official visit to Washington, D.C. on Sept. 21.",
    dates: [["Sept. 21", "2023-09-21", "day"]],
  },
  {
    source: "AP, Zaporizhzhia, 2022-10-09",
    published: "2022-10-09",
    text: "In a meeting Sunday with the chairman of Russia's Investigative Committee, Putin said there's no doubt it was a terrorist act.",
    dates: [["Sunday", "2022-10-09", "day"]],
  },
  {
    source: "AP, Zaporizhzhia, 2022-10-15",
    published: "2022-10-15",
    text: "At least 11 Russian soldiers were killed Saturday in a shooting incident that underlined the challenges posed by Russian President Vladimir Putin's hasty mobilization.",
    dates: [["Saturday", "2022-10-15", "day"]],
  },
  {
    source: "AP 2022-10-15",
    published: "2022-10-15",
    text: "This week, the Kremlin launched its largest coordinated air and missile raids on Ukraine's key infrastructure since Russia's invasion of Ukraine on Feb. 24.",
    dates: [
      ["This week", "2022-W41", "week"],
      ["Feb. 24", "2022-02-24", "day"],
    ],
  },
  {
    source: "AP, Deir al-Balah, 2023-10-29",
    published: "2023-10-29",
    text: "Nearly three dozen trucks entered Gaza on Sunday in the largest aid convoy since the war between Israel and Hamas began.",
    dates: [["Sunday", "2023-10-29", "day"]],
  },
  {
    source: "AP 2023-10-29",
    published: "2023-10-29",
    text: "Israeli tanks pursued what Netanyahu called a second stage in the war ignited by Hamas' brutal Oct. 7 incursion.",
    dates: [["Oct. 7", "2023-10-07", "day"]],
  },
  {
    source: "AP 2023-10-29",
    published: "2023-10-29",
    text: "An Israeli bombardment knocked out phone and internet services late Friday.",
    dates: [["Friday", "2023-10-27", "day"]],
  },
  {
    source: "AP, Memphis, 2022-09-08",
    published: "2022-09-08",
    text: "A man who drove around the city shooting at people forced frightened people to shelter in place Wednesday.",
    dates: [["Wednesday", "2022-09-07", "day"]],
  },
  {
    source: "AP 2022-09-08",
    published: "2022-09-08",
    text: "Ezekiel Kelly, 19, who was charged as an adult with attempted first-degree murder in 2020, was taken into custody.",
    dates: [["2020", "2020", "year"]],
  },
  {
    source: "AP, Deir al-Balah, 2023-12-17",
    published: "2023-12-17",
    text: "Israel is also expected to face pressure to scale back major combat operations when U.S. Defense Secretary Lloyd Austin visits Monday.",
    dates: [["Monday", "2023-12-18", "day"]],
  },
  {
    source: "AP News Digest 2020-12-30",
    published: "2020-12-30",
    text: "The two were sent on Dec. 23 to work at a nursing home struggling with an outbreak of the virus.",
    dates: [["Dec. 23", "2020-12-23", "day"]],
  },
  {
    source: "AP News Digest 2020-12-30",
    published: "2020-12-30",
    text: "Even as a World Health Organization team prepares to visit China next month, scientists have had their samples confiscated.",
    dates: [["next month", "2021-01", "month"]],
  },
  {
    source: "AP News Digest 2021-01-02",
    published: "2021-01-02",
    text: "Evan Liberty spoke to The Associated Press in his first interview since being pardoned late last month.",
    dates: [["late last month", "2020-12", "month"]],
  },
  {
    source: "AP News Digest 2021-01-02",
    published: "2021-01-02",
    text: "Republican lawmakers pledge to reject the results when Congress meets next week to count the Electoral College votes.",
    dates: [["next week", "2021-W01", "week"]],
  },
  {
    source: "AP News Digest 2022-12-26",
    published: "2022-12-26",
    text: "Ukraine's foreign minister says his government is aiming to have a peace summit by the end of February.",
    dates: [["the end of February", "2023-02", "month"]],
  },
  {
    source: "AP News Digest 2022-12-26",
    published: "2022-12-26",
    text: "Foreign Minister Dmytro Kuleba told The Associated Press on Monday that he was satisfied with the results of President Volodymyr Zelenskyy's visit to the U.S. last week.",
    dates: [
      ["Monday", "2022-12-26", "day"],
      ["last week", "2022-W51", "week"],
    ],
  },
  {
    source: "AP newsfeed 2022-12-10",
    published: "2022-12-10",
    text: "A California woman who warned a judge last year about the danger posed by the shooter says the deaths could have been prevented.",
    dates: [["last year", "2021", "year"]],
  },
  {
    source: "AP newsfeed 2022-12-10",
    published: "2022-12-10",
    text: "Retired Col. Joseph Kittinger died Friday in Florida at age 94. Kittinger gained worldwide fame in 1960. He was shot down in 1972.",
    dates: [
      ["Friday", "2022-12-09", "day"],
      ["1960", "1960", "year"],
      ["1972", "1972", "year"],
    ],
  },
  {
    source: "AP via unb.com.bd 2023-05-25, Korean drills",
    published: "2023-05-25",
    text: "The South Korean and U.S. militaries were set to begin massive live-fire drills near the border with North Korea on Thursday.",
    dates: [["Thursday", "2023-05-25", "day"]],
  },
  {
    source: "AP via unb.com.bd 2023-05-25",
    published: "2023-05-25",
    text: "Since the start of 2022, North Korea has test-launched more than 100 missiles but none since it fired a solid-fuel intercontinental ballistic missile in mid-April.",
    dates: [
      ["the start of 2022", "2022", "year"],
      ["mid-April", "2023-04", "month"],
    ],
  },
  {
    source: "AP via unb.com.bd 2023-05-25",
    published: "2023-05-25",
    text: "The drills have been held 11 times since they began in 1977, but previous exercises in 2017 drew about 2,000 soldiers.",
    dates: [
      ["1977", "1977", "year"],
      ["2017", "2017", "year"],
    ],
  },
  {
    source: "asiatimes.com (undated tag page)",
    published: null,
    text: "In August 2021, the US military withdrew from Afghanistan. It has lowered troop levels in Iraq from 170,000 in 2007 to 2,500 in 2021.",
    dates: [
      ["August 2021", "2021-08", "month"],
      ["2007", "2007", "year"],
      ["2021", "2021", "year"],
    ],
  },
  {
    source: "washingtonpost.com 2021-09-21",
    published: "2021-09-21",
    text: "Its Afghanistan and Pakistan affiliate carried out the suicide bombing at the Kabul airport last month.",
    dates: [["last month", "2021-08", "month"]],
  },
  {
    source: "washingtonpost.com 2021-09-21",
    published: "2021-09-21",
    text: "President Donald Trump ordered the withdrawal of 700 U.S. troops from Somalia in December, but most didn't go far.",
    dates: [["December", "2020-12", "month"]],
  },
  {
    source: "washingtonpost.com 2021-09-21",
    published: "2021-09-21",
    text: "The Islamic State lost its caliphate in 2019. Gen. Stephen J. Townsend revealed in April that some 100 U.S. military personnel remain in Somalia.",
    dates: [
      ["2019", "2019", "year"],
      ["April", "2021-04", "month"],
    ],
  },
  {
    source: "sofrep.com 2019-10-26, troops return to Syria",
    published: "2019-10-26",
    text: "There were approximately 1,000 American troops in Northern Syria when President Trump announced it was time to come back home earlier in October.",
    dates: [["October", "2019-10", "month"]],
  },
  {
    source: "sofrep.com 2019-10-26",
    published: "2019-10-26",
    text: "Last year, a group of Russian mercenaries fighting alongside Assad-backed Syrian forces attacked a position held by Kurdish troops.",
    dates: [["Last year", "2018", "year"]],
  },
  {
    source: "hstoday.us 2024-09-03",
    published: "2024-09-03",
    text: "His ambitions were stymied by ongoing security concerns, leaving many troops still on the ground as of 2024.",
    dates: [["2024", "2024", "year"]],
  },
  {
    source: "mayerbrown.com, Russia/Ukraine sanctions update for March 2024",
    published: "2024-03-31",
    text: "On March 25, OFAC sanctioned thirteen entities and two individuals. On March 8, OFAC sanctioned two companies.",
    dates: [
      ["March 25", "2024-03-25", "day"],
      ["March 8", "2024-03-08", "day"],
    ],
  },
  {
    source: "stonesecurityengineering.com, Maruf District attack",
    published: "2019-07-31",
    text: "Date of Occurrence: 30th July 2019. The district center was overran by Taliban forces nearly two years ago.",
    dates: [
      ["30th July 2019", "2019-07-30", "day"],
      ["two years ago", "2017", "year"],
    ],
  },
  {
    source: "Reuters, Cairo, 2017-11-25, Sinai mosque attack",
    published: "2017-11-25",
    text: "Gunmen who attacked a mosque in North Sinai were carrying an Islamic State flag, Egyptian officials said on Saturday.",
    dates: [["Saturday", "2017-11-25", "day"]],
  },
  {
    source: "Reuters 2017-11-25",
    published: "2017-11-25",
    text: "Witnesses say gunmen set off a bomb at the end of Friday prayers at the Al Rawdah mosque in Bir al-Abed.",
    dates: [["Friday", "2017-11-24", "day"]],
  },
  {
    source: "counterextremism.com roundup of 2019-07-29 (New York Times)",
    published: "2019-07-29",
    text: "The official said on Sunday that the attack had occurred around midday Saturday and was in reprisal for a clash in early July.",
    dates: [
      ["Sunday", "2019-07-28", "day"],
      ["Saturday", "2019-07-27", "day"],
      ["early July", "2019-07", "month"],
    ],
  },
  {
    source: "counterextremism.com roundup of 2019-07-29 (Associated Press)",
    published: "2019-07-29",
    text: "The death toll climbed to at least 20 people on Monday. Around 50 other people were wounded in Sunday's attack against the Green Trend party headquarters.",
    dates: [
      ["Monday", "2019-07-29", "day"],
      ["Sunday's", "2019-07-28", "day"],
    ],
  },
  {
    source: "foreigndesknews.com 2022-03-22, Beersheba attack",
    published: "2022-03-22",
    text: "Four Israelis were killed and two were seriously wounded on Tuesday in an attack in the city of Beersheba.",
    dates: [["Tuesday", "2022-03-22", "day"]],
  },
  {
    source: "foreigndesknews.com 2022-03-22",
    published: "2022-03-22",
    text: "He was arrested in 2015 by the Shin Bet security service and released in 2019. It was the deadliest attack on Israeli civilians since 2016.",
    dates: [
      ["2015", "2015", "year"],
      ["2019", "2019", "year"],
      ["2016", "2016", "year"],
    ],
  },
  {
    source: "mcac.maryland.gov terrorism news of 2019-01-29",
    published: "2019-01-29",
    text: "A man was shot and killed following a pursuit Monday night at the Nevada National Security Site.",
    dates: [["Monday night", "2019-01-28", "day"]],
  },
  {
    source: "mcac.maryland.gov 2019-01-29",
    published: "2019-01-29",
    text: "On Jan. 2, prison gangs launched a terrorism campaign throughout Ceara state.",
    dates: [["Jan. 2", "2019-01-02", "day"]],
  },
  {
    source: "mcac.maryland.gov terrorism news of 2019-07-31",
    published: "2019-07-31",
    text: "A roadside bomb tore through a bus in western Afghanistan on Wednesday, killing at least 34 people, Afghan officials said.",
    dates: [["Wednesday", "2019-07-31", "day"]],
  },
  {
    source: "ideemlawful.com 2023-09-06, Nigerian strike",
    published: "2023-09-06",
    text: "The 14-day nationwide strike might likely start tomorrow, September 7, 2023, after the minister asked the union to wait.",
    dates: [
      ["tomorrow", "2023-09-07", "day"],
      ["September 7, 2023", "2023-09-07", "day"],
    ],
  },
  {
    source: "ideemlawful.com 2023-09-06",
    published: "2023-09-06",
    text: "Tinubu is currently in New Delhi for the G20 summit which will come to an end on Sunday, September 10, 2023.",
    dates: [["Sunday, September 10, 2023", "2023-09-10", "day"]],
  },
  {
    source: "ideemlawful.com 2023-09-06",
    published: "2023-09-06",
    text: "On September 1, Joe Ajaero announced a warning strike. On Monday, Lalong appealed to the NLC to suspend it.",
    dates: [
      ["September 1", "2023-09-01", "day"],
      ["Monday", "2023-09-04", "day"],
    ],
  },
  {
    source: "ft.lk 2013-05-23",
    published: "2013-05-23",
    text: "The Government charged yesterday that the trade union strike held on Tuesday was a conspiracy engineered by a few political parties.",
    dates: [
      ["yesterday", "2013-05-22", "day"],
      ["Tuesday", "2013-05-21", "day"],
    ],
  },
];
