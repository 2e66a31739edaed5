/**
 * Limits that several layers and the viewer share, each defined once here so that the API, the
 * CLI and the viewer's forms agree.
 */

/** Most actors one connect query may join (the query engine, the API and the viewer's form). */
export const MAX_CONNECT_ACTORS = 10;
