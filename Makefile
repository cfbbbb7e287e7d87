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

# Fails when `go generate ./...` would change the committed tree.
check-generated:
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	git ls-files -z ent graph | xargs -0 tar -cf "$$tmp/before.tar" && \
	$(GO) generate ./... && \
	if ! git diff --quiet -- ent graph || [ -n "$$(git ls-files --others --exclude-standard ent graph)" ]; then \
	  echo "generated code is stale: run 'make generate' and commit the result" >&2; \
	  git --no-pager diff --stat -- ent graph >&2; git ls-files --others --exclude-standard ent graph >&2; \
	  exit 1; \
	fi

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
