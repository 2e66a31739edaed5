/**
 * Grammar words (data only): closed word classes and irregular verb forms that the
 * part-of-speech tagger in tagger.ts knows by heart; open words are tagged by suffix and context.
 */

/** Closed-class words by tag (Universal POS tag names). */
export const CLOSED_CLASSES: Readonly<Record<string, readonly string[]>> = {
  DET: [
    "the",
    "a",
    "an",
    "this",
    "these",
    "those",
    "each",
    "every",
    "some",
    "any",
    "no",
    "another",
    "both",
    "either",
    "neither",
    "all",
    "several",
    "many",
    "few",
    "such",
    "much",
    "more",
    "most",
    "other",
  ],
  PRON: [
    "i",
    "you",
    "he",
    "she",
    "it",
    "we",
    "they",
    "me",
    "him",
    "her",
    "us",
    "them",
    "his",
    "its",
    "their",
    "our",
    "my",
    "your",
    "who",
    "whom",
    "whose",
    "what",
    "itself",
    "themselves",
    "himself",
    "herself",
    "there",
  ],
  AUX: [
    "be",
    "is",
    "are",
    "was",
    "were",
    "been",
    "being",
    "am",
    "have",
    "has",
    "had",
    "having",
    "do",
    "does",
    "did",
    "will",
    "would",
    "may",
    "might",
    "can",
    "could",
    "shall",
    "should",
    "must",
    "wo",
    "ca",
    "'ll",
    "'re",
    "'ve",
    "'d",
    "’ll",
    "’re",
    "’ve",
    "’d",
  ],
  PART: ["not", "n't", "n’t", "'s", "’s", "'", "’"],
  ADP: [
    "in",
    "on",
    "at",
    "by",
    "with",
    "from",
    "of",
    "for",
    "to",
    "into",
    "onto",
    "about",
    "against",
    "between",
    "among",
    "through",
    "during",
    "without",
    "within",
    "under",
    "over",
    "after",
    "before",
    "near",
    "via",
    "across",
    "toward",
    "towards",
    "around",
    "despite",
    "since",
    "until",
    "per",
    "amid",
    "regarding",
    "behind",
    "beyond",
    "outside",
    "inside",
    "upon",
    "like",
    "off",
    "than",
    "along",
    "throughout",
    "alongside",
    "concerning",
    "following",
    "including",
    "according",
  ],
  CCONJ: ["and", "or", "but", "nor", "yet", "&"],
  SCONJ: [
    "that",
    "whether",
    "if",
    "because",
    "while",
    "although",
    "though",
    "whereas",
    "unless",
    "as",
    "once",
    "when",
    "where",
    "which",
    "why",
    "how",
  ],
  ADV: [
    "also",
    "already",
    "still",
    "just",
    "never",
    "now",
    "then",
    "again",
    "further",
    "even",
    "soon",
    "later",
    "likely",
    "often",
    "very",
    "too",
    "so",
    "ever",
    "here",
    "almost",
    "once",
    "perhaps",
    "instead",
    "however",
    "meanwhile",
    "thus",
    "moreover",
    "nonetheless",
    "ago",
    "yet",
    "together",
    "away",
    "back",
    "abroad",
    "alone",
    "well",
    "far",
    "long",
    "rather",
    "quite",
    "not",
    "reportedly",
    "allegedly",
  ],
};

/** Irregular past tenses and participles (and a few common base verbs) that are always verbs outside a noun phrase. */
export const IRREGULAR_VERBS: readonly string[] = [
  "said",
  "sent",
  "gave",
  "given",
  "sold",
  "met",
  "held",
  "told",
  "thought",
  "found",
  "bought",
  "got",
  "gotten",
  "began",
  "begun",
  "sought",
  "brought",
  "made",
  "took",
  "taken",
  "spoke",
  "spoken",
  "wrote",
  "written",
  "went",
  "gone",
  "knew",
  "known",
  "saw",
  "seen",
  "came",
  "become",
  "became",
  "left",
  "led",
  "kept",
  "struck",
  "shot",
  "hit",
  "fought",
  "won",
  "lost",
  "flew",
  "flown",
  "drew",
  "drawn",
  "ran",
  "put",
  "set",
  "cut",
  "meant",
  "built",
  "felt",
  "stood",
  "understood",
  "withdrew",
  "withdrawn",
  "overseen",
  "oversaw",
  "shown",
  "grew",
  "grown",
  "threw",
  "thrown",
  "say",
  "says",
  "tell",
  "tells",
  "meet",
  "meets",
  "send",
  "sends",
  "give",
  "gives",
  "sell",
  "sells",
  "get",
  "gets",
  "take",
  "takes",
  "make",
  "makes",
  "seek",
  "seeks",
  "believe",
  "believes",
  "estimate",
  "estimates",
  "warn",
  "warns",
  "deny",
  "denies",
  "accuse",
  "accuses",
  "claim",
  "claims",
  "launch",
  "launches",
  "fire",
  "fires",
  "receive",
  "receives",
];

/** Verb forms that are nouns after a determiner or adjective ("the supplies", "a visit", "talks"). */
export const NOUN_VERB_AMBIGUOUS: readonly string[] = [
  "supply",
  "supplies",
  "report",
  "reports",
  "visit",
  "visits",
  "talk",
  "talks",
  "transfer",
  "transfers",
  "export",
  "exports",
  "aid",
  "claim",
  "claims",
  "estimate",
  "estimates",
  "meeting",
  "briefing",
  "attack",
  "attacks",
  "strike",
  "strikes",
  "deal",
  "deals",
  "ship",
  "ships",
  "call",
  "calls",
  "warning",
  "statement",
  "fire",
  "launch",
  "sale",
  "delivery",
  "deliveries",
  "shipment",
  "shipments",
  "deployment",
  "shells",
  "sign",
  "plan",
  "plans",
  "promise",
  "pledge",
  "offer",
  "deny",
  "need",
  "hope",
  "aim",
  "support",
  "arms",
  "arm",
  "host",
  "view",
  "fears",
  "fear",
];

/**
 * Present-tense verbs of saying that the statistical tagger reads as plural nouns after a
 * document or body ("The report states that …", "the document notes that …", "The ministry
 * claims that …"); read as the verb only there, before "that" and a clause of its own.
 */
export const SAYING_PRESENT_FORMS: readonly string[] = [
  "states",
  "notes",
  "claims",
  "reports",
  "remarks",
  "observes",
  "asserts",
  "alleges",
  "argues",
  "maintains",
  "insists",
  "suggests",
  "concludes",
  "finds",
  "adds",
  "estimates",
  "assesses",
  "calculates",
];

/**
 * Nouns of a document or a body that speaks through one, after which a saying form before "that"
 * is the verb ("The report states that"; not "the member states that signed").
 */
export const SAYING_SUBJECT_NOUNS: readonly string[] = [
  "report",
  "document",
  "statement",
  "letter",
  "resolution",
  "communique",
  "communiqué",
  "study",
  "analysis",
  "assessment",
  "review",
  "memo",
  "memorandum",
  "dossier",
  "article",
  "ministry",
  "government",
  "agency",
  "embassy",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "intelligence",
  "command",
  "army",
  "military",
];

/**
 * Nouns of officials after which a saying form is a verb before a name and its verb ("DRC official
 * claims Rwanda aiding M23 rebels", "US officials claim …" is a verb already).
 */
export const SAYING_OFFICIAL_NOUNS: readonly string[] = [
  "official",
  "officials",
  "minister",
  "ministry",
  "source",
  "sources",
];

/** Plural nouns of speakers before a saying verb's base form ("officials estimate", "analysts claim"). */
export const SAYING_PLURAL_SUBJECTS: readonly string[] = [
  "officials",
  "sources",
  "analysts",
  "experts",
  "diplomats",
  "authorities",
  "investigators",
  "observers",
  "officers",
  "commanders",
  "ministries",
  "agencies",
  "governments",
  "researchers",
];

/**
 * Present-tense verbs of voicing a feeling, whose plain object a preposition of its cause closes
 * ("China voices anger over US arms sales", "Japan expresses concern about the drills").
 */
export const VOICING_VERBS: readonly string[] = ["voices", "expresses"];

/** Quantifiers that float between a coordinated subject and its verb ("Japan and Korea both condemned"). */
export const FLOATING_QUANTIFIERS: readonly string[] = ["both", "all", "each"];

/**
 * Words of NOT_VERB_WORDS that are still the verb right before a that-clause ("Kenya alleged that
 * Uganda …"; "the alleged attack" stays an adjective).
 */
export const CLAUSE_VERBS_AMONG_NOT_VERBS: readonly string[] = ["alleged"];

/**
 * Capitalised names of a kind of transaction, not of a body or a place: their words are common
 * words, the last one the head noun ("a possible Foreign Military Sale to France" is a sale;
 * "Sale" is no town there). Lower-cased, words split by spaces.
 */
export const TRANSACTION_TERMS: readonly string[] = [
  "foreign military sale",
  "foreign military sales",
  "direct commercial sale",
  "direct commercial sales",
];

/** Acronyms of a kind of transaction, read as its head noun ("approved a potential FMS of drones to France"). */
export const TRANSACTION_ACRONYMS: Readonly<Record<string, string>> = { FMS: "sale", FMA: "sale" };

/** Words that look like -ed or -ing verbs but are adjectives or nouns ("united", "during"). */
export const NOT_VERB_WORDS: readonly string[] = [
  "neighbouring",
  "neighboring",
  "red",
  "bed",
  "need",
  "speed",
  "seed",
  "feed",
  "united",
  "armed",
  "advanced",
  "limited",
  "unprecedented",
  "alleged",
  "so-called",
  "detailed",
  "indeed",
  "hundred",
  "related",
  "associated",
  "based",
  "thing",
  "nothing",
  "something",
  "anything",
  "everything",
  "king",
  "spring",
  "morning",
  "evening",
  "building",
  "ceiling",
  "string",
  "wing",
  "ring",
  "during",
];

/**
 * Words of a time adverbial that may stand between a subject and its verb ("India on Friday
 * delivered", "the army yesterday unveiled", "Kenya last week received"), besides month and
 * weekday names and numbers.
 */
export const TIME_ADVERBIAL_WORDS: readonly string[] = [
  "yesterday",
  "today",
  "tonight",
  "morning",
  "afternoon",
  "evening",
  "night",
  "weekend",
  "week",
  "month",
  "year",
  "last",
  "this",
  "earlier",
  "later",
  "early",
  "late",
  "mid",
];

/**
 * A time adverbial of a relative word, "in the" and a period ("earlier in the day", "later in the
 * week"): its first words and its periods.
 */
export const RELATIVE_TIME_WORDS: readonly string[] = ["earlier", "later"];
export const TIME_PERIOD_WORDS: readonly string[] = [
  "day",
  "week",
  "month",
  "year",
  "morning",
  "afternoon",
  "evening",
];

/** Prepositions that open a time adverbial ("on Friday", "in March", "at the weekend"). */
export const TIME_ADVERBIAL_PREPOSITIONS: readonly string[] = ["on", "in", "at", "during", "since", "by"];

/**
 * Words that open the named examples of a group set off after it by commas ("Other EU members,
 * especially Hungary, warned …", "Several states, including Qatar and Oman, criticised …"); "such
 * as" is read as one opener.
 */
export const EXAMPLE_OPENERS: readonly string[] = [
  "including",
  "especially",
  "notably",
  "particularly",
  "chiefly",
  "mainly",
  "like",
  "such",
];

/**
 * Relative pronouns that open an aside set off by commas after a subject (", which has not
 * commented further,", ", who visited Kyiv last week,"): the clause is read across it
 * (insertions.ts).
 */
export const INSERTION_RELATIVES: readonly string[] = ["which", "who"];

/**
 * Prepositions of time that open a clause of a gerund whose act is done before the main clause's
 * ("After buying 48 howitzers from Seoul, Norway ordered more", "Upon receiving the jets, …"); the
 * gerund's subject is the main clause's.
 */
export const PAST_GERUND_OPENERS: readonly string[] = ["after", "upon", "since"];

/**
 * Relative pronouns: a verb after one belongs to a relative clause ("the firm, which supplies …",
 * "accompanied by X, who said …"), not to the clause before it.
 */
export const RELATIVE_PRONOUNS: readonly string[] = ["which", "that", "who", "whom", "whose"];

/**
 * Prepositions of means that may set a channel between a subject and its verb ("the Army through
 * the Ministry of Defence capitalizes on …", "Iran, via Hezbollah, supplied …"): the actor before
 * the phrase is the subject.
 */
export const MEANS_PREPOSITIONS: readonly string[] = ["through", "via"];

/** The articles ("the", "a", "an"). */
export const ARTICLES: readonly string[] = ["the", "a", "an"];
/** The indefinite articles ("a", "an"). */
export const INDEFINITE_ARTICLES: readonly string[] = ["a", "an"];

/**
 * The definite determiners a plural noun takes: "the" and the plural demonstratives ("the helicopters",
 * "these vessels", "those claims").
 */
export const DEFINITE_PLURAL_DETERMINERS: readonly string[] = ["the", "these", "those"];

/**
 * The definite determiners a singular noun takes: "the" and the singular demonstratives ("the sale",
 * "this deal", "that agreement").
 */
export const DEFINITE_SINGULAR_DETERMINERS: readonly string[] = ["the", "this", "that"];

/**
 * The forms of "be", which make a participle after them passive ("was donated", "have been sent").
 * Not the clitic "'s", which is as often "has" ("Russia's sent") as "is".
 */
export const FORMS_OF_BE: readonly string[] = ["am", "is", "are", "was", "were", "been", "be", "being"];

/** The modal verbs ("will", "would", "may", …). */
export const MODAL_VERBS: readonly string[] = [
  "will",
  "would",
  "shall",
  "may",
  "might",
  "could",
  "can",
  "should",
  "must",
];

/**
 * Third-person subject pronouns that may stand for a body or a country ("it", "they"): a pronoun
 * subject after a verb of saying may stand for its speaker ("The State Department said it has
 * notified"), one opening a claim for the claim's author or the one charged.
 */
export const THIRD_PERSON_SUBJECTS: readonly string[] = ["it", "they"];

/** Third-person subject pronouns that open a claim clause without "that" ("accusations it was supporting rebels"). */
export const CLAUSE_PRONOUNS: readonly string[] = [...THIRD_PERSON_SUBJECTS, "he", "she"];

/**
 * Subject pronouns that stand for people ("I", "we", "you", "he", "she", "they"; not "it"): a claim
 * whose subject one is, unresolved, is about whom it stands for.
 */
export const PERSONAL_SUBJECTS: readonly string[] = ["i", "we", "you", "he", "she", "they"];

/** Pronouns that open a sentence about goods told before ("It is a gift from India", "They were built by Y"). */
export const GOODS_PRONOUNS: readonly string[] = ["it", "this", "they", "these"];

/**
 * Words that open a phrase set off by commas after a subject naming other actors beside it or
 * against it ("Russia, with China, vetoed …", "Poland, unlike Hungary, sent …"): such a phrase is
 * no aside the clause may be read across (insertions.ts), as the examples after EXAMPLE_OPENERS
 * are not.
 */
export const COMPANION_OPENERS: readonly string[] = [
  "with",
  "alongside",
  "along",
  "together",
  "unlike",
  "besides",
  "except",
  "than",
  "as",
];
