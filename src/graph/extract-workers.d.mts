/** The most extraction threads a pool may have (see extract-workers.mjs). */
/** Most threads a pool may have. */
export const MAX_EXTRACT_WORKERS: number;
