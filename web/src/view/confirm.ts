/**
 * An inline confirmation for destructive actions: the trigger button gives way to a short
 * question with Confirm and Cancel (focus moves to Confirm; Escape or Cancel brings the trigger
 * back and focuses it). No modal dialog, so it works by keyboard and in any panel.
 */
import { el } from "../dom.ts";

/** Asks before running `action`; `message` names what will change, `label` is the confirm button's text. */
export function confirmInline(
  trigger: HTMLElement,
  message: string,
  label: string,
  action: () => Promise<unknown>,
): void {
  const yes = el("button", { type: "button", class: "primary danger" }, label);
  const no = el("button", { type: "button", class: "secondary" }, "Cancel");
  const box = el(
    "div",
    { class: "confirm", role: "group", "aria-label": "Confirm" },
    el("p", {}, message),
    el("div", { class: "confirm-buttons" }, yes, no),
  );
  const restore = (focus: boolean) => {
    box.remove();
    trigger.hidden = false;
    if (focus && trigger.isConnected) trigger.focus();
  };
  no.addEventListener("click", () => restore(true));
  box.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    event.stopPropagation();
    restore(true);
  });
  yes.addEventListener("click", () => {
    yes.disabled = true;
    no.disabled = true;
    void action().finally(() => restore(false));
  });
  trigger.hidden = true;
  trigger.after(box);
  yes.focus();
}
