/** Rows per page of the results ranking (a round may rank hundreds; bench/results-page.ts). */
export const RESULTS_PAGE_SIZE = 50;
