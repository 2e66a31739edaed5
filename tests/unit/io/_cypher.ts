/**
 * Cypher checked by Neo4j's own parser and semantic analysis, as shipped in
 * @neo4j-cypher/language-support (Apache-2.0; the CommonJS build, as its ES build does not load
 * in Node). Parameters the statement uses are declared, so only real errors are reported.
 */
import { createRequire } from "node:module";

interface Diagnostic {
  severity?: number;
  message: string;
}

interface LanguageSupport {
  lintCypherQuery(query: string, dbSchema: { parameters?: Record<string, unknown> }): Diagnostic[];
}

const support = createRequire(import.meta.url)("@neo4j-cypher/language-support") as LanguageSupport;

/** Severity of an error in the Language Server Protocol (warnings are 2). */
const ERROR = 1;

/** The error messages Neo4j's parser gives `query` (empty when it parses and type-checks). */
export function cypherErrors(query: string, parameters: Record<string, unknown> = {}): string[] {
  return support
    .lintCypherQuery(query, { parameters })
    .filter((d) => d.severity === ERROR)
    .map((d) => d.message);
}
