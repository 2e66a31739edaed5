/**
 * Labelled sentences of helper fresh36a (session 36), shapes of assessments seen in fresh news
 * (tests/fixtures/probes/fresh36-assess): a state that says a claim "citing" a report adopts it
 * (cited-adopters.ts), while an outlet citing sources still relays; an attack "under fire from" an
 * actor is about that actor (under-fire.ts); a bare claim closed by its plural speakers and a
 * sentence-final verb of stating ("…, Israeli intelligence officials charge.", trailing-claims.ts
 * and the tagger's trailingSpeakers); a name's verb "claims" is no report noun of a rejection's
 * object ("Tehran denies the activity and Turkey claims no knowledge"); a sentence-final "as X
 * maintained" with no comma before "as" qualifies the predicate before it (as-clauses.ts).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a country that states a claim citing a UN report assesses the claim's subject",
    text: "Cuban weapons seized aboard a ship last month are a violation of United Nations sanctions, Panama said Wednesday, citing a U.N. report.",
    gives: [["Panama", "assesses", "Cuba"]],
  },
  {
    label: "a country's unnamed officials citing intelligence reports state the claim themselves",
    text: "Russia has moved 30,000 troops to the border, US officials said on Friday, citing intelligence reports.",
    gives: [["United States", "assesses", "Russia"]],
  },
  {
    label: "an outlet citing a named body's officials only relays the claim",
    text: "North Korea fired two ballistic missiles on Sunday, Reuters reported, citing South Korea's military.",
    notGives: [["Reuters", "assesses", "North Korea"]],
  },
  {
    label: "a claim that the speaker's positions came under fire from an actor is about the attacker",
    text: "Azerbaijan says its positions come under fire from Armenia.",
    gives: [["Azerbaijan", "assesses", "Armenia"]],
  },
  {
    label: "heavy artillery fire from a demonym's forces is about their country",
    text: "Ukraine said its positions came under heavy artillery fire from Russian forces overnight.",
    gives: [["Ukraine", "assesses", "Russia"]],
  },
  {
    label: "an attack by an actor after 'under attack by' is what the claim is about",
    text: "Israel said the convoy was under attack by Hamas near the crossing.",
    gives: [["Israel", "assesses", "Hamas"]],
  },
  {
    label: "fire from a place names no attacker",
    text: "Russia said its troops came under fire from Kharkiv, and Ukraine denied any attack.",
    notGives: [["Russia", "assesses", "Kharkiv"]],
  },
  {
    label: "a bare claim closed by plural speakers and a sentence-final 'charge' is theirs",
    text: "Iran is sending missiles to Hezbollah fighters in Lebanon, Israeli intelligence officials charge.",
    gives: [["Israel", "assesses", "Iran"]],
  },
  {
    label: "a bare claim closed by a sentence-final 'maintain' is its speakers'",
    text: "Pakistan is backing the militants in Kashmir, Indian officials maintain.",
    gives: [["India", "assesses", "Pakistan"]],
  },
  {
    label: "a name's verb 'claims' after a rejection's object is no report noun of that name",
    text: "Tehran denies the activity and Turkey claims no knowledge of the shipments.",
    notGives: [["Iran", "assesses", "Turkey"]],
  },
  {
    label: "a bare 'as' clause of saying qualifies the predicate before it, not the sentence's first actor",
    text: "The U.N. findings echo a report by a think tank concluding the shipment was not destined for Havana as Cuban officials maintained.",
    notGives: [["Cuba", "assesses", "United Nations"]],
  },
  {
    label: "an 'as' clause of saying set off by a comma stands for the whole claim before it",
    text: "Russian forces shelled Kharkiv overnight, as Ukraine said.",
    gives: [["Ukraine", "assesses", "Russia"]],
  },
];
