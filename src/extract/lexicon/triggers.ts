/**
 * Relation cue words (data only): clause breaks, catenative and auxiliary verbs, objects that are
 * not supplies; and, derived from the frames (frames.json), the trigger lemmas by relation for the lemmatizer.
 */
import { DEFAULT_FRAMES, frameLemmas } from "../frames.ts";

/** Verbs whose subject supplies (from the frames). */
export const SUPPLY_VERBS: readonly string[] = frameLemmas(
  DEFAULT_FRAMES,
  "supplies",
  "verb",
  (f) => f.roles.subject === "supplier",
);

/**
 * Objects of a supply verb that are no goods when they end their phrase: energy, vaccines and
 * intelligence ("exported natural gas to Israel", "supplied electricity to northern Syria",
 * "provided intelligence to Ukraine on troop movements"); not when they qualify a noun after them
 * ("gas turbines", "oil tankers", "intelligence, surveillance and reconnaissance aircraft").
 */
export const COMMODITY_OBJECTS: readonly string[] = [
  "electricity",
  "gas",
  "lng",
  "oil",
  "crude",
  "vaccine",
  "vaccines",
  "intelligence",
];

/**
 * Qualifiers of a non-material object of a supply verb ("provided Ukraine with political support",
 * "gave Kyiv diplomatic backing"): without goods named, no supply.
 */
export const NON_MATERIAL_QUALIFIERS: readonly string[] = [
  "political",
  "diplomatic",
  "moral",
  "verbal",
  "symbolic",
  "rhetorical",
  "spiritual",
];

/**
 * Verbs whose subject fields the weapons they take as object; with a reduced passive after the
 * weapons ("Ukraine used Leopard tanks, delivered by Germany") the subject is the recipient.
 * Word forms, matched on the lower-cased token (the lemmatizer keeps some past forms whole).
 */
export const USE_VERBS: readonly string[] = [
  "use",
  "used",
  "uses",
  "using",
  "employed",
  "fielded",
  "operated",
  "operates",
  "fired",
  "launched",
  "deployed",
  "flew",
  "flown",
  "tested",
];

/**
 * Verbs whose subject has the weapons it takes as object: the verbs of use, and of showing,
 * inducting, commissioning, welcoming and replacing. With a participle after the weapons ("Serbia displayed the FK-3
 * system procured from China") the subject is the recipient. Word forms, lower-cased.
 */
export const OWNER_VERBS: readonly string[] = [
  ...USE_VERBS,
  "presented",
  "displayed",
  "unveiled",
  "showcased",
  "showed",
  "paraded",
  "inducted",
  "commissioned",
  "received",
  // "the Pakistan Navy welcomed 10 Sea King helicopters acquired from Qatar".
  "welcomed",
  "integrated",
  "added",
  "operate",
  "field",
  "fields",
  "has",
  "have",
  "had",
  "owns",
  // "bought 24 helicopters … to replace eight Mi-17 helicopters purchased from the Soviet Union".
  "replace",
  "replaced",
  "replaces",
  "replacing",
];

/** Nouns of a signed text: their signers met to sign it ("signed a memorandum of understanding"). */
export const ACCORD_NOUNS: readonly string[] = [
  "agreement",
  "agreements",
  "memorandum",
  "memorandums",
  "memoranda",
  "mou",
  "accord",
  "accords",
  "treaty",
  "pact",
  "declaration",
  "communique",
  "protocol",
  "deal",
  "deals",
  // "signed the contract on Wednesday with the company's vice president X": signing together.
  "contract",
  "contracts",
  // "A and B signed the handover certificate": the record of a handover, signed together.
  "certificate",
  "certificates",
];

/** Verbs whose subject receives (from the frames). */
export const RECEIVE_VERBS: readonly string[] = frameLemmas(
  DEFAULT_FRAMES,
  "supplies",
  "verb",
  (f) => f.roles.subject === "recipient",
);

/** Verbs whose subject is a deal told before and whose object its contents (from the frames). */
export const SUPPLY_CONTENT_VERBS: readonly string[] = frameLemmas(
  DEFAULT_FRAMES,
  "supplies",
  "verb",
  (f) => f.roles.subject === "deal",
);

/** Nouns naming a supply or a purchase (from the frames). */
export const SUPPLY_NOUNS: readonly string[] = frameLemmas(DEFAULT_FRAMES, "supplies", "noun");

/** Verbs whose object is a supply noun and whose subject supplies (from the frames). */
export const SUPPLY_NOUN_VERBS: readonly string[] = frameLemmas(
  DEFAULT_FRAMES,
  "supplies",
  "governor",
  (f) => f.roles.subject === "supplier",
);

/** Nouns of quantity between a verb and its supply noun ("announced a package of military aid"). */
export const SUPPLY_QUANTITY_NOUNS: readonly string[] = [
  "package",
  "batch",
  "tranche",
  "round",
  "consignment",
  "shipment",
  "lot",
  "series",
];

/** Verbs whose object is a supply noun and whose subject receives (from the frames). */
export const RECEIPT_NOUN_VERBS: readonly string[] = frameLemmas(
  DEFAULT_FRAMES,
  "supplies",
  "governor",
  (f) => f.roles.subject === "recipient",
);

/** Nouns that open an amount with "of" before a supply noun ("approved a total of $1 billion worth of sales"). */
export const AMOUNT_TOTAL_NOUNS: readonly string[] = ["total", "sum"];

/** Nouns of a contract whose "to buy" clause belongs to the signer ("signed a deal to buy"). */
export const DEAL_NOUNS: readonly string[] = ["deal", "agreement", "contract", "order", "accord"];

/** Participles that say a deal was concluded ("a deal announced by", "a contract signed in 2019"). */
export const CONCLUDING_PARTICIPLES: readonly string[] = [
  "announced",
  "signed",
  "concluded",
  "finalised",
  "finalized",
  "inked",
  "sealed",
  "approved",
  "agreed",
];

/**
 * Words that open a relative clause telling what a deal provides, after the deal noun: a
 * preposition before "which" ("an agreement in which X will buy …", "a contract under which X will
 * deliver …") or one word ("whereby").
 */
export const DEAL_RELATIVE_PREPOSITIONS: readonly string[] = ["in", "under", "through", "by"];
export const DEAL_RELATIVE_WORDS: readonly string[] = ["whereby"];

/**
 * Relative words that open a clause on a noun phrase of things: a supply of the goods before them
 * ("two Y-12 aircraft which the KDF procured from Harbin", "the jets that France delivered", "the
 * frigates, which were supplied by Spain"), the owner of a judged act ("the support that Slovenia
 * provided"), a delegation's leader ("a delegation that was led by X").
 */
export const THING_RELATIVE_WORDS: readonly string[] = ["which", "that"];

/**
 * Verbs (lemmas) of notifying a legislature or a body of a sale: the sale told in their that-clause
 * ("notified Congress that it is willing to sell 50 tanks to Bahrain") or after their addressee's
 * "of" ("notified Congress of the possible sale of 40 jets to Taiwan") is a notified sale, a
 * committed transfer whose supplier, told by a pronoun, is the notifier.
 */
export const NOTIFYING_VERBS: readonly string[] = ["notify"];

/**
 * Words of a predicate, besides the concluding participles, that say its subject's deal or meeting
 * was carried out ("was completed", "took place", "did not go ahead"): a hedge or negation before
 * them undoes it (subject-predicates.ts).
 */
export const REALISING_WORDS: readonly string[] = [
  "completed",
  "place",
  "happen",
  "happened",
  "proceed",
  "proceeded",
  "materialise",
  "materialised",
  "materialize",
  "materialized",
  "ahead",
];

/**
 * Words of a predicate that leave the deal its subject names open ("Another contract to acquire six
 * Apache helicopters is also on the table", "India's purchase of S-400 remains under negotiation",
 * "the sale is still pending"; subject-predicates.ts).
 */
export const OPEN_STATUS_WORDS: readonly string[] = [
  "on the table",
  "pending",
  "discussion",
  "negotiation",
  "negotiations",
  "consideration",
  "shelved",
  "stalled",
  "postponed",
  "deferred",
  "being negotiated",
  "being discussed",
  "being considered",
];

/**
 * Words after a deal noun, or right before it, that leave the deal unconcluded: a future supply
 * under it stays planned ("under a deal still being negotiated", "under a proposed contract").
 */
export const UNCONCLUDED_WORDS: readonly string[] = [
  "being",
  "negotiated",
  "discussed",
  "proposed",
  "planned",
  "expected",
  "pending",
  "discussion",
  "negotiation",
  "negotiations",
  "yet",
];

/**
 * Nouns of an aid package: a future gift told as part of one is committed ("As part of a new $725
 * million security assistance package, the United States will send …"; committed-futures.ts).
 */
export const AID_PACKAGE_NOUNS: readonly string[] = ["package", "tranche"];

/** Prepositions that open the phrase of the package a future gift belongs to ("as part of", "in its latest package"). */
export const AID_PACKAGE_PREPOSITIONS: readonly string[] = ["of", "in", "under", "through"];

/**
 * Verb forms that announce a future gift as made ("The United States announced Monday it would
 * provide …", "Kishida announced that Japan will provide …"); a bare or infinitive form ("is
 * expected to announce") announces nothing yet.
 */
export const ANNOUNCING_FORMS: readonly string[] = ["announced", "announces", "unveiled", "unveils"];

/** Auxiliaries of the future that an announcement or a package commits ("will", "would"). */
export const FUTURE_AUXILIARIES: readonly string[] = ["will", "would", "'ll", "’ll", "shall"];

/**
 * Auxiliaries of a plain future that tells a transfer as settled ("The US Coast Guard will transfer
 * two Island-class patrol boats to Ukraine during a ceremony"); "would" is left out: it reports or
 * conditions ("said it would", "would receive if approved").
 */
export const TOLD_FUTURE_AUXILIARIES: readonly string[] = ["will", "'ll", "’ll", "shall"];

/**
 * Frames of handing goods over, in either direction, whose plain future with goods between named
 * parties is a told transfer (committed-futures.ts toldFuture); buying, pledging and deploying are
 * not among them (a future purchase is an intent; troops sent stay planned).
 */
export const TOLD_FUTURE_FRAMES: readonly string[] = [
  "supply-give",
  "supply-sell",
  "supply-send",
  "supply-present",
  "supply-turn-over",
  "supply-receive",
  "supply-accept",
];

/**
 * Words of a clause that make its future transfer wait on something ("will deliver IRIS-T systems to
 * Egypt once a deal is signed", "will receive the jets if Congress approves"): such a future stays
 * planned (committed-futures.ts toldFuture).
 */
export const FUTURE_CONDITION_WORDS: readonly string[] = [
  "if",
  "once",
  "unless",
  "when",
  "pending",
  "provided",
];

/** Words of a future time, which a plain future carries without further hedge ("from next year", "in the coming weeks"). */
export const FUTURE_TIME_WORDS: readonly string[] = ["next", "coming", "upcoming", "forthcoming", "future"];

/**
 * Subordinators that, after a comma, open a clause of background to the one before it (", as Kyiv
 * seeks heavier weapons", ", while Berlin …"): its words are no terms of that clause.
 */
export const BACKGROUND_SUBORDINATORS: readonly string[] = [
  "as",
  "while",
  "because",
  "although",
  "though",
  "whereas",
  "amid",
];

/** Nouns for people sent abroad: with them "deploy" and "dispatch" are supplies ("deployed troops to"). */
export const PERSONNEL_WORDS: readonly string[] = [
  "troops",
  "soldiers",
  "forces",
  "personnel",
  "workers",
  "units",
  "fighters",
  "mercenaries",
  "officers",
  "engineers",
  "specialists",
  "advisers",
  "instructors",
];

/** Verbs that must govern a frame noun for it to count ("signed a contract", "voiced concern"; from the frames). */
export const GOVERNING_VERBS: readonly string[] = [
  ...new Set(DEFAULT_FRAMES.flatMap((f) => f.governedBy ?? [])),
];

/** Participles hyphened to a supplier before a noun ("US-supplied", "China-gifted"; from the frames). */
export const SUPPLY_MODIFIERS: readonly string[] = frameLemmas(DEFAULT_FRAMES, "supplies", "modifier");

/** Nouns of judgement whose governing verb's subject assesses ("voiced concern about"; from the frames). */
export const ASSESS_FRAME_NOUNS: readonly string[] = frameLemmas(DEFAULT_FRAMES, "assesses", "noun");

/** Verbs of meeting (from the frames). */
export const MEET_VERBS: readonly string[] = frameLemmas(DEFAULT_FRAMES, "meets", "verb");

/** Nouns of meeting (from the frames). */
export const MEET_NOUNS: readonly string[] = frameLemmas(DEFAULT_FRAMES, "meets", "noun");

/** Verbs of statement, assessment and accusation (from the frames). */
export const ASSESS_VERBS: readonly string[] = frameLemmas(DEFAULT_FRAMES, "assesses", "verb");

/** Verbs whose subject states or judges ("said", "accused", "praised"; from the frames: the rows whose subject is the speaker). */
export const SPEAKER_VERBS: readonly string[] = frameLemmas(
  DEFAULT_FRAMES,
  "assesses",
  "verb",
  (f) => f.roles.subject === "speaker",
);

/**
 * Verbs by which a claim's subject relays another claim ("Yoo said the Assembly has determined that
 * North Korea has sent …"): with a that-clause after them, the outer claim is about the inner one's subject.
 */
export const RELAY_VERBS: readonly string[] = [
  "say",
  "determine",
  "conclude",
  "find",
  "believe",
  "report",
  "assess",
  "estimate",
  "confirm",
  "state",
  "announce",
  "note",
  // "he observed that Houthi rebels had used Iran's drones, the report revealed": verbs of remarking
  // relay the clause they open as "said that" does.
  "observe",
  "stress",
  "emphasise",
  "emphasize",
  "add",
  "explain",
  "remark",
  "reiterate",
  "underline",
];

/**
 * Verbs of speech only when no object follows them ("he added", "added that …"): with a noun
 * phrase after them they tell an act ("arms deliveries only add fuel to the fire").
 */
export const OBJECTLESS_SPEECH_VERBS: readonly string[] = ["add"];

/**
 * Verbs of speech whose subject makes a statement of its own ("Lavrov accused the US …, AFP
 * reported"; "Chen made the remarks …, Xinhua reported"): a claim made of one relays that
 * statement, and its teller does not assess the speaker (the speaker's own verb gives its facts).
 */
export const SPEECH_VERBS: readonly string[] = [
  "say",
  "tell",
  "claim",
  "allege",
  "accuse",
  "deny",
  "reject",
  "dismiss",
  "refute",
  "warn",
  "condemn",
  "denounce",
  "blame",
  "criticize",
  "criticise",
  "slam",
  "insist",
  "tweet",
  "state",
  "announce",
  "confirm",
  "argue",
  "stress",
  "reiterate",
  "add",
  "assert",
  "declare",
  "acknowledge",
  "recognise",
  "recognize",
  "express",
  "praise",
  "thank",
  "welcome",
  "call",
  "describe",
  "brand",
  "label",
  "lambast",
  "castigate",
  "rebuke",
  "deplore",
  "commend",
  "hail",
  "laud",
  "applaud",
];

/**
 * Verbs of stance: a claim made of one ("Beijing opposes the US decision to …, Geng said") is
 * about the actor of its object, whoever holds the stance (often the speaker's own side).
 */
export const STANCE_VERBS: readonly string[] = [
  "oppose",
  "object",
  "condemn",
  "denounce",
  "deplore",
  "reject",
  "slam",
  "criticize",
  "criticise",
  "protest",
];

/**
 * Words (forms or lemmas) that deny a stance told after them in a claim ("did not condemn",
 * "failed to oppose", "refused to denounce").
 */
export const DENIED_STANCE_WORDS: readonly string[] = [
  "not",
  "n't",
  "never",
  "no",
  "fail",
  "refuse",
  "decline",
];

/**
 * Verbs of a stance that a government may hold as a policy: with a habitual cue between subject
 * and verb ("Poland has long opposed Moscow", "India has always opposed …") they tell a standing
 * policy, not a judgement stated about the object.
 */
export const POLICY_STANCE_VERBS: readonly string[] = ["oppose", "object"];

/** Cues of a stance held over time, between subject and verb. */
export const HABITUAL_CUES: readonly string[] = [
  "long",
  "always",
  "consistently",
  "traditionally",
  "historically",
  "steadfastly",
];

/** Words that open an embedded question: a judgement told inside one is only possible ("unclear whether China criticized Japan"). */
export const QUESTION_OPENERS: readonly string[] = ["whether", "if"];

/** Adjectives of certainty after an extraposed "it is" whose clause is the claim ("It is clear Australia is anxious"). */
export const CERTAINTY_ADJECTIVES: readonly string[] = [
  "clear",
  "evident",
  "obvious",
  "certain",
  "apparent",
  "undeniable",
  "undisputed",
];

/**
 * Verbs of knowing and perceiving whose that-clause, after the speaker's own "we" or "I", is the
 * real claim ("“We know that Iran has sent drones …,” X said" is about Iran), with RELAY_VERBS.
 */
export const COGNITION_VERBS: readonly string[] = [
  "know",
  "see",
  "notice",
  "understand",
  "think",
  "realise",
  "realize",
  "learn",
  "feel",
];

/** Adjectives of conviction after "we are" whose that-clause is the claim ("we are convinced that Algeria …"). */
export const CONVICTION_ADJECTIVES: readonly string[] = [
  "convinced",
  "sure",
  "certain",
  "confident",
  "aware",
  "persuaded",
];

/**
 * Nouns of indication that a claim's "be" takes before a that-clause, which is then the claim
 * ("“The incursion is a clear indication that Guatemala is prepared …,” the ministry said"), or
 * before an of- or to-phrase, whose act's owner the claim is then about ("“This is testament to
 * Australia's commitment,” X said").
 */
export const INDICATION_NOUNS: readonly string[] = [
  "sign",
  "indication",
  "signal",
  "reminder",
  "testament",
  "demonstration",
  "confirmation",
  "illustration",
  "indicator",
  "proof",
  "evidence",
  "reflection",
  "symbol",
  "manifestation",
];

/**
 * Nouns of evidence that "have" takes before what it proves: a claim "X has evidence of Y
 * supplying …" or "that Y supplied …" is about Y, not about the one who holds the evidence.
 */
export const EVIDENCE_NOUNS: readonly string[] = ["evidence", "proof", "proofs", "intelligence"];

/** Adjectives of gratitude whose to-phrase names whom a claim thanks ("we are grateful to Japan for …"). */
export const GRATITUDE_ADJECTIVES: readonly string[] = ["grateful", "thankful", "indebted"];

/** Adjectives of blame after a verb's object ("held Israel responsible", "hold Kyiv accountable"). */
export const RESPONSIBILITY_ADJECTIVES: readonly string[] = [
  "responsible",
  "accountable",
  "liable",
  "culpable",
];

/**
 * Verbs of contact, travel and talk: in a claim about the speaker's own act ("said he contacted
 * NATO's Secretary-General", "said she would visit China"), the one contacted or visited is not
 * judged (relations/assess.ts selfClaimObject).
 */
export const CONTACT_VERBS: readonly string[] = [
  "contact",
  "call",
  "phone",
  "telephone",
  "visit",
  "meet",
  "host",
  "travel",
  "talk",
  "speak",
  "brief",
  "inform",
  "tell",
  "write",
  "accompany",
  "attend",
  "join",
];

/**
 * Nouns of a member that a body's name may qualify ("a NATO country", "EU member states", "a NATO
 * ally"): the body is then no recipient of a supply, its member is (relations/supply.ts).
 */
export const MEMBER_NOUNS: readonly string[] = [
  "country",
  "countries",
  "ally",
  "allies",
  "member",
  "members",
  "state",
  "states",
  "nation",
  "nations",
  "partner",
  "partners",
];

/**
 * Subordinators of a clause of time, reason or concession set before a claim's subject ("As our
 * cooperation grows, Ghana is …", "While talks continue, Russia remains …"): the claim's subject
 * follows the comma that closes it. ("If" and "unless" are left out: their claim is a condition.)
 */
export const FRONTED_SUBORDINATORS: readonly string[] = [
  "as",
  "while",
  "whereas",
  "although",
  "though",
  "when",
  "since",
  "because",
  "once",
  "now",
];

/** Subordinators of a participle clause that tells a statement's occasion ("when asked about …"). */
export const OCCASION_SUBORDINATORS: readonly string[] = ["when", "while", "after"];

/** Forms of the verbs besides "be" that link a subject to a predicate adjective ("remained critical of"). */
export const LINKING_VERB_FORMS: readonly string[] = [
  "remain",
  "remains",
  "remained",
  "become",
  "becomes",
  "became",
];

/** Verbs whose subject and object share the act of a gerund after "in" ("Latvia joined Estonia in condemning …"). */
export const JOINING_VERBS: readonly string[] = ["join"];

/**
 * Prepositions and subordinators that may open a sentence on a gerund clause whose act the main
 * clause's subject performs ("In condemning Belarus, Lithuania …", "After praising Kenya, Ruto …");
 * not "instead of" or "without", which deny the act.
 */
export const GERUND_CLAUSE_OPENERS: readonly string[] = [
  "in",
  "by",
  "after",
  "while",
  "when",
  "upon",
  "besides",
];

/** Nouns that "make" turns into a statement ("made the remarks", "made the comments"). */
export const SPEECH_NOUNS: readonly string[] = [
  "remark",
  "remarks",
  "comment",
  "comments",
  "statement",
  "announcement",
];

/**
 * Nouns of something said that a definite article or demonstrative refers back to ("the
 * statements were unacceptable", "these allegations are baseless"): a claim about them judges
 * whoever made them, named where they were first told.
 */
export const TOLD_REPORT_NOUNS: readonly string[] = [
  "statement",
  "remark",
  "comment",
  "claim",
  "allegation",
  "accusation",
  "assertion",
];

/**
 * Nouns of what someone said that a colon opens ("His words: …", "Her message was clear: …",
 * "The minister's verdict: …"): the claim after the colon is the possessor's.
 */
export const COLON_SPEECH_NOUNS: readonly string[] = [
  "words",
  "message",
  "verdict",
  "reply",
  "response",
  "answer",
  "remarks",
  "comment",
  "conclusion",
];

export const ASSESS_NOUNS: readonly string[] = [
  "assessment",
  "estimate",
  "report",
  "analysis",
  "findings",
  "briefing",
  "statement",
];

/**
 * Verbs of alleging, as written, that close a sentence with their speaker after a comma ("Iran
 * supplied drones to Russia, Israel alleged", "…,” Kyiv claims on Monday"): the sentence before
 * them is the speaker's allegation, so its supplies and meetings are not asserted.
 */
export const TRAILING_ALLEGING_VERBS: readonly string[] = [
  "allege",
  "alleges",
  "alleged",
  "claim",
  "claims",
  "claimed",
  "charge",
  "charges",
  "charged",
  "contend",
  "contends",
  "contended",
  "suspect",
  "suspects",
  "suspected",
];

/**
 * Verbs of a reporting clause that closes a sentence with its speaker after a comma ("… to the
 * United Arab Emirates for an estimated $2 billion, the Pentagon said on Friday"): the speaker is
 * no object of the clause before it, so no object zone crosses into it.
 */
export const TRAILING_REPORT_VERBS: readonly string[] = [
  "say",
  "tell",
  "add",
  "state",
  "announce",
  "report",
  "confirm",
  "note",
  "write",
  "declare",
];

/**
 * Verbs (lemmas) of a speaker's naming in a free relative ("what he says was the delivery of arms
 * to Armenia", "what Kyiv called an arms transfer"): the act the relative names is the speaker's
 * word for it, so the supply or meeting it names is not asserted.
 */
export const DISTANCING_VERBS: readonly string[] = [
  "say",
  "claim",
  "allege",
  "describe",
  "call",
  "term",
  "dub",
  "brand",
  "characterize",
  "characterise",
  "portray",
];

/**
 * Nouns of hearsay: a clause told as their content ("condemned reports that X bought …", "amid
 * allegations that Y supplied …") is only alleged, unless the noun is attributed to an actor
 * ("a UN report that …") or a verb before it confirms it ("confirmed reports that …").
 */
export const HEARSAY_NOUNS: readonly string[] = [
  "report",
  "allegation",
  "accusation",
  "claim",
  "rumour",
  "rumor",
  "speculation",
  "suggestion",
];

/**
 * Prepositions before a noun of hearsay that leave its content unconfirmed ("amid reports that",
 * "responding to allegations that"); "said in a report that" tells a finding, not hearsay.
 */
export const HEARSAY_PREPOSITIONS: readonly string[] = [
  "amid",
  "following",
  "after",
  "despite",
  "over",
  "about",
  "on",
  "to",
];

/**
 * Nouns of a tie between parties whose with-phrase names the partner: a judgement of the tie
 * judges the partner ("appreciated the cooperation with Austria", "praised the partnership with
 * Japan").
 */
export const PARTNERSHIP_NOUNS: readonly string[] = [
  "cooperation",
  "co-operation",
  "collaboration",
  "partnership",
  "friendship",
];

/**
 * Nouns of a gift that thanks may refer back to when they name no giver ("expressed gratitude for
 * the donation", the donation told before).
 */
export const GIFT_NOUNS: readonly string[] = [
  "donation",
  "donations",
  "gift",
  "gifts",
  "aid",
  "assistance",
  "equipment",
  "delivery",
  "shipment",
  "consignment",
  "handover",
];

/**
 * Nouns of a part or side of a place whose of-phrase names where something happened, not who did
 * it ("concern over the missile test off the coast of India", "drills in the waters of Taiwan"): a
 * judgement of what happened there is no judgement of that party.
 */
export const PLACE_PART_NOUNS: readonly string[] = [
  "coast",
  "coastline",
  "shore",
  "waters",
  "border",
  "frontier",
  "territory",
  "airspace",
  "vicinity",
  "outskirts",
  "soil",
  "mainland",
  "north",
  "south",
  "east",
  "west",
  "northeast",
  "northwest",
  "southeast",
  "southwest",
];

/**
 * Nouns of an act whose of-phrase names the one it is done to, not its agent ("condemned the
 * killing of General X", "denounced the invasion of Ukraine", "welcomed the recognition of
 * Palestine"): a judgement of the act is no judgement of that party.
 */
export const PATIENT_ACT_NOUNS: readonly string[] = [
  "killing",
  "assassination",
  "murder",
  "execution",
  "death",
  "arrest",
  "detention",
  "imprisonment",
  "jailing",
  "kidnapping",
  "abduction",
  "capture",
  "expulsion",
  "persecution",
  "invasion",
  "occupation",
  "annexation",
  "recognition",
  "bombing",
  "shelling",
  "blockade",
];

/**
 * Supply verbs of either direction ("leased jets to X", "leased jets from X"): with a source and no
 * recipient, their subject is the one who received.
 */
export const TWO_WAY_SUPPLY_VERBS: readonly string[] = ["lease", "rent", "charter"];

/** Verbs that vouch for the hearsay they take as object ("confirmed reports that …"). */
export const CONFIRMING_VERBS: readonly string[] = ["confirm", "verify", "corroborate", "substantiate"];

/** Words that end a clause: subject and object search does not cross them. */
export const CLAUSE_BREAKS: readonly string[] = [
  ";",
  ":",
  // "donated 28 tanks to the Czech Republic, due to Czech military assistance to Ukraine": a
  // phrase of cause ends the clause's objects.
  "due",
  "owing",
  "while",
  "whereas",
  "although",
  "though",
  "but",
  "because",
  "since",
  "after",
  "before",
  "when",
  "where",
  "which",
  "who",
  "whom",
  "whose",
  "unless",
  "until",
  "despite",
  "however",
  "—",
  "–",
  "(",
  ")",
  "“",
  "”",
  '"',
];

/**
 * Nouns that take a prepositional phrase of their own ("competition from X", "pressure from X",
 * "bids from X"): a phrase right after one, an adverb at most between ("against competition
 * notably from Lockheed Martin"), belongs to the noun, not to the verb before it, so "bought the
 * frigates amid competition from Fincantieri" names no seller.
 */
export const COMPLEMENT_NOUNS: readonly string[] = [
  "competition",
  "competitor",
  "competitors",
  "rival",
  "rivals",
  "rivalry",
  "bid",
  "bids",
  "offer",
  "offers",
  "pressure",
  "pressures",
  "objection",
  "objections",
  "opposition",
  "criticism",
  "resistance",
  "protest",
  "protests",
];

/**
 * Verbs of a diplomatic act whose infinitive of purpose is a judgement the act performs
 * ("summoned the ambassador to protest …", "recalled its envoy to protest …", "held a press
 * conference to denounce …"): its speaker is the act's subject.
 */
export const PURPOSE_ACT_VERBS: readonly string[] = [
  "summon",
  "recall",
  "call",
  "lodge",
  "issue",
  "send",
  "convene",
  "hold",
  "release",
  "publish",
  "expel",
];

/**
 * Words that close a report noun's of-phrase when they follow its actor ("rejected the claims of
 * Athens about the incident", "the statements of X, who …"): the actor is the report's author.
 */
export const AUTHOR_PHRASE_CLOSERS: readonly string[] = [
  "about",
  "regarding",
  "concerning",
  "over",
  "on",
  "that",
  "which",
  "who",
  "and",
];

/**
 * Words that open a prepositional phrase with "to" after them ("Due to the rise in attacks, …",
 * "Owing to …", "Thanks to …", "Prior to …"): a sentence that opens with one opens with an adjunct.
 */
export const TO_PREPOSITION_HEADS: readonly string[] = ["due", "owing", "thanks", "prior"];

/** Verbs that are not a relation but link a subject to what follows ("include", "are"). */
export const COPULAS: readonly string[] = [
  "include",
  "includes",
  "included",
  "including",
  "comprise",
  "comprised",
  "are",
  "were",
  "was",
  "is",
];

/** Verbs that pass their subject on to a following verb ("plans to send", "denied receiving"). */
export const CATENATIVE_VERBS: readonly string[] = [
  "plan",
  "intend",
  "seek",
  "want",
  "expect",
  "agree",
  "continue",
  "begin",
  "start",
  "appear",
  "try",
  "promise",
  "pledge",
  "threaten",
  "prepare",
  "decide",
  "refuse",
  "vow",
  // "Spain has committed to ship two HAWK systems", "Germany contributed to providing ammunition".
  "commit",
  "contribute",
  "hope",
  "aim",
  "attempt",
  "offer",
  "deny",
  "set",
  "resume",
  "stop",
  "cease",
  "fail",
  "consider",
  "reject",
  "deserve",
  "keep",
  "need",
  "help",
  "dismiss",
  "go",
  "poise",
  // "Lithuania wishes to buy tanks", "I would like to thank Norway": verbs of desire.
  "wish",
  "like",
  // "Romania is pushing to buy tanks", "Egypt is looking to buy jets": verbs of effort.
  "push",
  "press",
  "strive",
  "look",
  "struggle",
];

/**
 * Adjectives and verbs of promptness before "to" and a verb: the act is done, not planned ("Ankara
 * was quick to denounce the sale", "Moscow was swift to condemn", "Kenya rushed to condemn"). The
 * subject stands before them.
 */
export const PROMPT_CATENATIVES: readonly string[] = [
  "quick",
  "swift",
  "rush",
  "rushed",
  "hasten",
  "hastened",
  "hurry",
  "hurried",
];

/**
 * Implicative verbs before "to" and a verb: the act is done ("Embraer manages to deliver Super
 * Tucanos to Chile", "Russia managed to deliver the S-400 systems"), not planned or tried. Word
 * forms; the subject stands before them.
 */
export const IMPLICATIVE_CATENATIVES: readonly string[] = ["manage", "manages", "managed", "managing"];

/**
 * "took the opportunity to thank X", "used the occasion to commend Y": a verb and its noun of
 * occasion before "to" and the verb done; the subject stands before them.
 */
export const OCCASION_TAKING_VERBS: readonly string[] = ["take", "use", "seize", "grab"];
export const OCCASION_NOUNS: readonly string[] = ["opportunity", "occasion", "chance"];

/**
 * Verbs of desire before a verb of judging whose subject is "I" or "we" ("I want to thank X", "I
 * wish to thank X", "we would like to commend X"): saying the words does the act, so they do not
 * hedge it (nor does "would" before "like" or "love"), as they hedge a plan ("Kenya wants to
 * buy tanks").
 */
export const PERFORMATIVE_DESIRES: readonly string[] = ["want", "wants", "wish", "wishes", "like", "love"];
/** First-person subject pronouns: a judgement they make with a verb of desire is made by saying it. */
export const PERFORMATIVE_SUBJECTS: readonly string[] = ["i", "we"];
/** The conditional before a performative desire ("we would like to", "I'd like to"): it hedges nothing. */
export const PERFORMATIVE_CONDITIONALS: readonly string[] = ["would", "'d", "’d"];

/** Auxiliaries, adverbs and particles that may stand between a subject and its verb. */
export const AUXILIARY_WORDS: readonly string[] = [
  "reportedly",
  "allegedly",
  "to",
  "also",
  "further",
  "already",
  "be",
  "have",
  "do",
  "will",
  "would",
  "may",
  "might",
  "could",
  "can",
  "should",
  "must",
  "not",
  "never",
  "n't",
  "ready",
  "able",
  "unable",
  "likely",
];

/** Other verbs whose forms the lemmatizer must recognise (framing, holding, calling). */
export const OTHER_KNOWN_VERBS: readonly string[] = [
  "doubt",
  "question",
  "dispute",
  "refute",
  "hold",
  "have",
  "attend",
  "conduct",
  "call",
  "be",
  "do",
  "will",
  "can",
  "seem",
  "mull",
  "weigh",
  ...JOINING_VERBS,
];

/**
 * Verbs (lemmas) that frame a subordinate clause right after them: the words before one (as before a
 * complementiser) are the clause's framing cues ("denied that X sent", "urged X to", "expects X to").
 */
export const FRAMING_VERB_LEMMAS: readonly string[] = [
  "allege",
  "claim",
  "deny",
  "reject",
  "dismiss",
  "doubt",
  "question",
  "dispute",
  "refute",
  "urge",
  "ask",
  "demand",
  "call",
  "press",
  "want",
  "expect",
  // "Washington allowed Taipei to buy …", "Berlin permitted Warsaw to re-export …": a permission.
  "allow",
  "permit",
];

/**
 * Verbs (lemmas) that name a thing as something: the assessing rows read with a predicate or "as"
 * ("called China a threat", "described it as …"). In a free relative they only name the act judged:
 * "condemned what it called provocations by X" judges X.
 */
export const NAMING_VERBS: readonly string[] = frameLemmas(
  DEFAULT_FRAMES,
  "assesses",
  "verb",
  (f) => f.requires === "predicative" || (f.requires === "as" && f.roles.subject === "speaker"),
);

/** Particles between a participle and its agent's "by" ("carried out by", "handed over by"). */
export const AGENT_PARTICLES: readonly string[] = ["out", "up", "over", "off", "down", "forward", "through"];

/**
 * Frames whose facts make a claim that a definite claim noun told after may refer back to ("Kinshasa
 * accused Kigali of …. Kigali called the claims baseless"): statements, accusations and claim nouns,
 * not rejections, thanks or praise.
 */
export const CLAIM_MAKING_FRAMES: readonly string[] = [
  "assess-say",
  "assess-accuse",
  "assess-claim-noun",
  "assess-charge-noun",
  "assess-level-accusation",
];

/**
 * Predicates that dismiss a claim ("called the claims baseless", "described the report as a lie"):
 * only with one of them does a claim noun called or described refer back to a claim rejected.
 */
export const DISMISSING_PREDICATES: readonly string[] = [
  "baseless",
  "false",
  "groundless",
  "unfounded",
  "untrue",
  "fabricated",
  "fabrication",
  "absurd",
  "ridiculous",
  "ludicrous",
  "lie",
  "lies",
  "fake",
  "nonsense",
  "propaganda",
  "disinformation",
  "misinformation",
  "slander",
  "incorrect",
  "inaccurate",
  "misleading",
  "fiction",
];

/**
 * Participles that glue a backer to the group it backs ("Iranian-backed Houthis", "Iran-aligned
 * militias"): the backer is a modifier, not the group's name nor a claim's subject.
 */
export const BACKING_PARTICIPLES: readonly string[] = [
  "backed",
  "aligned",
  "supported",
  "sponsored",
  "funded",
];

/**
 * Verbs that the name of an office or body sets out to do to another, capitalised after "to"
 * ("the Global Coalition to Counter Islamic State", "the Office to Combat Terrorism"): the body
 * after them is their object, never a speaker.
 */
export const OFFICE_AIM_VERBS: readonly string[] = [
  "counter",
  "defeat",
  "combat",
  "fight",
  "prevent",
  "monitor",
  "end",
  "stop",
  "eliminate",
  "degrade",
];

/**
 * Participles of making a claim between a claim noun and its author's "by" ("charges made by the
 * DRC that …", "accusations levelled by Kyiv that …"); not of answering one ("denied by").
 */
export const CLAIM_MAKING_PARTICIPLES: readonly string[] = [
  "made",
  "levelled",
  "leveled",
  "raised",
  "voiced",
  "lodged",
];

/**
 * Stems of verbs and nouns of praise, thanks and welcome ("lauded", "commended", "appreciation"):
 * a speaker's praise of a person or body of its own side is news of that side (own-country stage).
 */
export const PRAISE_STEMS: readonly string[] = [
  "prais",
  "commend",
  "hail",
  "laud",
  "applaud",
  "extol",
  "appreciat",
  "compliment",
  "salut",
  "congratulat",
  "recogni",
  "thank",
  "gratitude",
  "grateful",
  "thankful",
  "indebted",
  "valu",
  "admir",
  "welcom",
  "spoke",
  "speak",
  "credit",
];
