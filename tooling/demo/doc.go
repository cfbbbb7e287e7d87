// Package demo makes the deterministic synthetic data set of the demo, the
// tests and the benchmarks, and bulk-loads it.
//
// Generate (or Stream, chunk by chunk) draws a province of Jilin from a scale
// (county, prefecture, province) and a seed: the real prefecture and county
// divisions of jilin-divisions.csv, generated townships, communities and
// villages, their party organizations and the units around them, people with
// their posts over time, joint-construction, twinning, industry-chain and
// military–civilian links with activities, and prosperity projects with
// yearly incomes. The same scale and seed give the same rows on every run and
// machine: each county draws from its own PCG stream seeded with (seed,
// county code), only integer arithmetic feeds the draws, nothing depends on
// map order or the clock, and "today" is the fixed date Today.
//
// Rates are drawn per county (secretary–director concurrency, party coverage
// of cooperatives, reserve cadres, graduates, border officers, twinning …) so
// that for each indicator of DESIGN §3 some villages and counties meet the
// target and many do not.
//
// Load inserts a data set into an empty migrated database (SQLite or
// PostgreSQL) in one transaction with explicit ids (each table's id range
// base + 1 + row index), so both dialects hold identical rows.
package demo
