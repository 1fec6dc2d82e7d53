#!/usr/bin/env bash
# ab.sh N BASE: compare the working tree with commit BASE (default HEAD) on
# BenchmarkInterleaved, the two benchmark binaries run in turns N times
# (default 4), so that this machine's drift lands on both alike. Prints one
# line per run: build, compiled ns, compiled/reference, plan ns,
# plan/compiled, reference ns.
set -euo pipefail
n=${1:-4}
base=${2:-HEAD}
root=$(git rev-parse --show-toplevel)
tmp=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$tmp/base" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
git -C "$root" worktree add -f -q "$tmp/base" "$base"
(cd "$tmp/base/bench/peers" && go test -c -o "$tmp/base.test" .)
(cd "$root/bench/peers" && go test -c -o "$tmp/new.test" .)
for _ in $(seq 1 "$n"); do
	for b in base new; do
		"$tmp/$b.test" -test.run '^$' -test.bench 'Interleaved$' -test.benchtime 2000000x |
			awk -v b="$b" '/Interleaved/{print b, $5, $7, $9, $11, $13}'
	done
done
