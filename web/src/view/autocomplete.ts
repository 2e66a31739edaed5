/**
 * An accessible autocomplete over entity names and aliases (GET /api/entities?q=): a combobox
 * input with a listbox; arrow keys move, Enter chooses, Escape closes. Used by search, paths, connect.
 */
import type { Api } from "../api.ts";
import type { ApiSearchResult } from "../api-types.ts";
import { el, replace, uid } from "../dom.ts";
import { NODE_COLORS } from "../theme.ts";

/** Options of an autocomplete field. */
export interface AutocompleteOptions {
  api: Api;
  label: string;
  placeholder?: string;
  /** Hide the label visually (kept for screen readers). */
  hideLabel?: boolean;
  name?: string;
  onChoose: (result: ApiSearchResult) => void;
  /** Called on Enter when no suggestion is active (free text). */
  onSubmitText?: (text: string) => void;
}

/** A mounted autocomplete. */
export interface Autocomplete {
  root: HTMLElement;
  input: HTMLInputElement;
  /** The text in the field. */
  value(): string;
  /** What to query with: the id of the suggestion chosen while its name is still in the field, else the text. */
  ref(): string;
  /** Sets the text, and the id it stands for when known. */
  setValue(text: string, id?: string): void;
  close(): void;
}

const DEBOUNCE_MS = 120;

/** Creates an autocomplete field. */
export function createAutocomplete(options: AutocompleteOptions): Autocomplete {
  const inputId = uid("ac-input");
  const listId = uid("ac-list");
  const input = el("input", {
    id: inputId,
    type: "text",
    name: options.name,
    autocomplete: "off",
    spellcheck: "false",
    placeholder: options.placeholder,
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": listId,
  });
  const list = el("ul", {
    id: listId,
    role: "listbox",
    class: "ac-list",
    hidden: true,
    "aria-label": `${options.label} suggestions`,
  });
  const label = el(
    "label",
    { for: inputId, class: options.hideLabel ? "sr-only" : "field-label" },
    options.label,
  );
  const root = el("div", { class: "ac" }, label, input, list);

  let results: ApiSearchResult[] = [];
  let active = -1;
  let chosen: { id: string; name: string } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | null = null;

  function close(): void {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function render(): void {
    replace(
      list,
      ...results.map((r, i) => {
        const alias = r.aliases.find(
          (a) => a.toLowerCase().includes(input.value.trim().toLowerCase()) && a !== r.name,
        );
        const item = el(
          "li",
          {
            id: `${listId}-${i}`,
            role: "option",
            class: "ac-item",
            "aria-selected": i === active ? "true" : "false",
            "data-id": r.id,
          },
          el("span", {
            class: "dot",
            style: `background:${NODE_COLORS[r.type] ?? "#999"}`,
            "aria-hidden": "true",
          }),
          el("span", { class: "ac-name" }, r.name),
          alias ? el("span", { class: "ac-alias" }, `(${alias})`) : null,
          el("span", { class: "ac-type" }, r.type),
        );
        item.addEventListener("mousedown", (event) => {
          event.preventDefault();
          choose(i);
        });
        return item;
      }),
    );
    if (results.length === 0 && input.value.trim())
      replace(list, el("li", { class: "ac-empty", role: "option", "aria-disabled": "true" }, "No match"));
    const open = input.value.trim().length > 0 && document.activeElement === input;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    if (active >= 0) input.setAttribute("aria-activedescendant", `${listId}-${active}`);
    else input.removeAttribute("aria-activedescendant");
  }

  function choose(i: number): void {
    const result = results[i];
    if (!result) return;
    input.value = result.name;
    chosen = { id: result.id, name: result.name };
    close();
    options.onChoose(result);
  }

  async function lookup(q: string): Promise<void> {
    controller?.abort();
    controller = new AbortController();
    try {
      const answer = await options.api.search(q, 8, controller.signal);
      if (input.value.trim() !== q) return;
      results = answer.results;
      active = results.length ? 0 : -1;
      render();
    } catch (err) {
      if ((err as Error).name !== "AbortError") {
        results = [];
        render();
      }
    }
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) {
      results = [];
      close();
      return;
    }
    timer = setTimeout(() => void lookup(q.slice(0, 200)), DEBOUNCE_MS);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!results.length) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      active = (active + step + results.length) % results.length;
      render();
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (!list.hidden && active >= 0) choose(active);
      else options.onSubmitText?.(input.value.trim());
    } else if (event.key === "Escape") {
      if (!list.hidden) {
        event.preventDefault();
        event.stopPropagation();
        close();
      }
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));

  return {
    root,
    input,
    value: () => input.value.trim(),
    ref: () => {
      const text = input.value.trim();
      return chosen && chosen.name === text ? chosen.id : text;
    },
    setValue(text, id) {
      input.value = text;
      chosen = id ? { id, name: text } : null;
    },
    close,
  };
}
