/**
 * Organization descriptions (data only): lower-case noun phrases that, after a country's
 * possessive or demonym, name one of its bodies ("Ukraine's military intelligence agency",
 * "the Polish navy"); the named organizations some of them stand for; the head nouns a later
 * definite description ("the agency") may refer back with; and the "known as" phrases.
 */

/** Descriptions, longest first is not required (the matcher prefers the longest). */
export const ORG_DESCRIPTIONS: readonly string[] = [
  "military intelligence agency",
  "military intelligence directorate",
  "military intelligence service",
  "military intelligence",
  "defence intelligence agency",
  "defense intelligence agency",
  "intelligence agency",
  "intelligence service",
  "intelligence services",
  "security service",
  "defence ministry",
  "defense ministry",
  "ministry of defence",
  "ministry of defense",
  "foreign ministry",
  "foreign affairs ministry",
  "ministry of foreign affairs",
  "interior ministry",
  "ministry of interior",
  "navy",
  "air force",
  "coast guard",
  "border guard",
  "border service",
  "armed forces",
  "general staff",
  "joint chiefs of staff",
  "army",
  "defence department",
  "defense department",
  "state department",
  "state news agency",
  "news agency",
  "space agency",
  "nuclear agency",
  "atomic energy agency",
  "national guard",
  "parliament",
  "cabinet",
  "central bank",
];

/**
 * Descriptions that name a known organization: `Country|description|Canonical name` (the
 * canonical name must be in the organization gazetteer).
 */
export const ORG_DESCRIPTION_NAMES: readonly string[] = [
  "Ukraine|military intelligence agency|Main Directorate of Intelligence",
  "Ukraine|military intelligence directorate|Main Directorate of Intelligence",
  "Ukraine|military intelligence service|Main Directorate of Intelligence",
  "Ukraine|military intelligence|Main Directorate of Intelligence",
  "Ukraine|security service|Security Service of Ukraine",
  "South Korea|intelligence agency|National Intelligence Service",
  "South Korea|intelligence service|National Intelligence Service",
  "South Korea|joint chiefs of staff|Joint Chiefs of Staff",
  "North Korea|state news agency|Korean Central News Agency",
  "North Korea|news agency|Korean Central News Agency",
  "North Korea|army|Korean People's Army",
  "Russia|security service|Federal Security Service",
  "Russia|military intelligence|GRU",
  "United States|defense department|Department of Defense",
  "United States|defence department|Department of Defense",
  "United States|state department|State Department",
  "United States|defense intelligence agency|Defense Intelligence Agency",
  "China|coast guard|China Coast Guard",
];

/**
 * Nouns a definite description may refer back with ("the agency", "the ministry"), each with
 * the last words of the organization names it fits.
 */
export const ORG_ANAPHORS: readonly string[] = [
  "agency|agency,directorate,service,intelligence,gur,hur,cia,nis,fsb,svr,gru,dia",
  "ministry|ministry,department,pentagon",
  "directorate|directorate,intelligence",
  "service|service,intelligence,agency",
  "navy|navy",
  "army|army",
  "military|army,forces,staff,pentagon",
  "coast guard|guard",
  "guard|guard",
  "alliance|alliance,nato,organization",
  "bloc|union,alliance,nato,organization",
  "group|group,wagner,hamas,hezbollah,houthis,taliban,jihad",
  "company|company,corporation,industries,systems,rostec,rosoboronexport",
  "firm|company,corporation,industries,systems",
  "militia|group,militia,hezbollah,houthis",
  "council|council",
  "department|department",
];

/** Nouns of a published finding whose definite form ("the report said") refers back to its source. */
export const REPORT_NOUNS: readonly string[] = [
  "report",
  "statement",
  "assessment",
  "study",
  "analysis",
  "review",
  "communique",
  "dossier",
  "findings",
];

/** Verbs by which a source puts out a report ("Amnesty published a report"). */
export const PUBLISH_VERBS: readonly string[] = ["published", "released", "issued", "put", "produced"];

/** Phrases after a comma that give another name ("The agency, known as the GUR, said"). */
export const ALIAS_CUES: readonly string[] = ["known as", "also known as", "also called", "called", "dubbed"];

/** Words of an organization's name that make it its state acting ("Polish Defence Ministry sent" → Poland). */
export const STATE_BODY_WORDS: readonly string[] = ["ministry", "government", "cabinet"];
