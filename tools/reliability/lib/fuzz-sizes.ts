// How big the reliability suites run. `npm test` runs the CI size (a few minutes in all on 2 cores);
// `npm test -- --long` sets ATLAS_TEST_LONG=1 for the full size.
export const LONG = process.env.ATLAS_TEST_LONG === '1';

/** Generated requests per route handler (per exported method). */
export const FUZZ_RUNS_PER_ROUTE = Number(process.env.ATLAS_FUZZ_RUNS ?? (LONG ? 10_000 : 300));

/** Training processes killed at random points. */
export const CRASH_KILLS = Number(process.env.ATLAS_CRASH_KILLS ?? (LONG ? 60 : 10));

/** Rows each of the concurrent prediction-log writers inserts. */
export const ROWS_PER_WRITER = LONG ? 2_000 : 300;
