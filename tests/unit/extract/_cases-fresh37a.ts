/**
 * Labelled sentences of helper fresh37a (session 37), shapes of assessments seen in fresh news
 * (tests/fixtures/probes/fresh37-assess): a denial whose clause of time names the accuser ("denied
 * violating a ceasefire after India said …") assesses the accuser (denial-accusers.ts), while a
 * denial of something refused or a proposal rejected does not; a person speaker's own country,
 * named in his phrase, is his own side before "came under fire from X" (under-fire.ts).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a denial of an act after the accuser said something assesses the accuser",
    text: "Pakistan has denied violating a ceasefire after neighbour India said its forward posts in Kashmir were targeted by mortar shells.",
    gives: [["Pakistan", "assesses", "India"]],
  },
  {
    label: "a denial of the charge after the accuser accused the denier assesses the accuser",
    text: "Russia denied the charge after Ukraine accused it of shelling the plant.",
    gives: [["Russia", "assesses", "Ukraine"]],
  },
  {
    label: "a denial of involvement following the accuser's statement, past a time phrase",
    text: "Rwanda denied any involvement following the DRC on Monday saying its troops had crossed the border.",
    gives: [["Rwanda", "assesses", "Democratic Republic of the Congo"]],
  },
  {
    label: "refusing entry after another party spoke is no rejection of a charge",
    text: "Israel denied entry to the ship after Egypt said it carried aid.",
    notGives: [["Israel", "assesses", "Egypt"]],
  },
  {
    label: "rejecting a proposal after another party spoke is no rejection of a charge",
    text: "Iran rejected the proposal after France said it would host talks.",
    notGives: [["Iran", "assesses", "France"]],
  },
  {
    label: "dismissing a minister after an outlet's report judges no one",
    text: "President Tinubu dismissed the minister after Reuters reported the deal.",
    notGives: [["Tinubu", "assesses", "Reuters"]],
  },
  {
    label: "a spokesman's own country named in his phrase stands before 'came under fire from' as his side",
    text: "India's military spokesman Deepak Sammanwar said on Tuesday that Indian positions came under fire from Pakistani troops.",
    gives: [["Deepak Sammanwar", "assesses", "Pakistan"]],
    notGives: [["Deepak Sammanwar", "assesses", "India"]],
  },
  {
    label: "another country's positions before 'under fire' remain what the claim is about",
    text: "Ukrainian spokesman Yuriy Ihnat said Russian positions came under fire from Belarus.",
    gives: [["Yuriy Ihnat", "assesses", "Russia"]],
    notGives: [["Yuriy Ihnat", "assesses", "Belarus"]],
  },
];
