/**
 * A deterministic generator of news-like articles for the browser tests and the README
 * screenshots: seeded, varied wire-style reports (meetings, arms deliveries, assessments,
 * spokespeople, visits) about real countries, organisations, places and weapon models and
 * made-up officials, so that 40 articles build a graph of 300+ actors with hubs, a long tail and
 * actors that nothing links.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRandom, type Random } from "../../src/graph/prng.ts";

/** A generated article: file name, text and sidecar metadata. */
export interface NewsArticle {
  name: string;
  text: string;
  meta: { title: string; outlet: string; date: string };
}

/** Country, demonym, capital. */
const COUNTRIES: readonly [string, string, string][] = [
  ["Poland", "Polish", "Warsaw"],
  ["Norway", "Norwegian", "Oslo"],
  ["Germany", "German", "Berlin"],
  ["France", "French", "Paris"],
  ["Ukraine", "Ukrainian", "Kyiv"],
  ["Russia", "Russian", "Moscow"],
  ["Belarus", "Belarusian", "Minsk"],
  ["Turkey", "Turkish", "Ankara"],
  ["Hungary", "Hungarian", "Budapest"],
  ["Sweden", "Swedish", "Stockholm"],
  ["Finland", "Finnish", "Helsinki"],
  ["Estonia", "Estonian", "Tallinn"],
  ["Latvia", "Latvian", "Riga"],
  ["Lithuania", "Lithuanian", "Vilnius"],
  ["Romania", "Romanian", "Bucharest"],
  ["Bulgaria", "Bulgarian", "Sofia"],
  ["Italy", "Italian", "Rome"],
  ["Spain", "Spanish", "Madrid"],
  ["Greece", "Greek", "Athens"],
  ["Iran", "Iranian", "Tehran"],
  ["Israel", "Israeli", "Jerusalem"],
  ["Egypt", "Egyptian", "Cairo"],
  ["Saudi Arabia", "Saudi", "Riyadh"],
  ["Qatar", "Qatari", "Doha"],
  ["India", "Indian", "New Delhi"],
  ["Pakistan", "Pakistani", "Islamabad"],
  ["China", "Chinese", "Beijing"],
  ["Japan", "Japanese", "Tokyo"],
  ["South Korea", "South Korean", "Seoul"],
  ["North Korea", "North Korean", "Pyongyang"],
  ["Australia", "Australian", "Canberra"],
  ["Canada", "Canadian", "Ottawa"],
  ["Brazil", "Brazilian", "Brasilia"],
  ["Mexico", "Mexican", "Mexico City"],
  ["Kenya", "Kenyan", "Nairobi"],
  ["Nigeria", "Nigerian", "Abuja"],
  ["Ethiopia", "Ethiopian", "Addis Ababa"],
  ["Armenia", "Armenian", "Yerevan"],
  ["Azerbaijan", "Azerbaijani", "Baku"],
  ["Georgia", "Georgian", "Tbilisi"],
  ["Kazakhstan", "Kazakh", "Astana"],
  ["Vietnam", "Vietnamese", "Hanoi"],
  ["Indonesia", "Indonesian", "Jakarta"],
  ["Philippines", "Philippine", "Manila"],
];

/** Titles that the extractor reads as affiliation to the demonym's country. */
const TITLES = [
  "Defence Minister",
  "Foreign Minister",
  "Prime Minister",
  "President",
  "Deputy Defence Minister",
  "Deputy Foreign Minister",
  "Interior Minister",
  "Army chief",
  "national security adviser",
  "Navy commander",
];

const FIRST_NAMES = [
  "Marta",
  "Lars",
  "Oleg",
  "Tomas",
  "Anna",
  "Jonas",
  "Irina",
  "Mehmet",
  "Sofia",
  "Pavel",
  "Elena",
  "Karim",
  "Yusuf",
  "Hana",
  "Daniel",
  "Ingrid",
  "Viktor",
  "Amir",
  "Leila",
  "Sergio",
  "Mikko",
  "Aiko",
  "Rahul",
  "Nadia",
  "Piotr",
  "Helena",
  "Arman",
  "Farid",
  "Keiko",
  "Dmitri",
  "Grace",
  "Samuel",
  "Ines",
  "Marek",
  "Zeynep",
  "Ruben",
  "Tariq",
  "Lucia",
  "Anders",
  "Mariam",
];
const LAST_NAMES = [
  "Kowalczyk",
  "Haugen",
  "Vasnetsov",
  "Berger",
  "Lindqvist",
  "Petrauskas",
  "Sokolova",
  "Demir",
  "Moretti",
  "Novak",
  "Horvath",
  "Tamm",
  "Ozols",
  "Ionescu",
  "Petrov",
  "Castillo",
  "Papadakis",
  "Rahimi",
  "Cohen",
  "Haddad",
  "Alsaud",
  "Thani",
  "Sharma",
  "Qureshi",
  "Wang",
  "Tanaka",
  "Park",
  "Ri",
  "Mitchell",
  "Tremblay",
  "Silva",
  "Ramirez",
  "Otieno",
  "Adeyemi",
  "Bekele",
  "Grigoryan",
  "Aliyev",
  "Beridze",
  "Nurlanov",
  "Nguyen",
  "Santoso",
  "Reyes",
  "Virtanen",
  "Eriksen",
  "Jansen",
  "Dubois",
  "Keller",
  "Romano",
];

/** Organisations, as a sentence names them ("the" where English wants it). */
const ORGANIZATIONS = [
  "the North Atlantic Treaty Organization",
  "the International Atomic Energy Agency",
  "the Institute for the Study of War",
  "the Stockholm International Peace Research Institute",
  "the International Institute for Strategic Studies",
  "the Royal United Services Institute",
  "Conflict Armament Research",
  "Amnesty International",
  "Human Rights Watch",
  "the European Commission",
  "the African Union",
  "the Shanghai Cooperation Organisation",
  "Rheinmetall",
  "Saab",
  "Baykar",
  "Hanwha Aerospace",
  "Lockheed Martin",
  "Rosoboronexport",
  "the Islamic Revolutionary Guard Corps",
  "the World Food Programme",
];

/** Regions a story belongs to: its countries and places; a story mostly stays in its region. */
const THEATRES: readonly { countries: readonly string[]; places: readonly string[] }[] = [
  {
    countries: [
      "Ukraine",
      "Russia",
      "Poland",
      "Germany",
      "France",
      "Belarus",
      "Romania",
      "Hungary",
      "Italy",
      "Spain",
      "Bulgaria",
      "Greece",
    ],
    places: [
      "Kharkiv",
      "Odesa",
      "Kherson",
      "Belgorod",
      "Kursk",
      "Crimea",
      "Donbas",
      "Black Sea",
      "Sevastopol",
      "Zaporizhzhia",
      "Dnipro",
      "Lviv",
      "Novorossiysk",
      "Munich",
      "Transnistria",
    ],
  },
  {
    countries: [
      "Sweden",
      "Norway",
      "Finland",
      "Estonia",
      "Latvia",
      "Lithuania",
      "Poland",
      "Germany",
      "Russia",
    ],
    places: ["Baltic Sea", "Kaliningrad", "Arctic", "Davos", "Geneva"],
  },
  {
    countries: ["Iran", "Israel", "Egypt", "Saudi Arabia", "Qatar", "Turkey"],
    places: ["Red Sea", "Strait of Hormuz", "Aleppo", "Mosul", "Gaza", "Jeddah", "Dubai", "Istanbul"],
  },
  {
    countries: [
      "China",
      "Japan",
      "South Korea",
      "North Korea",
      "Australia",
      "Vietnam",
      "Indonesia",
      "Philippines",
    ],
    places: ["Taiwan Strait", "South China Sea", "Sea of Japan", "Okinawa", "Guam", "Vladivostok"],
  },
  { countries: ["India", "Pakistan", "China"], places: ["Kashmir"] },
  {
    countries: ["Kenya", "Nigeria", "Ethiopia", "Egypt"],
    places: ["Sahel", "Darfur", "Port Sudan"],
  },
  {
    countries: ["Armenia", "Azerbaijan", "Georgia", "Kazakhstan", "Turkey", "Russia"],
    places: ["Istanbul", "Geneva"],
  },
  { countries: ["Canada", "Brazil", "Mexico"], places: ["Geneva", "Davos"] },
];

const SEAS = ["Black Sea", "Baltic Sea", "Red Sea", "Strait of Hormuz", "Taiwan Strait", "South China Sea"];

/** Every place a story may mention. */
const PLACES = [...new Set(THEATRES.flatMap((t) => t.places))];

/** Weapon model and the noun it is sold as. */
const WEAPONS: readonly [string, string][] = [
  ["Krab", "howitzers"],
  ["Archer", "howitzers"],
  ["CAESAR", "howitzers"],
  ["K9 Thunder", "howitzers"],
  ["Leopard 2", "tanks"],
  ["M1 Abrams", "tanks"],
  ["K2 Black Panther", "tanks"],
  ["Challenger 2", "tanks"],
  ["IRIS-T", "air defence systems"],
  ["NASAMS", "air defence systems"],
  ["Patriot", "air defence systems"],
  ["SAMP/T", "air defence systems"],
  ["Iskander", "missiles"],
  ["Storm Shadow", "missiles"],
  ["ATACMS", "missiles"],
  ["Kalibr", "missiles"],
  ["Harpoon", "missiles"],
  ["Neptune", "missiles"],
  ["Shahed", "drones"],
  ["Bayraktar TB2", "drones"],
  ["Mohajer-6", "drones"],
  ["Lancet", "drones"],
  ["Switchblade", "drones"],
  ["Orlan-10", "drones"],
  ["Gripen", "fighter jets"],
  ["Rafale", "fighter jets"],
  ["HIMARS", "rocket launchers"],
  ["Pinaka", "rocket launchers"],
  ["Javelin", "missiles"],
  ["Stinger", "missiles"],
  ["Apache", "helicopters"],
  ["Black Hawk", "helicopters"],
  ["CV90", "infantry fighting vehicles"],
  ["Marder", "infantry fighting vehicles"],
];

const OUTLETS = ["Newswire", "Global Desk", "Wire Report", "Daily Dispatch"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"];

/** Sentences without actors: the connective tissue of a wire story. */
const FILLERS = [
  "The talks lasted more than three hours, officials said.",
  "Analysts said the move could shift the balance along the front line.",
  "Further details were not immediately available.",
  "The announcement came days before a summit of defence ministers.",
  "Critics said the decision had been taken without consulting parliament.",
  "Officials declined to say when the first batch would arrive.",
  "The ministry did not respond to a request for comment.",
  "Markets were little moved by the news.",
];

/** A made-up official: full name, title and country. */
interface Official {
  name: string;
  title: string;
  country: (typeof COUNTRIES)[number];
}

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** Picks with a skew towards the start of the list: a few actors recur, most appear once or twice. */
function skewed<T>(random: Random, list: readonly T[], power = 2.2): T {
  return list[Math.floor(random() ** power * list.length)]!;
}

function countryNamed(name: string): (typeof COUNTRIES)[number] {
  return COUNTRIES.find((c) => c[0] === name)!;
}

/** A cast of officials from `countries`, each a distinct made-up name (never one in `seen`). */
function officials(
  random: Random,
  count: number,
  countries: readonly string[],
  seen: Set<string>,
): Official[] {
  const out: Official[] = [];
  while (out.length < count) {
    const name = `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ name, title: pick(random, TITLES), country: countryNamed(skewed(random, countries, 1.6)) });
  }
  return out;
}

/** "Polish Defence Minister Marta Kowalczyk". */
function styled(o: Official): string {
  return `${o.country[1]} ${o.title} ${o.name}`;
}

/** "The Institute …" at the start of a sentence. */
function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function surname(o: Official): string {
  return o.name.split(" ").at(-1)!;
}

/** Generates `count` articles from `seed`; the same arguments always give the same articles. */
export function generateNews(count = 40, seed = 20260301): NewsArticle[] {
  const random = createRandom(seed);
  // Each story has a region; each region its own officials, some recurring (hubs), most new.
  const theatreOf = Array.from({ length: count }, () => Math.floor(random() ** 1.3 * THEATRES.length));
  const seen = new Set<string>();
  const casts = THEATRES.map((t, ti) =>
    officials(random, Math.max(8, 8 * theatreOf.filter((x) => x === ti).length), t.countries, seen),
  );
  const storiesSoFar = THEATRES.map(() => 0);
  const articles: NewsArticle[] = [];
  for (let i = 0; i < count; i++) {
    const ti = theatreOf[i]!;
    const theatre = THEATRES[ti]!;
    const cast = casts[ti]!;
    const nth = storiesSoFar[ti]!++;
    const month = MONTHS[i % MONTHS.length]!;
    const dayOfMonth = 1 + Math.floor(random() * 27);
    const outlet = pick(random, OUTLETS);
    const fresh = cast.slice(nth * 8, nth * 8 + 8);
    const person = (): Official =>
      random() < 0.6 && fresh.length
        ? pick(random, fresh)
        : skewed(random, cast.slice(0, (nth + 1) * 8), 2.6);
    const country = () =>
      random() < 0.85 ? countryNamed(skewed(random, theatre.countries, 1.5)) : skewed(random, COUNTRIES, 1.8);
    const arms = () => pick(random, WEAPONS).join(" ");
    const place = () => (random() < 0.85 ? pick(random, theatre.places) : pick(random, PLACES));
    const org = () => skewed(random, ORGANIZATIONS, 1.5);
    const day = () => pick(random, DAYS);

    const a = person();
    let b = person();
    if (b.name === a.name) b = cast[(cast.indexOf(a) + 1) % cast.length]!;
    const [supplier, recipient] = [country(), country()];
    const where = place();
    const paragraphs: string[] = [
      `${a.country[2].toUpperCase()}, ${month} ${dayOfMonth} (${outlet}) -- ${styled(a)} met ${styled(b)} in ${where} on ${day()}, ${a.country[0]}'s government said.`,
    ];
    const templates: (() => string)[] = [
      () => {
        const [s, r] = [country(), country()];
        return s[0] === r[0]
          ? `${s[0]} has tested ${arms()}.`
          : `${s[0]} has delivered ${arms()} to ${r[0]}, ${surname(a)} said.`;
      },
      () => `${capital(org())} assessed that ${country()[0]} had moved ${arms()} to ${place()}.`,
      () => {
        const p = person();
        return `${p.name}, a spokesman for ${org()}, said ${country()[0]} had shipped ${arms()} to ${country()[0]}.`;
      },
      () => {
        const [p, q] = [person(), person()];
        return p.name === q.name
          ? `${styled(p)} visited ${place()}.`
          : `${styled(p)} visited ${q.country[2]} and held talks with ${styled(q)}.`;
      },
      () => `${supplier[0]} supplied ${arms()} and ${arms()} to ${recipient[0]} last year.`,
      () => `${country()[0]} will send ${arms()} to ${country()[0]} next year, ${styled(person())} said.`,
      () => `According to ${org()}, ${country()[0]} has received ${arms()} from ${country()[0]}.`,
      () => {
        const p = person();
        return `${styled(p)} said on ${day()} that ${country()[0]} was preparing an offensive near ${place()}.`;
      },
      () => `A meeting between ${surname(a)} and ${styled(person())} took place in ${place()} on ${day()}.`,
      () => `Shipping through the ${pick(random, SEAS)} was disrupted for a third day.`,
      () => {
        const [p, q] = [person(), person()];
        return p.name === q.name
          ? `${styled(p)} flew to ${place()}.`
          : `${styled(p)} and ${styled(q)} met in ${place()}.`;
      },
      () => `Reporters in ${place()} described long queues at fuel stations.`,
    ];
    const sentences = 7 + Math.floor(random() * 6);
    for (let s = 0; s < sentences; s++) {
      const line = random() < 0.2 ? pick(random, FILLERS) : pick(random, templates)();
      if (s % 2 === 1) paragraphs[paragraphs.length - 1] += ` ${line}`;
      else paragraphs.push(line);
    }
    const slug = `${String(i + 1).padStart(2, "0")}-${a.country[0].toLowerCase().replace(/\s+/g, "-")}-${where.toLowerCase().replace(/[^a-z]+/g, "-")}`;
    articles.push({
      name: `${slug}.txt`,
      text: `${paragraphs.join("\n\n")}\n`,
      meta: {
        title: `${a.country[1]} and ${b.country[1]} officials meet in ${where}`,
        outlet,
        date: `2025-${String(MONTHS.indexOf(month) + 1).padStart(2, "0")}-${String(dayOfMonth).padStart(2, "0")}`,
      },
    });
  }
  return articles;
}

/** Writes the articles and their sidecars into `dir` (created if needed). */
export function writeNews(dir: string, articles: readonly NewsArticle[]): void {
  mkdirSync(dir, { recursive: true });
  for (const article of articles) {
    writeFileSync(join(dir, article.name), article.text);
    writeFileSync(join(dir, article.name.replace(/\.txt$/, ".meta.json")), JSON.stringify(article.meta));
  }
}
