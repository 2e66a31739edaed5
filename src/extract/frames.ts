/**
 * Relation frames: the rows of lexicon/frames.json (one per group of trigger lemmas sharing a role
 * mapping), validated and compiled into a table the relations stage looks triggers up in. The
 * table is a value: build one with `createFrameTable` and pass it to the stage.
 */
import type { EntityType, Modality, RelationType } from "../model/ontology.ts";
import { KgError } from "../model/errors.ts";
import FRAMES_JSON from "./lexicon/frames.json" with { type: "json" };
import SUPPLY_WORDS_JSON from "./lexicon/supply-words.json" with { type: "json" };
import { MEET_WORDS, type MeetWords } from "./lexicon/meet-words.ts";
import type { Token } from "./types.ts";

/** Grammatical roles a frame row maps. */
export type GrammaticalRole =
  | "subject"
  | "object"
  | "to"
  | "from"
  | "with"
  | "by"
  | "of"
  | "for"
  | "at"
  | "between"
  | "on"
  | "about"
  | "against"
  | "over"
  | "regarding"
  | "concerning"
  | "toward"
  | "towards"
  | "possessor"
  | "governor-subject"
  /** The indirect object of the governing verb ("MBDA" in "awarded MBDA a contract"). */
  | "governor-object"
  /** The actor hyphened to a participle ("US" in "US-supplied"). */
  | "modifier"
  /** The noun phrase a hyphened participle modifies ("HIMARS" in "US-supplied HIMARS"). */
  | "head"
  | "claim";

/** Roles in a relation. */
export type FrameRole =
  | "supplier"
  | "recipient"
  | "item"
  | "participant"
  | "speaker"
  | "topic"
  | "addressee"
  /** A deal told just before, whose supplier the fact takes ("The package will include …"). */
  | "deal";

/** One frame row. */
export interface Frame {
  /** The rule every fact of the row records. */
  id: string;
  relation: Exclude<RelationType, "affiliated_with">;
  /**
   * verb, noun, governor (a verb whose object is a supply noun: "approved the sale"), or modifier
   * (a participle hyphened to its agent before a noun: "US-supplied HIMARS"), or adjective (a
   * predicate adjective after "be" or "remain": "Peru was critical of Chile").
   */
  pos: "verb" | "noun" | "governor" | "modifier" | "adjective" | "phrasal";
  lemmas: string[];
  roles: Partial<Record<GrammaticalRole, FrameRole>>;
  /** A condition of the clause: that-clause, personnel among the objects, arms words, an agreement noun, a predicative. */
  requires?:
    | "that"
    | "personnel"
    | "arms"
    | "with-arms"
    | "accord"
    | "weapon"
    | "predicative"
    | "as"
    | "visit"
    | "handover"
    | "views"
    | "for"
    | "responsible"
    /** A gift noun after "as a" or "was a", with goods told before it ("received a patrol craft as a gift from Japan"). */
    | "gift"
    /** The verb's object (or, in the passive, its subject) is goods, and a recipient is told ("presented 60 rifles to the Police"). */
    | "goods";
  /** For a noun row: words one of which must stand right before the noun ("phone call", "courtesy call"). */
  modifiers?: string[];
  /**
   * For a verb or phrasal row: adverbs one of which must stand right after the verb, before the
   * preposition its topic role names ("spoke highly of China", not "spoke of China"); an adverb of
   * several words is a phrase that must stand there whole (a phrasal row: "took into service four
   * helicopters").
   */
  adverbs?: string[];
  /** For a noun row: the lemmas of the verbs whose object it must be ("signed a contract", "voiced concern"). */
  governedBy?: string[];
  /**
   * For a noun row: lemmas of which one must tell the deal's purpose right after the noun and its
   * partner, a noun after "for" or "on" ("an agreement with X for the purchase of") or an infinitive
   * after "to" ("an agreement with X to buy").
   */
  purposes?: string[];
  /**
   * For a verb row: nouns of a report whose that-clause, as the object, is what is judged
   * ("condemned reports that Beijing was offering …": the subject of the clause is the topic).
   */
  claimNouns?: string[];
  /**
   * For a claim noun row: the lemmas of the rejection verbs whose subject is the party charged when
   * the noun's complement names no actor of its own ("Rwanda denied Burundi's accusations of
   * supporting rebels": Burundi assesses Rwanda); `chargeNouns` are the row's nouns that charge so.
   */
  chargedBy?: string[];
  /** For a claim noun row with `chargedBy`: its nouns that charge someone ("accusation", not "claim"). */
  chargeNouns?: string[];
  /**
   * For a rejection verb row: a denial whose clause of time names the accuser ("Pakistan denied
   * violating a ceasefire after India said its posts were shelled": Pakistan assesses India). The
   * row's `lemmas` that deny a charge (not "dismiss", which also fires someone), the nouns of a
   * charged act the denial's object may hold besides the row's `objectNouns` (`objects`:
   * "involvement", "responsibility"; a gerund object, "denied violating", holds too), the `links`
   * that open the clause ("after", "following") and the `speechLemmas` of its verb ("say", "accuse"),
   * of which `chargeLemmas` tell a charge by themselves ("accused"; a neutral "said" tells one only
   * when its claim names the denier's side or the speaker's own things, denial-accusers.ts).
   */
  accuserClause?: {
    lemmas: string[];
    objects: string[];
    links: string[];
    speechLemmas: string[];
    chargeLemmas?: string[];
  };
  /** For a verb row: words that open its claim clause in place of "that" ("questioned why X …"). */
  claimOpeners?: string[];
  /** Nouns one of which the object phrase must hold ("rejected the report by X"). */
  objectNouns?: string[];
  /**
   * For a verb row: nouns of another party's act that the object phrase may hold, as well as any
   * `objectNouns` ("dismissed Taiwanese attempts to …"): the act's owner or agent is the topic;
   * unlike a report noun, such a noun never refers back to a claim told before ("rejected the
   * attempts"). Without `objectNouns`, the object must hold one ("welcomed Uganda's idea", not
   * "welcomed Museveni").
   */
  actNouns?: string[];
  /**
   * For a verb row: words of a courtesy ("thanked Putin for the invitation"); the row gives a
   * fact only when a for-phrase after the trigger tells something else the object did or gave
   * ("thanked China for its support", "for donating"), its first noun or verb none of these.
   */
  courtesyWords?: string[];
  /**
   * For an accusing verb row: words after which the act the accused is charged with names a party
   * it goes through ("accused X of using Y", "of arming rebels via Y"): the accuser judges Y too
   * (accused-accomplices.ts).
   */
  accompliceWords?: string[];
  /**
   * For an accusing verb row: words after which a charged act of supplying names the goods' source
   * ("accused X of smuggling weapons from Y"): the accuser judges Y too.
   */
  sourceWords?: string[];
  /**
   * For a verb row: "lemma noun" pairs whose noun, as the verb's object, makes the statement one of
   * the speaker's own act ("claimed responsibility for the bombing of a convoy"): no judgement of
   * anyone named in it.
   */
  ownActObjects?: string[];
  /**
   * For a verb row: lemmas whose claim must be a clause (a that-clause, a quotation, or a finite
   * verb before the first comma): with a bare noun phrase as object the verb tells no claim
   * ("allow Turkey to claim a large swathe of the Mediterranean", "claimed victory").
   */
  clauseLemmas?: string[];
  /** Nouns one of which must head a subject that fills the `deal` role ("the package", "the contract"). */
  subjectNouns?: string[];
  /**
   * For a meeting verb row: nouns of a tie between parties whose with-phrase right after them names
   * the tie's other party, part of the topic, not a partner met ("discussed the relations with
   * Turkey"); a person named there is still a partner.
   */
  topicNouns?: string[];
  /** Entity types the object must have to fill its role. */
  objectTypes?: EntityType[];
  /** Entity types every participant must have ("signed a memorandum": people, not countries). */
  participantTypes?: EntityType[];
  /** How many tokens after the trigger a `with` partner may start. */
  reach?: number;
  /** Coordinated subjects alone take part with each other ("A and B met"). */
  symmetric?: boolean;
  /** The least a fact of the row is hedged as. */
  modality?: Modality;
}

/** The word lists the supply frames read (lexicon/supply-words.json). */
export interface SupplyWords {
  /** With one of them among its objects a verb of pledging is a supply ("pledged 30 tanks"). */
  armsWords: readonly string[];
  /** Arms words too broad to make "support X with …" a supply ("with aid", "with security"). */
  broadArmsWords: readonly string[];
  /** Verbs that move one's own forces: a named ship as their object is deployed, not supplied. */
  deployVerbs: readonly string[];
  /** Participles hyphened to a country that name a weapon's origin ("Chinese-made"). */
  originParticiples: readonly string[];
  /** Verbs of making goods (lemmas and participles): the agent of one is the goods' maker, not their supplier. */
  makerVerbs: readonly string[];
  /** Words before a deal noun that make its signer the seller ("an export deal with Germany"). */
  saleDealWords: readonly string[];
  /** The country that makes and sells a named model; it only decides which party of a deal sells. */
  modelOrigins: Readonly<Record<string, string>>;
  /** Infinitives of purpose whose object receives the goods ("shells to support Russia"). */
  beneficiaryVerbs: readonly string[];
  /** Nouns a supply noun before them only qualifies ("supply ship", "supply lines"). */
  modifiedNouns: readonly string[];
  /** Plural nouns of a class of actors whose members an example list names ("countries … like X and Y"). */
  actorClassNouns: readonly string[];
  /** Words that may stand between a supply noun and the possessor before it ("its recent arms purchase"). */
  ownerModifiers: readonly string[];
  /** Nouns of leave that take an infinitive of supplying, like a deal noun ("approval to sell"). */
  permitNouns: readonly string[];
  /** Verbs of thanks whose object did the supply the gerund after "for" tells ("thanked China for donating"). */
  creditVerbs: readonly string[];
  /** Nouns of an aid scheme whose owner supplies a receive verb's goods ("as part of the U.S. assistance program"). */
  programmeNouns: readonly string[];
  /** Nouns of asking whose agent follows them ("a request by X"): not a supply noun's supplier. */
  requestNouns: readonly string[];
  /** Verbs of approving a sale: "possible" on the sale they take is a formula, not a hedge ("approved a possible sale"). */
  approvalVerbs: readonly string[];
  /** Nouns of an approval whose for-phrase or participle takes a sale ("made a determination approving a possible sale"). */
  approvalNouns: readonly string[];
  /** Verbs whose subject, goods described by a participle, enters a body's service ("joined the fleet", "were inducted into"). */
  serviceEntryVerbs: readonly string[];
  /** Words of an organisation's name that make it a body of a state, not a firm that sells ("Ministry", "Forces"). */
  stateBodyWords: readonly string[];
  /** Words that open a phrase of means: a weapon there carries or serves, it is not sent ("using", "aboard"). */
  meansWords: readonly string[];
  /** Words that make the country, body or prefixed ship after them the goods' former owner ("former", "ex"). */
  formerWords: readonly string[];
  /** Words that make goods taken from their owner, not supplied by it ("captured Russian tanks"). */
  capturedWords: readonly string[];
  /** Nouns of the service or stocks goods left, after "from" and their owner ("from US Navy service"). */
  ownerServiceNouns: readonly string[];
  /** The country of a ship prefix that names one navy only ("HMS": United Kingdom). */
  shipPrefixCountries: Readonly<Record<string, string>>;
  /** Words that give a vessel its name ("The two vessels, designated TTCG Scarborough and …"). */
  vesselNamingWords: readonly string[];
  /** Last words of a diplomatic mission's name ("Chinese Embassy", "British High Commission"): it gives for its state. */
  missionWords: readonly string[];
  /** Words of work on goods rather than their sale: a deal for them supplies nothing ("a contract to develop", "to upgrade"). */
  serviceWords: readonly string[];
  /** Forms of the verbs of arriving, as written: goods that arrive "from" a country are its supply ("tanks arrived from Russia to Serbia"). */
  arrivalVerbs: readonly string[];
  /** Words that make an arrival a visit or a drill, not a delivery ("for exercises", "a port call"). */
  visitWords: readonly string[];
  /** Nouns of goods that serve a platform: a weapon in the for-phrase after them is served, not supplied ("ammunition for HIMARS"). */
  partsNouns: readonly string[];
  /** Weapon head words too broad to tell goods on their own in a supply noun's phrase ("the transfer of systems"). */
  broadGoodsHeads: readonly string[];
  /** Prepositions that put a supply or purchase noun in a deal noun's phrase ("an agreement on the purchase of"). */
  dealPhrasePrepositions: readonly string[];
  /** Determiners that open a subject referring back to goods or a deal told just before ("The boats", "These drones"). */
  backReferenceWords: readonly string[];
  /** Words in such a subject that make it other goods than the deal's ("The old Kondor-class boats"). */
  otherGoodsWords: readonly string[];
  /** Words before goods in a sentence's object that count or own them ("operates several patrol boats", "its own boats"). */
  heldGoodsWords: readonly string[];
  /** Verbs (lemmas) of going on with a deal or purchase, which govern the noun after "with" ("proceeded with the purchase"). */
  proceedVerbs: readonly string[];
  /** Particles between such a verb and "with" ("went ahead with"). */
  proceedParticles: readonly string[];
  /** Verbs (lemmas) of making a supply known, whose subject the document has told as a taker receives ("Kyiv announced the delivery of F-16 jets"). */
  announcingVerbs: readonly string[];
  /** Verbs (lemmas) of affirming a supply that takers use as often as givers: with no recipient named, their subject supplies only if told as a giver ("Ukraine confirmed the delivery of tanks"). */
  confirmingVerbs: readonly string[];
  /** Supply nouns (lemmas) of selling, whose announcer sells though told as a taker before ("announced the sale of its old jets"). */
  sellingNouns: readonly string[];
  /** Verbs (lemmas) of strengthening whose object's possessor receives a supply told as their means ("strengthened Ukraine's defence with military aid"). */
  strengtheningVerbs: readonly string[];
  /** Nouns of quantity between the preposition of a phrase of means and its supply noun ("with an array of military aid"). */
  measureNouns: readonly string[];
  /** Verbs of such a subject's predicate that tell the goods moved or entered service, or the deal was concluded. */
  dealPredicateVerbs: readonly string[];
  /** Plural nouns that, heading a definite subject, refer back to any deal's goods ("The assets have been supplied by X"). */
  backReferenceNouns: readonly string[];
  /** Forms of the verbs whose passive predicate, stated as done, makes a deal told as planned a committed one when its subject refers back to the deal or its goods ("The first two were delivered"). */
  completionVerbs: readonly string[];
  /** The same for a subject that refers back by a deal noun only ("The contract was signed", "These deliveries were made"). */
  dealCompletionVerbs: readonly string[];
  /** Forms of the verbs of signing a deal: a delivery told in the future after a deal signed is committed ("signed a deal … would buy"). */
  signingVerbs: readonly string[];
  /** Lemmas of the verbs that tell a deal by its giver without goods ("announced a new package for Ukraine"): a supply when a later sentence fills it with a named weapon (latent-deals.ts). */
  latentDealVerbs: readonly string[];
  /** Words that take a part of a deal's goods without naming them ("The first two", "The remaining three", "All four"). */
  portionWords: readonly string[];
  /** Nouns of purpose that may link goods to the body they are for ("in support of efforts for the rebuilding of X"). */
  purposeNouns: readonly string[];
  /** Verbs of spending on goods ("has spent $30bn on military hardware"): their subject buys, as a verb of buying's does. */
  spendingVerbs: readonly string[];
  /** Verbs (lemmas) of binding oneself to a transfer ("agreed to donate", "pledged to provide"): with goods counted or named, the transfer is committed. */
  commitmentVerbs: readonly string[];
  /** Nouns of a gift that, as a predicate, name the giver of goods referred back to ("The boats are a gift from Australia"). */
  giftNouns: readonly string[];
  /** Nouns of receipt that a verb of taking makes a receiving ("took delivery of two frigates"). */
  receiptNouns: readonly string[];
  /** Frame ids of a concluded deal whose seller a later receipt to the same buyer takes (relations/deal-register.ts). */
  registerDealFrames: readonly string[];
  /** Verbs (lemmas) of carrying a transfer out, whose passive agent after a supply noun supplies ("The delivery was carried out by France"). */
  performVerbs: readonly string[];
  /**
   * Groups of words, singular, for one kind of goods ("boat", "vessel", "ship"): one refers back to
   * another. The groups overlap, unlike weapons.json weaponKinds (one kind per word; see WEAPON_KINDS).
   */
  goodsKinds: readonly (readonly string[])[];
  /** Nouns, singular, of military goods that are no weapon ("truck", "ambulance", "uniform"): they tell goods as a weapon's head word does. */
  materielNouns: readonly string[];
}

/**
 * The frames compiled for lookup by part of speech and lemma, with the supply word lists as sets and
 * the meeting word lists as given (the meeting readers derive their sets from them with perTable).
 */
export interface FrameTable {
  frames: readonly Frame[];
  /** The meeting word lists (lexicon/meet-words.json unless the table was built with others). */
  meetWords: MeetWords;
  arms: ReadonlySet<string>;
  broadArms: ReadonlySet<string>;
  deploy: ReadonlySet<string>;
  origin: ReadonlySet<string>;
  /** Verbs of making goods, lemmas and past participles (supplyWords.makerVerbs). */
  makers: ReadonlySet<string>;
  saleDeal: ReadonlySet<string>;
  modelOrigin: ReadonlyMap<string, string>;
  beneficiary: ReadonlySet<string>;
  modified: ReadonlySet<string>;
  actorClass: ReadonlySet<string>;
  ownerModifiers: ReadonlySet<string>;
  permit: ReadonlySet<string>;
  credit: ReadonlySet<string>;
  programme: ReadonlySet<string>;
  request: ReadonlySet<string>;
  approval: ReadonlySet<string>;
  approvalNoun: ReadonlySet<string>;
  serviceEntry: ReadonlySet<string>;
  stateBody: ReadonlySet<string>;
  means: ReadonlySet<string>;
  former: ReadonlySet<string>;
  captured: ReadonlySet<string>;
  ownerService: ReadonlySet<string>;
  shipPrefixCountry: ReadonlyMap<string, string>;
  vesselNaming: ReadonlySet<string>;
  mission: readonly string[];
  service: ReadonlySet<string>;
  arrival: ReadonlySet<string>;
  visit: ReadonlySet<string>;
  parts: ReadonlySet<string>;
  broadGoodsHeads: ReadonlySet<string>;
  dealPhrasePrepositions: ReadonlySet<string>;
  backReference: ReadonlySet<string>;
  otherGoods: ReadonlySet<string>;
  heldGoods: ReadonlySet<string>;
  proceed: ReadonlySet<string>;
  proceedParticles: ReadonlySet<string>;
  strengthening: ReadonlySet<string>;
  announcing: ReadonlySet<string>;
  confirming: ReadonlySet<string>;
  selling: ReadonlySet<string>;
  measure: ReadonlySet<string>;
  dealPredicates: ReadonlySet<string>;
  backNouns: ReadonlySet<string>;
  completion: ReadonlySet<string>;
  dealCompletion: ReadonlySet<string>;
  portion: ReadonlySet<string>;
  signing: ReadonlySet<string>;
  latentDeal: ReadonlySet<string>;
  spending: ReadonlySet<string>;
  commitment: ReadonlySet<string>;
  perform: ReadonlySet<string>;
  gifts: ReadonlySet<string>;
  receipt: ReadonlySet<string>;
  purpose: ReadonlySet<string>;
  /** Frame ids of a concluded deal (supply-words registerDealFrames). */
  dealFrames: ReadonlySet<string>;
  /** For each word of a goods kind, the other words of its group. */
  goodsKinds: ReadonlyMap<string, ReadonlySet<string>>;
  /** Nouns, singular, of military goods that are no weapon. */
  materiel: ReadonlySet<string>;
  verb: ReadonlyMap<string, Frame[]>;
  noun: ReadonlyMap<string, Frame[]>;
  governor: ReadonlyMap<string, Frame[]>;
  modifier: ReadonlyMap<string, Frame[]>;
  adjective: ReadonlyMap<string, Frame[]>;
  /**
   * Verb rows that hold only with a phrase of their `adverbs` right after the verb ("took into
   * service"): kept apart from `verb`, so that a reader asking whether a lemma is a verb of
   * supplying or buying ("take") does not meet them without their phrase.
   */
  phrasal: ReadonlyMap<string, Frame[]>;
}

const RELATIONS = new Set(["supplies", "meets", "assesses"]);
const POS = new Set(["verb", "noun", "governor", "modifier", "adjective", "phrasal"]);

/** The roles a row's `roles` may map to (FrameRole). */
const FRAME_ROLES: ReadonlySet<string> = new Set([
  "supplier",
  "recipient",
  "item",
  "participant",
  "speaker",
  "topic",
  "addressee",
  "deal",
] satisfies FrameRole[]);

/** True when `value` is a list of non-empty strings. */
function isWordList(value: unknown): boolean {
  return Array.isArray(value) && value.every((w) => typeof w === "string" && w.trim() !== "");
}

/**
 * Checks the rows' shape; throws INVALID_INPUT naming the first bad row (its index and id): an id
 * missing or repeated, an unknown relation or part of speech, lemmas that are not a list of words,
 * roles that are not an object mapping to frame roles, a list field (modifiers, governedBy ...)
 * that is not a list of strings.
 */
export function validateFrames(rows: unknown): Frame[] {
  if (!Array.isArray(rows)) throw new KgError("INVALID_INPUT", "frames: expected an array of rows");
  const ids = new Set<string>();
  (rows as Frame[]).forEach((row, index) => {
    const bad = (what: string): KgError =>
      new KgError("INVALID_INPUT", `frames: row ${index} (${JSON.stringify(row?.id)}): ${what}`, {
        index,
        id: row?.id,
      });
    if (typeof row !== "object" || row === null || Array.isArray(row)) throw bad("not an object");
    if (typeof row.id !== "string" || row.id.trim() === "" || ids.has(row.id))
      throw bad("missing or repeated id");
    ids.add(row.id);
    if (!RELATIONS.has(row.relation)) throw bad("unknown relation");
    if (!POS.has(row.pos)) throw bad("unknown pos");
    if (!isWordList(row.lemmas) || row.lemmas.length === 0) throw bad("lemmas must be a list of words");
    if (typeof row.roles !== "object" || row.roles === null || Array.isArray(row.roles))
      throw bad("no roles");
    for (const [role, value] of Object.entries(row.roles))
      if (!FRAME_ROLES.has(value as string)) throw bad(`role '${role}' maps to an unknown role`);
    for (const [key, value] of Object.entries(row))
      if (Array.isArray(value) && !isWordList(value)) throw bad(`'${key}' must be a list of strings`);
  });
  return rows as Frame[];
}

/**
 * Frame rows from user data (a lexicon file's `frames`) over `base`: a row whose id is one of
 * base's replaces it in place, the others follow base's rows. Throws INVALID_INPUT (validateFrames)
 * naming the first bad row of `json`.
 */
export function parseFrameRows(json: unknown, base: readonly Frame[]): readonly Frame[] {
  const rows = validateFrames(json);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const merged = base.map((row) => byId.get(row.id) ?? row);
  const known = new Set(base.map((row) => row.id));
  return Object.freeze([...merged, ...rows.filter((row) => !known.has(row.id))]);
}

/** The built-in supply word lists (lexicon/supply-words.json). */
export const DEFAULT_SUPPLY_WORDS: SupplyWords = Object.freeze({
  armsWords: SUPPLY_WORDS_JSON.armsWords,
  broadArmsWords: SUPPLY_WORDS_JSON.broadArmsWords,
  deployVerbs: SUPPLY_WORDS_JSON.deployVerbs,
  originParticiples: SUPPLY_WORDS_JSON.originParticiples,
  makerVerbs: SUPPLY_WORDS_JSON.makerVerbs,
  saleDealWords: SUPPLY_WORDS_JSON.saleDealWords,
  modelOrigins: SUPPLY_WORDS_JSON.modelOrigins,
  beneficiaryVerbs: SUPPLY_WORDS_JSON.beneficiaryVerbs,
  modifiedNouns: SUPPLY_WORDS_JSON.modifiedNouns,
  actorClassNouns: SUPPLY_WORDS_JSON.actorClassNouns,
  ownerModifiers: SUPPLY_WORDS_JSON.ownerModifiers,
  permitNouns: SUPPLY_WORDS_JSON.permitNouns,
  creditVerbs: SUPPLY_WORDS_JSON.creditVerbs,
  programmeNouns: SUPPLY_WORDS_JSON.programmeNouns,
  requestNouns: SUPPLY_WORDS_JSON.requestNouns,
  approvalVerbs: SUPPLY_WORDS_JSON.approvalVerbs,
  approvalNouns: SUPPLY_WORDS_JSON.approvalNouns,
  serviceEntryVerbs: SUPPLY_WORDS_JSON.serviceEntryVerbs,
  stateBodyWords: SUPPLY_WORDS_JSON.stateBodyWords,
  meansWords: SUPPLY_WORDS_JSON.meansWords,
  formerWords: SUPPLY_WORDS_JSON.formerWords,
  capturedWords: SUPPLY_WORDS_JSON.capturedWords,
  ownerServiceNouns: SUPPLY_WORDS_JSON.ownerServiceNouns,
  shipPrefixCountries: SUPPLY_WORDS_JSON.shipPrefixCountries,
  vesselNamingWords: SUPPLY_WORDS_JSON.vesselNamingWords,
  missionWords: SUPPLY_WORDS_JSON.missionWords,
  serviceWords: SUPPLY_WORDS_JSON.serviceWords,
  arrivalVerbs: SUPPLY_WORDS_JSON.arrivalVerbs,
  visitWords: SUPPLY_WORDS_JSON.visitWords,
  partsNouns: SUPPLY_WORDS_JSON.partsNouns,
  broadGoodsHeads: SUPPLY_WORDS_JSON.broadGoodsHeads,
  dealPhrasePrepositions: SUPPLY_WORDS_JSON.dealPhrasePrepositions,
  backReferenceWords: SUPPLY_WORDS_JSON.backReferenceWords,
  otherGoodsWords: SUPPLY_WORDS_JSON.otherGoodsWords,
  heldGoodsWords: SUPPLY_WORDS_JSON.heldGoodsWords,
  proceedVerbs: SUPPLY_WORDS_JSON.proceedVerbs,
  strengtheningVerbs: SUPPLY_WORDS_JSON.strengtheningVerbs,
  announcingVerbs: SUPPLY_WORDS_JSON.announcingVerbs,
  confirmingVerbs: SUPPLY_WORDS_JSON.confirmingVerbs,
  sellingNouns: SUPPLY_WORDS_JSON.sellingNouns,
  measureNouns: SUPPLY_WORDS_JSON.measureNouns,
  proceedParticles: SUPPLY_WORDS_JSON.proceedParticles,
  dealPredicateVerbs: SUPPLY_WORDS_JSON.dealPredicateVerbs,
  backReferenceNouns: SUPPLY_WORDS_JSON.backReferenceNouns,
  completionVerbs: SUPPLY_WORDS_JSON.completionVerbs,
  dealCompletionVerbs: SUPPLY_WORDS_JSON.dealCompletionVerbs,
  portionWords: SUPPLY_WORDS_JSON.portionWords,
  signingVerbs: SUPPLY_WORDS_JSON.signingVerbs,
  latentDealVerbs: SUPPLY_WORDS_JSON.latentDealVerbs,
  spendingVerbs: SUPPLY_WORDS_JSON.spendingVerbs,
  commitmentVerbs: SUPPLY_WORDS_JSON.commitmentVerbs,
  giftNouns: SUPPLY_WORDS_JSON.giftNouns,
  receiptNouns: SUPPLY_WORDS_JSON.receiptNouns,
  purposeNouns: SUPPLY_WORDS_JSON.purposeNouns,
  registerDealFrames: SUPPLY_WORDS_JSON.registerDealFrames,
  performVerbs: SUPPLY_WORDS_JSON.performVerbs,
  goodsKinds: SUPPLY_WORDS_JSON.goodsKinds,
  materielNouns: SUPPLY_WORDS_JSON.materielNouns,
});

/** Each word of the groups to the other words of its group(s). */
function kindMap(groups: readonly (readonly string[])[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const group of groups)
    for (const w of group) {
      const set = map.get(w) ?? new Set<string>();
      for (const other of group) if (other !== w) set.add(other);
      map.set(w, set);
    }
  return map;
}

/** Compiles frame rows and the supply word lists into a lookup table that carries the meeting word lists. */
export function createFrameTable(
  rows: readonly Frame[],
  words: SupplyWords = DEFAULT_SUPPLY_WORDS,
  meetWords: MeetWords = MEET_WORDS,
): FrameTable {
  const maps = {
    verb: new Map<string, Frame[]>(),
    noun: new Map<string, Frame[]>(),
    governor: new Map<string, Frame[]>(),
    modifier: new Map<string, Frame[]>(),
    adjective: new Map<string, Frame[]>(),
    phrasal: new Map<string, Frame[]>(),
  };
  for (const row of rows) {
    const map = maps[row.pos];
    for (const lemma of row.lemmas) map.set(lemma, [...(map.get(lemma) ?? []), row]);
  }
  return {
    frames: rows,
    meetWords,
    arms: new Set(words.armsWords),
    broadArms: new Set(words.broadArmsWords),
    deploy: new Set(words.deployVerbs),
    origin: new Set(words.originParticiples),
    makers: new Set(words.makerVerbs),
    saleDeal: new Set(words.saleDealWords),
    modelOrigin: new Map(Object.entries(words.modelOrigins)),
    beneficiary: new Set(words.beneficiaryVerbs),
    modified: new Set(words.modifiedNouns),
    actorClass: new Set(words.actorClassNouns),
    ownerModifiers: new Set(words.ownerModifiers),
    permit: new Set(words.permitNouns),
    credit: new Set(words.creditVerbs),
    programme: new Set(words.programmeNouns),
    request: new Set(words.requestNouns),
    approval: new Set(words.approvalVerbs),
    approvalNoun: new Set(words.approvalNouns),
    serviceEntry: new Set(words.serviceEntryVerbs),
    stateBody: new Set(words.stateBodyWords),
    means: new Set(words.meansWords),
    former: new Set(words.formerWords),
    captured: new Set(words.capturedWords),
    ownerService: new Set(words.ownerServiceNouns),
    shipPrefixCountry: new Map(Object.entries(words.shipPrefixCountries)),
    vesselNaming: new Set(words.vesselNamingWords),
    mission: words.missionWords,
    service: new Set(words.serviceWords),
    arrival: new Set(words.arrivalVerbs),
    visit: new Set(words.visitWords),
    parts: new Set(words.partsNouns),
    broadGoodsHeads: new Set(words.broadGoodsHeads),
    dealPhrasePrepositions: new Set(words.dealPhrasePrepositions),
    backReference: new Set(words.backReferenceWords),
    otherGoods: new Set(words.otherGoodsWords),
    heldGoods: new Set(words.heldGoodsWords),
    proceed: new Set(words.proceedVerbs),
    strengthening: new Set(words.strengtheningVerbs),
    announcing: new Set(words.announcingVerbs),
    confirming: new Set(words.confirmingVerbs),
    selling: new Set(words.sellingNouns),
    measure: new Set(words.measureNouns),
    proceedParticles: new Set(words.proceedParticles),
    dealPredicates: new Set(words.dealPredicateVerbs),
    backNouns: new Set(words.backReferenceNouns),
    completion: new Set(words.completionVerbs),
    dealCompletion: new Set(words.dealCompletionVerbs),
    portion: new Set(words.portionWords),
    signing: new Set(words.signingVerbs),
    latentDeal: new Set(words.latentDealVerbs),
    spending: new Set(words.spendingVerbs),
    commitment: new Set(words.commitmentVerbs),
    perform: new Set(words.performVerbs),
    gifts: new Set(words.giftNouns),
    receipt: new Set(words.receiptNouns),
    purpose: new Set(words.purposeNouns),
    dealFrames: new Set(words.registerDealFrames),
    goodsKinds: kindMap(words.goodsKinds),
    materiel: new Set(words.materielNouns),
    ...maps,
  };
}

/** The built-in frame rows (lexicon/frames.json). */
export const DEFAULT_FRAMES: readonly Frame[] = Object.freeze(validateFrames(FRAMES_JSON.frames));

/** The built-in frame table. */
export const DEFAULT_FRAME_TABLE: FrameTable = createFrameTable(DEFAULT_FRAMES);

const tables = new WeakMap<readonly Frame[], FrameTable>([[DEFAULT_FRAMES, DEFAULT_FRAME_TABLE]]);

/**
 * The frame table of a lexicon's frame rows (with the built-in supply and meeting word lists),
 * compiled on first use and kept beside the rows (a WeakMap, not shared mutable state): the built-in
 * rows give DEFAULT_FRAME_TABLE.
 */
export function frameTableOf(lexicon: { readonly frames: readonly Frame[] }): FrameTable {
  let table = tables.get(lexicon.frames);
  if (table === undefined) {
    table = createFrameTable(lexicon.frames);
    tables.set(lexicon.frames, table);
  }
  return table;
}

/**
 * `derive` computed once per frame table and kept beside it (a WeakMap, not shared mutable state):
 * for what a document pass reads off the table's rows, which it would otherwise rebuild for every
 * document. What `derive` returns is shared: callers only read it.
 */
export function perTable<T>(derive: (table: FrameTable) => T): (table: FrameTable) => T {
  const cache = new WeakMap<FrameTable, T>();
  return (table) => {
    let value = cache.get(table);
    if (value === undefined) {
      value = derive(table);
      cache.set(table, value);
    }
    return value;
  };
}

/** The lemmas of every row of `relation` and `pos` whose roles satisfy `test`. */
export function frameLemmas(
  rows: readonly Frame[],
  relation: Frame["relation"],
  pos: Frame["pos"],
  test: (f: Frame) => boolean = () => true,
): string[] {
  return [
    ...new Set(
      rows.filter((f) => f.relation === relation && f.pos === pos && test(f)).flatMap((f) => f.lemmas),
    ),
  ];
}

/** The first frame of `relation` for a lemma and part of speech, or undefined. */
export function frameFor(
  table: FrameTable,
  pos: Frame["pos"],
  lemma: string,
  relation: Frame["relation"],
): Frame | undefined {
  return table[pos].get(lemma)?.find((f) => f.relation === relation);
}

/**
 * True when the adverb `adverb` (one word, or a phrase of several separated by spaces: "into
 * service") stands right after the verb at `t`, word by word in lower case.
 */
export function adverbAfter(tokens: readonly Token[], t: number, adverb: string): boolean {
  const words = adverb.split(" ");
  return words.every((w, i) => tokens[t + 1 + i]?.lower === w);
}
