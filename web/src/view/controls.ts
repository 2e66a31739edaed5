/**
 * Small form controls shared by the panels: a fieldset of relation checkboxes, a labelled number
 * field, a labelled checkbox.
 */
import { RELATION_TYPES, type RelationType } from "../../../src/model/ontology.ts";
import { el, uid } from "../dom.ts";
import { RELATION_COLORS, RELATION_LABELS } from "../theme.ts";

/** The coloured line that stands for a relation beside its name (decorative). */
export function relationSwatch(relation: RelationType): HTMLElement {
  return el("span", {
    class: "swatch line",
    style: `background:${RELATION_COLORS[relation]}`,
    "aria-hidden": "true",
  });
}

/** A fieldset of one checkbox per relation; `read` gives the checked ones. */
export function relationChecks(legend: string, name: string, checked: readonly string[] = []) {
  const boxes = RELATION_TYPES.map((relation) => {
    const id = uid(`${name}-${relation}`);
    const input = el("input", {
      type: "checkbox",
      id,
      name,
      value: relation,
      checked: checked.includes(relation),
    });
    return {
      relation,
      input,
      label: el(
        "label",
        { for: id, class: "check" },
        input,
        relationSwatch(relation),
        RELATION_LABELS[relation],
      ),
    };
  });
  const root = el("fieldset", { class: "checks" }, el("legend", {}, legend), ...boxes.map((b) => b.label));
  return {
    root,
    read: (): RelationType[] => boxes.filter((b) => b.input.checked).map((b) => b.relation),
    write(values: readonly string[]) {
      for (const b of boxes) b.input.checked = values.includes(b.relation);
    },
  };
}

/** A labelled number input. */
export function numberField(label: string, name: string, value: number, min: number, max: number) {
  const id = uid(name);
  const input = el("input", { type: "number", id, name, value, min, max, step: 1, inputmode: "numeric" });
  return {
    root: el("div", { class: "field" }, el("label", { for: id, class: "field-label" }, label), input),
    input,
    read: () => Math.min(max, Math.max(min, Number.parseInt(input.value, 10) || value)),
  };
}

/** A labelled checkbox. */
export function checkField(label: string, name: string, checked: boolean) {
  const id = uid(name);
  const input = el("input", { type: "checkbox", id, name, checked });
  return { root: el("label", { for: id, class: "check" }, input, label), input };
}

/** A labelled select; `onChange` receives the chosen value. */
export function selectField(
  label: string,
  name: string,
  options: readonly (readonly [value: string, text: string])[],
  onChange: (value: string) => void,
) {
  const id = uid(name);
  const select = el("select", { id, name }, ...options.map(([value, text]) => el("option", { value }, text)));
  select.addEventListener("change", () => onChange(select.value));
  const root = el("div", { class: "field" }, el("label", { for: id, class: "field-label" }, label), select);
  return { root, select };
}
