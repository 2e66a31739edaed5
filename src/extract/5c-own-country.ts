/**
 * Stage 5c, own country: a statement by a person or body about the country it belongs to is a
 * statement about its own side, not an assessment (ONTOLOGY.md), so an `assesses` fact whose
 * target is a country the source is affiliated with anywhere in the document (directly, through
 * the body it serves, by the country in its name, or as a known body of a government: the White
 * House, the Kremlin) is dropped. "Czech President Petr Pavel said that his country had found
 * shells" and, later, "Kirby added that the United States had raised the issue" say nothing about
 * a third party. A person the document ties to no country, reporting on the country it is mostly
 * about and whose bodies it names, speaks of his home ("Serbia has received four jets, Defense
 * Minister X said").
 */
import { POSSESSIVE_PERSON_PRONOUNS } from "./lexicon/coreference.ts";
import { PRESS_OFFICE_PHRASES } from "./lexicon/organizations.ts";
import { PRAISE_STEMS } from "./lexicon/triggers.ts";
import type { DocState, Fact, Stage } from "./types.ts";
import { factKey, factKeySet } from "./relations/shared.ts";
import { joinedPair, tiedPair } from "./country-pairs.ts";
import { actKey, ownActClaims } from "./own-acts.ts";
import { VOICED_REPORT_RULE, voicedReports } from "./voiced-reports.ts";
import { ownCountries } from "./own-countries.ts";
import { type DocSides, documentSides, knownHome, untied } from "./document-sides.ts";

/**
 * Rules that only report what someone did or said ("the Kremlin said Belousov held talks"), or
 * thank someone, as against accusing, warning or rejecting: their claims about a person or body
 * of the speaker's own country are news of its own side ("the president thanked the army").
 */
const REPORTING_RULES = new Set([
  "assess-say",
  // "Kremlin spokesman X told reporters that Russian President Y …": telling is saying to someone.
  "assess-tell",
  // "He assured that the military is taking steps …", "briefed that the ministry had …": informing
  // someone of a claim is saying it to them.
  "assess-inform",
  "assess-conclude",
  "according-to",
  "quoted-claim",
  "assess-thank",
]);

/** The rule of thanks (frames.json): a report, but no word on its own side's claims. */
const THANK_RULE = "assess-thank";

/** The rule of a headline's "X: claim" (relations/assess.ts): a report too, when it is about the speaker's home. */
const HEADLINE_CLAIM_RULE = "assess-headline-colon";

/**
 * Rules that call someone something or acknowledge what someone did ("described the Indian Navy
 * as …", "highlighted the dedication of the Kenya Defence Forces", "noted the army's efforts";
 * frames.json): said of one's own side, praise of it.
 */
const PRAISING_RULES = new Set(["assess-regard", "assess-highlight", "assess-note-act"]);

/** True for a rule that reports what someone did or said, not thanks ("the Kremlin said Belousov held talks"). */
function plainReportRule(rule: string): boolean {
  return REPORTING_RULES.has(rule) && rule !== THANK_RULE;
}

/** True for a report of what someone did or said, not of thanks. */
function plainReport(f: Fact): boolean {
  return plainReportRule(f.rule);
}

const POSSESSIVES = new Set(POSSESSIVE_PERSON_PRONOUNS);

/**
 * True for a report whose claim is about someone only through "his" or "her" ("Mali's army chief
 * said the purpose of his trip was …"): the possessive of a speaker's own clause is the speaker's,
 * whoever coreference took it for, so the claim is about the speaker's own side.
 */
function aboutSpeakerPossessive(f: Fact): boolean {
  return (
    f.relation === "assesses" &&
    plainReport(f) &&
    f.resolved?.some((r) => r.name === f.target && POSSESSIVES.has(r.text.toLowerCase())) === true
  );
}

/** True when a body's name makes it a press office ("Inter-Services Public Relations"). */
function pressOffice(name: string): boolean {
  const lower = name.toLowerCase();
  return PRESS_OFFICE_PHRASES.some((p) => lower.includes(p));
}

/** Rule suffix of a country read from a description of one person (relations/assess.ts). */
const DESCRIBED = "+described";

/** True when the fact praises, thanks, welcomes or describes its target ("lauded", "thanked", "described X as"). */
function praise(f: Fact): boolean {
  // "described the Indian Navy as an outstanding force": calling one's own body something too.
  if (PRAISING_RULES.has(f.rule)) return true;
  const word = f.trigger.toLowerCase();
  return PRAISE_STEMS.some((stem) => word.startsWith(stem));
}

/** True when two sets share a member. */
function meet(a: Set<string> | undefined, b: Set<string> | undefined): boolean {
  if (!a || !b) return false;
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** A speaker of no side: a person, or a body named without a country, the document ties to nothing. */
function untiedActor(s: DocSides, actor: string): boolean {
  return s.people.has(actor) && !s.tied.has(actor) && !s.own.has(actor);
}

/** True for a report on a titled official the document ties to no country. */
function reportOnUntied(s: DocSides, f: Fact): boolean {
  return plainReport(f) && untied(s, f.target) && s.titled.has(f.target);
}

/**
 * The countries of the fact's source: its own, the lexicon's or, for an untied speaker, the
 * document's home. Only reports take the presumed side: "Defence Minister X commended China"
 * judges another party whatever the home of the document. Praise of a person or body, not of a
 * country, takes it too: "Defence Minister X lauded the Indian Navy" in an article about India;
 * not by a speaker who met a person or body of the home, its guest ("Gen. X met Deputy Prime
 * Minister of Thailand Y … X congratulated the Thai Defence Ministry").
 */
function sideOf(s: DocSides, f: Fact): Set<string> | undefined {
  return (
    s.own.get(f.source) ??
    knownHome(s, f.source) ??
    (s.home && untied(s, f.source) && (plainReport(f) || (praise(f) && praisesHomeBody(s, f, s.home)))
      ? new Set([s.home])
      : undefined)
  );
}

/** True when the fact praises a person or body and its untied speaker met none of the home `home`. */
function praisesHomeBody(s: DocSides, f: Fact, home: string): boolean {
  return s.people.has(f.target) && !s.metSide.has(`${f.source}|${home}`);
}

/**
 * True for the document's main country, or a body of that country alone: '"The Israeli Air Force
 * will expand its fleet," the ministry said'.
 */
function ofMain(s: DocSides, target: string): boolean {
  if (s.mainCountry === undefined) return false;
  const sides = s.organizations.has(target) ? s.own.get(target) : undefined;
  return target === s.mainCountry || (sides?.size === 1 && sides.has(s.mainCountry));
}

/**
 * "Israel signed a contract to buy 14 F-35 jets, the Defense Ministry said": a report on the main
 * country by an untied titled official, or by a government body named without its country.
 */
function reportsOnMain(s: DocSides, f: Fact): boolean {
  return (
    ofMain(s, f.target) &&
    (s.strict !== undefined || !s.metSide.has(`${f.source}|${s.mainCountry}`)) &&
    ((untied(s, f.source) && s.titled.has(f.source)) ||
      (s.homeBodies.has(f.source) && untiedActor(s, f.source))) &&
    (f.rule === HEADLINE_CLAIM_RULE || plainReport(f))
  );
}

/** True for a report on the source's presumed side, or on a body of that side alone. */
function ofPresumed(s: DocSides, f: Fact): boolean {
  const side = s.presumed.get(f.source);
  if (side === undefined || !plainReport(f)) return false;
  const sides = s.organizations.has(f.target) ? s.own.get(f.target) : undefined;
  return f.target === side || (sides?.size === 1 && sides.has(side));
}

/**
 * "General X held talks in Dhaka, the Additional Directorate General of Public Information said":
 * a press office relays its own side's news of people and bodies (not of another country's).
 */
function pressRelay(s: DocSides, f: Fact): boolean {
  if (!pressOffice(f.source) || !s.people.has(f.target)) return false;
  if (!(plainReport(f) || f.rule === HEADLINE_CLAIM_RULE)) return false;
  // ("According to ISPR, the Indian Army violated …": a body of no known side, reported on by
  // an office of a known one, may be the other side's.)
  const known = s.governmentBodies.get(f.source);
  const mine = s.own.get(f.source) ?? (known === undefined ? undefined : new Set([known]));
  const theirs = s.own.get(f.target);
  if (mine === undefined || meet(mine, theirs)) return true;
  return theirs === undefined && s.persons.has(f.target);
}

/**
 * True for a statement about the source's own side: its country, a body it serves, its own
 * member, or a person or body of its side ("Stoltenberg said that NATO is deploying …": a claim
 * about the body the speaker serves is about its own side, as one about its country is).
 */
function ownSide(s: DocSides, f: Fact): boolean {
  if (ofPresumed(s, f) || pressRelay(s, f)) return true;
  const mine = sideOf(s, f);
  if (mine?.has(f.target) || s.serves.has(`${f.source}|${f.target}`) || reportsOnMain(s, f)) return true;
  // "Thales said its chief executive, X, would attend": a report on its own member's doings (not by
  // a ministry named without its country, which the document may tie to another country's minister).
  if (plainReport(f) && s.serves.has(`${f.target}|${f.source}`) && !s.homeBodies.has(f.source)) return true;
  // "Pakistan's defence minister lauded the Pakistan Navy": praise of one's own side's body.
  // '"Secretary Hagel told President Humala that the Department of Defense is committed …," Little
  // said': a report the speaker voices for his own side is a report too.
  if (!(REPORTING_RULES.has(f.rule) || f.rule === VOICED_REPORT_RULE || praise(f)) || !s.people.has(f.target))
    return false;
  // "Sissi and Tamim meet …, Cairo says": a country's report about its own person or body.
  if (
    s.own.get(f.target)?.has(f.source) === true ||
    meet(mine, s.own.get(f.target) ?? knownHome(s, f.target))
  )
    return true;
  // "Foreign Minister X will return on Friday, the Foreign Office said", "the Defence Ministry
  // said Defence Minister X had agreed …": a body or official the document ties to no side,
  // reporting on an official it ties to no side either, is news of its own side (news names
  // the other side's officials by their country).
  if (reportOnUntied(s, f) && untiedActor(s, f.source)) return true;
  // "The Pakistani Foreign Office said Foreign Minister X would travel …": so does a body the
  // document ties to a country.
  if (reportOnUntied(s, f) && !s.persons.has(f.source) && mine !== undefined) return true;
  // "The ministry said the army's logistics chief Tor Lien signed the agreement": a person the
  // document ties to no side is of its home, and a report on him by the home's body or
  // official is news of its own side.
  // "“I commend the Ministry of Defence …,” he said": so is praise of a government body the
  // document names without its country.
  if (s.home === undefined || mine?.has(s.home) !== true || f.rule === THANK_RULE) return false;
  if (reportOnUntied(s, f)) return true;
  return s.homeBodies.has(f.target) && !s.tied.has(f.target) && !s.own.has(f.target);
}

/**
 * "X said the cooperation between Vietnam's and Ukraine's Armies has developed", "the Vietnam-India
 * defence cooperation", by an official of one of them: a report on the ties of two countries is
 * about the two sides' own relations.
 * A person the document ties to no country ("Air Marshal Noman said Pakistan and Nigeria are
 * enjoying historical bilateral ties"; "…, the head of the Russian Defense Ministry's department,
 * X said", titled only by an appositive) is taken to be of one of the pair: news asks the two
 * sides about their ties, so a third party's word on them is the rare case.
 */
function bilateral(state: DocState, s: DocSides, f: Fact): boolean {
  if (!REPORTING_RULES.has(f.rule)) return false;
  const pair = tiedPair(state, f);
  if (pair.length > 0 && (untied(s, f.source) || pair.some((c) => s.own.get(f.source)?.has(c)))) return true;
  // "“The United States and Australia are both standing strong …,” Austin said" after he met
  // Australia's minister: an untied speaker who met a person of one of a joined pair is of the
  // other, and the claim is about his own side too.
  const joined = joinedPair(state, f);
  return (
    joined.length === 2 &&
    untied(s, f.source) &&
    joined.some((c) => c !== f.target && s.metSide.has(`${f.source}|${c}`))
  );
}

/**
 * Drops assessments of the source's own country, and reports about a person of the source's own
 * country ("Belousov held talks …, the Kremlin said"; "the Armenian Defense Ministry reported that
 * Papikyan …"), the country itself reporting too ("Egyptian President Sissi meets …, Cairo says").
 */
export const ownCountryStage: Stage = {
  name: "5c-own-country",
  run(state: DocState): void {
    if (!state.facts.some((f) => f.relation === "assesses")) return;
    const { own, serves } = ownCountries(state);
    voicedJudgements(state, own);
    const sides = documentSides(state, own, serves);
    // "The Nigerian defence minister thanked Pakistan": a description of one person speaks for its
    // country only when the document names no person of that country it could stand for.
    const unresolved = describedOfNamed(state, own, sides.persons);
    // "China and Sri Lanka have been good friends", said by a Chinese envoy: a report whose
    // coordinated subjects include the speaker's own side is about the two sides' own ties.
    const claims = new Set<string>();
    for (const f of state.facts)
      if (f.relation === "assesses" && REPORTING_RULES.has(f.rule) && ownSide(sides, f))
        claims.add(claimKey(f));
    const ownAct = ownActClaims(state, plainReportRule);
    // "Patel said the US assessed the Russian officials …": a report on the speaker's own side
    // that the side judges someone in voices that judgement (dropped below, the voice kept).
    state.facts.push(
      ...voicedReports(state.facts, (f) =>
        plainReport(f) && ownSide(sides, f) ? new Set([f.target, ...(sideOf(sides, f) ?? [])]) : null,
      ),
    );
    state.facts = state.facts.filter(
      (f: Fact) =>
        f.relation !== "assesses" ||
        !(
          ownSide(sides, f) ||
          claims.has(claimKey(f)) ||
          unresolved.has(f) ||
          bilateral(state, sides, f) ||
          aboutSpeakerPossessive(f) ||
          ownAct.has(actKey(f))
        ),
    );
  },
};

/**
 * The facts whose source a description of one person stood for (their rules' DESCRIBED mark, taken
 * off every fact here), of a country of which the document names a person (`persons`): those facts
 * are left unresolved.
 */
function describedOfNamed(
  state: DocState,
  own: ReadonlyMap<string, Set<string>>,
  persons: ReadonlySet<string>,
): Set<Fact> {
  const named = new Set<string>();
  for (const p of persons) for (const c of own.get(p) ?? []) named.add(c);
  const unresolved = new Set<Fact>();
  for (const f of state.facts)
    if (f.rule.endsWith(DESCRIBED)) {
      f.rule = f.rule.slice(0, -DESCRIBED.length);
      if (named.has(f.source)) unresolved.add(f);
    }
  return unresolved;
}

/** One statement: its speaker, sentence, trigger and rule (the facts of its coordinated subjects share it). */
function claimKey(f: Fact): string {
  return `${f.source}|${f.sentence}|${f.trigger}|${f.rule}`;
}

/**
 * "“China condemns the decision by the United States. …,” Geng said": the speaker of a quotation
 * voices the judgements its own side (its country, or a body it serves) makes in a sentence of
 * the quotation, and assesses their targets too (a spokesperson's statement gives the person's
 * triple).
 */
function voicedJudgements(state: DocState, own: Map<string, Set<string>>): void {
  const added: Fact[] = [];
  // The facts' keys, made at the first judgement a speaker may voice (most documents quote none).
  let have: Set<string> | undefined;
  for (const f of state.facts) {
    const quotedBy = state.sentences[f.sentence]?.quotedBy;
    if (!quotedBy || f.relation !== "assesses" || f.modality !== "asserted") continue;
    const speaker = quotedBy.speaker.name;
    const sides = new Set([...(own.get(speaker) ?? []), ...(quotedBy.side ? [quotedBy.side] : [])]);
    if (!sides.has(f.source) || f.target === speaker || sides.has(f.target)) continue;
    const key = factKey(speaker, "assesses", f.target);
    have ??= factKeySet(state.facts);
    if (have.has(key)) continue;
    have.add(key);
    added.push({ ...f, source: speaker, rule: "quoted-claim" });
  }
  state.facts.push(...added);
}
