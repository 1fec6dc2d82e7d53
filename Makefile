# synthgen — the commands CI and developers run. `make test` is what CI runs.
GO ?= go
SCHEMAS := $(basename $(notdir $(wildcard schemas/*.json)))

.PHONY: all build test vet fmt-check generate bench conformance fuzz clean

all: build test

build:
	$(GO) build ./...

# test: formatting, vet, and every test (unit, golden, staleness of
# generated/, differential backends, conformance on the official suite, CLI
# scripts).
test: fmt-check vet
	$(GO) test -count=1 ./...

vet:
	$(GO) vet ./...

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "not gofmt'd:"; echo "$$out"; exit 1; fi

# generate: rewrite generated/ from schemas/ (one package per schema).
generate:
	@for s in $(SCHEMAS); do \
		pkg=$$(echo $$s | tr -d _); \
		$(GO) run ./cmd/synthgen compile $$s -p $$pkg -o generated/$$pkg || exit 1; \
	done

# conformance: run the official JSON-Schema-Test-Suite (core and optional
# folders), print the per-file table and rewrite docs/CONFORMANCE.md from it.
conformance:
	$(GO) test -count=1 -run '^TestConformance$$' -v ./compiler/conformance -update

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./runtime/... ./compiler/...

clean:
	$(GO) clean -testcache
