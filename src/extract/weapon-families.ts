/**
 * Weapon families: a bare family name ("Shahed drones") in a document that names exactly one
 * model of that family ("Shahed-136") is that model, so the two mentions make one WeaponSystem.
 */
import type { DocState, Mention } from "./types.ts";

/** True when `model` is a numbered model of `family` ("Shahed-136", "Leopard 2A6" of "Leopard"). */
function isModelOf(model: string, family: string): boolean {
  return (
    model.length > family.length && model.startsWith(family) && /^[- ]?\d/u.test(model.slice(family.length))
  );
}

/** Renames bare family mentions to the family's only model named in the document. */
export function resolveWeaponFamilies(state: DocState): void {
  const weapons = state.mentions
    .flat()
    .filter((m) => m.type === "WeaponSystem" && m.kind !== "generic-weapon");
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
