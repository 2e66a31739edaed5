/**
 * CommonJS interop for the graphology packages the viewer bundles: TypeScript (NodeNext) sees
 * their export as `default.default`, the bundler gives `default`; take whichever is there.
 */

/** The default export of a CommonJS module imported as a namespace. */
export function interop<T>(ns: { default: { default: T } }): T {
  const outer = ns.default as unknown as { default?: T };
  return (outer.default ?? outer) as T;
}
