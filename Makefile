# Grassroots — the two commands a newcomer needs are `make demo` and `make test`.
SHELL := /bin/bash
GO ?= go
BIN := bin/grassroots
DB ?= sqlite:data/grassroots.db
SCALE ?= prefecture
SEED ?= 1
export GRASSROOTS_TEST_POSTGRES ?= postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable

.PHONY: all build demo serve test test-go check-generated generate migration bench clean

all: build

build:
	$(GO) build -trimpath -o $(BIN) ./cmd/grassroots

# Builds, loads the deterministic demo into the embedded database on first run
# (later runs reuse it), then serves http://localhost:8080.
demo: build
	$(BIN) demo --db $(DB) --scale $(SCALE) --seed $(SEED) --if-empty
	$(BIN) serve --db $(DB)

serve: build
	$(BIN) serve --db $(DB)

# Every test: generated code is current, then the Go suite on SQLite and PostgreSQL.
test: check-generated test-go

test-go:
	$(GO) test -count=1 -timeout 20m ./...

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
	$(GO) run ./internal/tools/migdiff -name $(NAME)

bench: build
	$(BIN) bench

clean:
	rm -rf bin data
