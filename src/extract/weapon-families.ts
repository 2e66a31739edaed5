/**
 * Weapon families: a bare family name ("Shahed drones") in a document that names exactly one
 * model of that family ("Shahed-136") is that model, so the two mentions make one WeaponSystem.
 *
 * Generic weapon words ("drones", "missiles", "weapons") are left out of the graph by default
 * (the stage below runs after relations). Kept, one "drone" node would join every supplier of
 * any drone, so that `kg path Turkey Iran` answered Turkey —supplies→ drone ←supplies— Iran: a
 * path no text supports. Qualifying them by supplier ("drone (Iran)") was the other choice; it
 * was not taken because such a node adds nothing the supplier→recipient edge and its evidence
 * sentence do not already say, and it would be a name no text prints (no alias to search or to
 * score). A named model or a specific class ("Shahed-136", "attack drone") is kept.
 * ExtractOptions.genericWeapons = true keeps the generic words, unqualified.
 */
import { concatLists } from "./lists.ts";
import type { DocState, Mention, Stage } from "./types.ts";

/** True when `model` is a numbered model of `family` ("Shahed-136", "Leopard 2A6" of "Leopard"). */
function isModelOf(model: string, family: string): boolean {
  return (
    model.length > family.length && model.startsWith(family) && /^[- ]?\d/u.test(model.slice(family.length))
  );
}

/** Renames bare family mentions to the family's only model named in the document. */
export function resolveWeaponFamilies(state: DocState): void {
  const weapons = concatLists(state.mentions).filter(
    (m) => m.type === "WeaponSystem" && m.kind !== "generic-weapon",
  );
  const names = new Set(weapons.map((m) => m.name));
  const target = new Map<string, string>();
  for (const family of names) {
    const models = [...names].filter((n) => isModelOf(n, family));
    if (models.length === 1) target.set(family, models[0] as string);
  }
  if (target.size === 0) return;
  const rename = (m: Mention): void => {
    const model = target.get(m.name);
    if (model !== undefined) m.name = model;
  };
  weapons.forEach(rename);
}

/** Runs after relations: drops generic weapon mentions (and so their facts) unless asked to keep them. */
export const genericWeaponsStage: Stage = {
  name: "5-generic-weapons",
  run(state: DocState): void {
    if (state.options.genericWeapons) return;
    state.mentions = state.mentions.map((list) => list.filter((m) => m.kind !== "generic-weapon"));
  },
};
