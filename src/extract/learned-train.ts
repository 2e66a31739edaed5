/**
 * Training of the learned scorer (stage 5b): L2-regularised logistic regression by stochastic
 * gradient descent over labelled candidates, in the order given, with a fixed learning-rate
 * schedule. Deterministic: the same examples give the same weights, bit for bit.
 */
import type { ScorerRelationModel } from "./5b-learned.ts";

/** A labelled candidate: its features and whether the gold holds its triple. */
export interface Example {
  features: readonly string[];
  positive: boolean;
}

/** Training settings. */
export interface TrainSettings {
  epochs: number;
  /** Initial learning rate; it decays as 1 / (1 + epoch). */
  rate: number;
  /** L2 penalty per update. */
  l2: number;
  /** Weights smaller than this in magnitude are dropped from the model. */
  prune: number;
  /** How much a positive example's gradient counts against a negative's (class weight). */
  positiveWeight: number;
}

/** The default training settings. */
export const DEFAULT_TRAIN_SETTINGS: Readonly<TrainSettings> = Object.freeze({
  epochs: 30,
  rate: 0.2,
  l2: 1e-4,
  prune: 1e-3,
  positiveWeight: 1,
});

/** Rounds to 4 decimals: keeps the data file small and its figures stable. */
function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** Trains one relation's model (threshold null: chosen later by cross-validation). */
export function trainLogistic(
  examples: readonly Example[],
  settings: TrainSettings = DEFAULT_TRAIN_SETTINGS,
): ScorerRelationModel {
  const w = new Map<string, number>();
  let bias = 0;
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    const rate = settings.rate / (1 + epoch);
    for (const ex of examples) {
      let z = bias;
      for (const f of ex.features) z += w.get(f) ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      const g = ex.positive ? settings.positiveWeight * (1 - p) : -p;
      bias += rate * g;
      for (const f of ex.features) {
        const old = w.get(f) ?? 0;
        w.set(f, old + rate * (g - settings.l2 * old));
      }
    }
  }
  const weights: Record<string, number> = {};
  for (const f of [...w.keys()].sort()) {
    const v = round(w.get(f) as number);
    if (Math.abs(v) >= settings.prune) weights[f] = v;
  }
  return { threshold: null, bias: round(bias), weights };
}
