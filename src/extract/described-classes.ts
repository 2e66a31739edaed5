/**
 * Described classes: a weapon class printed only right after a named model it describes ("12
 * Rafale fighter jets", "Buk-M2 air defense missile systems", "Sokol medium transport
 * helicopters") is the model's description, not a weapon of its own, so it makes no node. A class
 * the document also names on its own ("anti-tank missiles, TOW 2B anti-tank missiles", "the
 * howitzers ... CAESAR self-propelled howitzers") stays. The supply facts of a describing class are
 * already left out by the relation stage (5-relations.ts dropDescribingClasses); this stage removes
 * the node itself, and any other fact on it, after the relations are read.
 *
 * A platform's role class in lower case ("transport helicopters", "fighter jets", "naval ships",
 * "surveillance planes"; lexicon/weapons.json roleClassHeads) names no model's class either: it
 * makes no node, though the relations read it (so "transport planes were delivered to X. They were
 * purchased from Spain" still gives Spain supplies X). A calibre keeps the class ("170mm
 * self-propelled howitzer").
 */
import { mapPacked } from "./lists.ts";
import type { DocState, Mention, Stage } from "./types.ts";
import { WORDS } from "./words.ts";

/** The rule of a lower-case weapon class's mention (weapon-classes.ts). */
const CLASS_RULE = "weapon-class";

/** True when `m` is a weapon class's mention right after a named model's mention in `list`. */
function describesModel(m: Mention, list: readonly Mention[]): boolean {
  return list.some(
    (model) =>
      model !== m &&
      model.last === m.first &&
      model.type === "WeaponSystem" &&
      model.kind === "weapon" &&
      model.rule !== CLASS_RULE,
  );
}

/** A calibre opening a class's name ("170mm self-propelled howitzer"). */
const CALIBRE_FIRST = /^\d/u;

/** True when `m` is a lower-case class of a platform's role ("transport helicopter"), with no calibre. */
function isRoleClass(m: Mention): boolean {
  if (m.rule !== CLASS_RULE || CALIBRE_FIRST.test(m.name)) return false;
  return WORDS.roleClassHeads.has(m.name.slice(m.name.lastIndexOf(" ") + 1));
}

/** The names of weapon classes that every mention of the document prints right after a model. */
export function describingClassNames(state: DocState): Set<string> {
  const describing = new Set<string>();
  const alone = new Set<string>();
  for (const list of state.mentions)
    for (const m of list) {
      if (m.type !== "WeaponSystem") continue;
      if (isRoleClass(m) || (m.rule === CLASS_RULE && describesModel(m, list))) describing.add(m.name);
      else alone.add(m.name);
    }
  for (const name of alone) describing.delete(name);
  return describing;
}

/** Runs after relations: drops the mentions (and so the node and facts) of classes that only describe models. */
export const describedClassesStage: Stage = {
  name: "5-described-classes",
  run(state: DocState): void {
    const names = describingClassNames(state);
    if (names.size === 0) return;
    state.mentions = mapPacked(state.mentions, (list) =>
      list.filter((m) => m.type !== "WeaponSystem" || !names.has(m.name)),
    );
  },
};
