// Package demo makes the deterministic synthetic data set of the demo, the
// tests and the benchmarks, and bulk-loads it.
//
// Generate (or Stream, chunk by chunk) draws a province of Jilin from a scale
// (county, prefecture, province) and a seed: the real prefecture and county
// divisions of jilin-divisions.csv, generated townships, communities and
// villages, their party organizations and the units around them, people with
// their posts over time, joint-construction, twinning, industry-chain and
// military–civilian links with activities, and prosperity projects with
// yearly incomes; then the records the indicators count: activity venues,
// training courses and their attendance, appraisals, commendations and the
// province's average rural income of each year. The same scale and seed give
// the same rows on every run and machine: each county draws from its own PCG
// stream seeded with (seed, county code), and its records from a second
// stream (so that the rows of the first do not depend on them), only
// integer arithmetic feeds the draws, nothing depends on map order or
// the clock, and "today" is the fixed date Today.
//
// Rates are drawn per county (secretary–director concurrency, party coverage
// of cooperatives, reserve cadres, graduates, border officers, twinning …) so
// that for each indicator of DESIGN §3 some villages and counties meet the
// target and many do not. For the targets every unit must meet, about two
// fifths of each prefecture's counties met them in full from a year of their
// own (records.go, targets.go), and the yearly records improve from 2008 on.
//
// Load inserts a data set into an empty migrated database (SQLite or
// PostgreSQL) in one transaction with explicit ids (each table's id range
// base + 1 + row index), so both dialects hold identical rows.
package demo
