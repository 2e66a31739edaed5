/**
 * Accessible tabs for the side panel: a tablist (arrow keys move between tabs, Home/End jump)
 * and one tabpanel per tab.
 */
import { el } from "../dom.ts";
import type { Tab } from "../state.ts";

/** The mounted tabs. */
export interface Tabs {
  root: HTMLElement;
  show(tab: Tab): void;
}

/** Creates tabs from (tab, title, content) entries; `onSelect` is called when the user picks one. */
export function createTabs(
  entries: readonly [Tab, string, HTMLElement][],
  onSelect: (tab: Tab) => void,
): Tabs {
  const buttons = entries.map(([tab, title]) =>
    el(
      "button",
      {
        type: "button",
        role: "tab",
        id: `tab-${tab}`,
        "aria-controls": `tabpanel-${tab}`,
        "aria-selected": "false",
        tabindex: -1,
        "data-tab": tab,
      },
      title,
    ),
  );
  const panels = entries.map(([tab, , content]) =>
    el(
      "div",
      { role: "tabpanel", id: `tabpanel-${tab}`, "aria-labelledby": `tab-${tab}`, hidden: true, tabindex: 0 },
      content,
    ),
  );
  const list = el("div", { role: "tablist", class: "tabs", "aria-label": "Panel" }, ...buttons);
  buttons.forEach((button, i) => {
    button.addEventListener("click", () => onSelect(entries[i]![0]));
    button.addEventListener("keydown", (event) => {
      const n = buttons.length;
      const next =
        event.key === "ArrowRight"
          ? (i + 1) % n
          : event.key === "ArrowLeft"
            ? (i - 1 + n) % n
            : event.key === "Home"
              ? 0
              : event.key === "End"
                ? n - 1
                : -1;
      if (next < 0) return;
      event.preventDefault();
      onSelect(entries[next]![0]);
      buttons[next]!.focus();
    });
  });
  return {
    root: el("div", { class: "tabbed" }, list, ...panels),
    show(tab) {
      entries.forEach(([t], i) => {
        const on = t === tab;
        buttons[i]!.setAttribute("aria-selected", String(on));
        buttons[i]!.tabIndex = on ? 0 : -1;
        panels[i]!.hidden = !on;
      });
    },
  };
}
