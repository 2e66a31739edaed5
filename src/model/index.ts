/** Re-exports the model: ontology, shapes, ids, errors and the graph type. */
export * from "./ontology.ts";
export * from "./types.ts";
export * from "./ids.ts";
export * from "./errors.ts";
export * from "./graph.ts";
export * from "./limits.ts";
export * from "./evidence.ts";
