/**
 * Safe DOM building: elements are created with createElement and filled with textContent, never
 * innerHTML, so entity names and sentences (untrusted) always render as text.
 */

/** What `el` accepts as attributes: strings or booleans; `on*` handlers are refused. */
export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** A child: an element, or text (rendered as a text node). */
export type Child = Node | string | null | undefined | false;

/** Creates an element with attributes and children; text children become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name)) throw new Error(`dom: refusing event attribute '${name}'`);
    if (name === "class") node.className = String(value);
    else if (name === "style") node.style.cssText = String(value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  append(node, ...children);
  return node;
}

/** Appends children to a parent (text as text nodes). */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Removes every child of a node. */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** Replaces the children of a node. */
export function replace(parent: Node, ...children: Child[]): void {
  clear(parent);
  append(parent, ...children);
}

/** A link target only when it is an http(s) URL; anything else (javascript:, data:) is dropped. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The element with this id (the page's fixed mount points), or an error naming it. */
export function byId(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`viewer: missing #${id}`);
  return node;
}

let counter = 0;

/** A unique element id with this prefix, for labels and ARIA relations. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
