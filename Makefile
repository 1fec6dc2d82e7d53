# synthgen — the commands CI and developers run. `make test` is what CI runs.
GO ?= go
SCHEMAS := $(basename $(notdir $(wildcard schemas/*.json)))

.PHONY: all build test vet fmt-check generate consumer bench bench-micro conformance fuzz clean

all: build test

build:
	$(GO) build ./...

# test: formatting, vet, and every test (unit, golden, staleness of
# generated/, differential backends, conformance on the official suite, CLI
# scripts).
test: fmt-check vet
	$(GO) test -count=1 ./...
	@$(MAKE) --no-print-directory consumer

# consumer: the Go workflow proved in a module of its own (examples/consumer,
# replaced to this repo): go generate must reproduce its checked-in fixtures
# exactly, then its vet and tests must pass.
consumer:
	cd examples/consumer && $(GO) generate ./...
	@out=$$(git diff --name-only -- examples/consumer; git ls-files --others --exclude-standard -- examples/consumer); \
	if [ -n "$$out" ]; then echo "examples/consumer: go generate changed or added files (commit them if intended):"; echo "$$out"; exit 1; fi
	cd examples/consumer && $(GO) vet ./... && $(GO) test -count=1 ./...

vet:
	$(GO) vet ./...

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "not gofmt'd:"; echo "$$out"; exit 1; fi

# generate: rewrite generated/ from schemas/ (one package per schema).
generate:
	@for s in $(SCHEMAS); do \
		pkg=$$(echo $$s | tr -d _); \
		$(GO) run ./cmd/synthgen compile $$s -p $$pkg -o generated/$$pkg --emit json,fixtures,csv,gopter || exit 1; \
	done

# conformance: run the official JSON-Schema-Test-Suite (core and optional
# folders), print the per-file table and rewrite docs/CONFORMANCE.md from it.
conformance:
	$(GO) test -count=1 -run '^TestConformance$$' -v ./compiler/conformance -update

# bench: one table, schema × backend (compiled, plan, the hand-written
# reference, gofakeit), measured side by side in one run of the separate
# module bench/peers (so synthgen never depends on gofakeit): BENCHCOUNT
# passes over every row, each row's median shown. Then customer's compiled
# generator, plan and reference in turns (BenchmarkInterleaved), whose
# ratios hold even where the machine's speed drifts.
BENCHTIME ?= 1s
BENCHCOUNT ?= 3
bench:
	cd bench/peers && $(GO) test -run '^$$' -bench Records -benchmem -benchtime $(BENCHTIME) -count $(BENCHCOUNT) . | $(GO) run ../../bench/benchtable
	cd bench/peers && $(GO) test -run '^$$' -bench 'Interleaved$$' -benchtime 2000000x -count $(BENCHCOUNT) .
	cd bench/peers && $(GO) test -run '^$$' -bench InterleavedPlan -benchtime 500000x -count 1 .

# bench-micro: the runtime primitives' and backends' own benchmarks.
bench-micro:
	$(GO) test -run '^$$' -bench . -benchmem ./runtime/... ./compiler/...

clean:
	$(GO) clean -testcache
