# Grassroots — the two commands a newcomer needs are `make demo` and `make test`.
SHELL := /bin/bash
GO ?= go
BIN := bin/grassroots
DB ?= sqlite:data/grassroots.db
SCALE ?= prefecture
SEED ?= 1
export GRASSROOTS_TEST_POSTGRES ?= postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable

NPM ?= npm
# npm writes this file when it installs; it is newer than the lock file after `npm ci`.
NODE_DEPS := node_modules/.package-lock.json

.PHONY: all build build-go web demo serve dev test prereqs test-go test-web test-e2e check-generated generate migration bench clean

all: build

# The binary with the web app inside: the app is built (into internal/webui/dist/app) first.
build: web build-go

# The binary alone (it then serves a page saying the app was not built).
build-go:
	$(GO) build -trimpath -o $(BIN) ./cmd/grassroots

web: $(NODE_DEPS)
	$(NPM) run build

$(NODE_DEPS): package.json package-lock.json frontend/package.json
	$(NPM) ci --no-audit --no-fund
	@touch $@

# Builds, loads the deterministic demo into the embedded database on first run
# (later runs reuse it), then serves http://localhost:8080.
demo: build
	$(BIN) demo --db $(DB) --scale $(SCALE) --seed $(SEED) --if-empty
	$(BIN) serve --db $(DB)

serve: build
	$(BIN) serve --db $(DB)

# The API on :8080 (with the demo data) and vite's dev server on :5173
# proxying to it, with hot reload of the app.
dev: build-go $(NODE_DEPS)
	$(BIN) demo --db $(DB) --scale $(SCALE) --seed $(SEED) --if-empty
	$(BIN) serve --db $(DB) & pid=$$!; trap 'kill $$pid 2>/dev/null' EXIT INT TERM; $(NPM) run dev

# Every test, once what they need is here: generated code is current, the
# Go suite on SQLite and PostgreSQL, the web app's unit tests, then end to
# end in headless Chromium.
test: prereqs check-generated test-go test-web test-e2e

# Go, Node, PostgreSQL at GRASSROOTS_TEST_POSTGRES, Chromium and a Chinese
# font: as root, installs or starts what is missing; otherwise stops with the
# commands to run.
prereqs:
	@GO=$(GO) tooling/scripts/test-prereqs.sh

# A skipped test fails the run: every test runs here.
test-go: prereqs
	set -o pipefail; $(GO) test -json -count=1 -timeout 20m ./... | $(GO) run ./tooling/cmd/noskip

# Typed operations current (codegen --check), types, then vitest.
test-web: prereqs $(NODE_DEPS)
	$(NPM) run codegen:check -w frontend
	$(NPM) run typecheck -w frontend
	$(NPM) test

# The harness stops what it starts however a run ends; then the real server
# on a fresh county demo database, driven by Chromium.
test-e2e: prereqs build
	GRASSROOTS_BIN=$(abspath $(BIN)) $(NPM) run e2e:harness -w frontend
	GRASSROOTS_BIN=$(abspath $(BIN)) $(NPM) run http-audit -w frontend
	GRASSROOTS_BIN=$(abspath $(BIN)) $(NPM) run e2e

# Fails when `go generate ./...` changes any generated file.
check-generated:
	@sum() { find ent graph -type f -not -path 'ent/migrate/migrations/*' | LC_ALL=C sort | xargs sha256sum; }; \
	before=$$(sum); $(GO) generate ./... || exit 1; after=$$(sum); \
	if [ "$$before" != "$$after" ]; then \
	  echo "generated code was stale; 'go generate ./...' changed:" >&2; \
	  diff <(echo "$$before") <(echo "$$after") >&2; exit 1; \
	fi; echo "generated code is current"

generate:
	$(GO) generate ./...

# New versioned migration for both dialects from the ent schema: make migration NAME=add_x
migration:
	@test -n "$(NAME)" || { echo "usage: make migration NAME=short_name" >&2; exit 2; }
	$(GO) run ./tooling/migdiff -name $(NAME)

# PostGraphile 4 and 5, which the bench measures beside the server: each its
# own npm package, installed for the bench alone (never by `make test` or the
# root npm ci).
PG_BENCH := tooling/bench/postgraphile
PG_BENCH_DEPS := $(PG_BENCH)/v4/node_modules/.package-lock.json $(PG_BENCH)/v5/node_modules/.package-lock.json

$(PG_BENCH)/%/node_modules/.package-lock.json: $(PG_BENCH)/%/package.json $(PG_BENCH)/%/package-lock.json
	cd $(PG_BENCH)/$* && $(NPM) ci --no-audit --no-fund
	@touch $@

# Server figures (grassroots bench; the twin shapes beside PostGraphile), then
# the browser's (search latency, network explorer frame times;
# frontend/e2e/bench.mjs).
bench: build $(PG_BENCH_DEPS)
	$(GO) build -trimpath -o bin/grassroots-bench ./tooling/cmd/grassroots-bench
	bin/grassroots-bench --server $(BIN)
	GRASSROOTS_BIN=$(abspath $(BIN)) $(NPM) run bench

clean:
	rm -rf bin data internal/webui/dist/app frontend/test-results
