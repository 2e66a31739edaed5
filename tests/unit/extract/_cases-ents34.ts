/**
 * Labelled sentences of session 34's entity classes: a listed body's name printed in the other
 * (British or American) spelling.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a listed company printed in the American spelling of its British name is that company",
    text: "Helmut Rauch, the head of Germany's Diehl Defense company, arrived in Kyiv on Monday.",
    typed: [["Diehl Defense", "Organization"]],
    same: [["Diehl Defense", "Diehl Defence"]],
    gives: [["Diehl Defence", "affiliated_with", "Germany"]],
  },
  {
    label: "a listed force printed in the British spelling of its American name is that force",
    text: "The Self-Defence Forces scrambled fighter jets, Japan's defence ministry said.",
    same: [["Self-Defence Forces", "Japan Self-Defense Forces"]],
  },
];
