#!/usr/bin/env bash
# fuzz.sh runs every fuzz target (func FuzzXxx) in the repository, one after
# another, for the same time each, and prints a summary table.
#
# Usage:
#   scripts/fuzz.sh [FUZZTIME]     # FUZZTIME as for go test -fuzztime; default 10s
#   make fuzz FUZZTIME=30s
#
# Targets are discovered with `go test -list '^Fuzz'` in each package. The
# script works from any directory: it changes to the repository root first.
# It exits non-zero if any target failed (or a package did not build).
#
# When a target finds a crasher, go test itself writes the failing input to
# <package>/testdata/fuzz/<Target>/<hash>. Fix the bug, then commit that file:
# it becomes a regression seed that every plain `go test` run replays.
set -u -o pipefail

fuzztime="${1:-${FUZZTIME:-10s}}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

logdir="$(mktemp -d "${TMPDIR:-/tmp}/isnad-fuzz.XXXXXX")"
results=()
failed=0

pkgs="$(go list ./...)" || exit 2
for pkg in $pkgs; do
	dir="$(go list -f '{{.Dir}}' "$pkg")"
	# Only packages with a test file declaring a fuzz target.
	grep -qs '^func Fuzz' "$dir"/*_test.go || continue
	if ! list="$(go test -list '^Fuzz' "$pkg" 2>&1)"; then
		results+=("$pkg	-	BUILD FAILED")
		failed=1
		echo "$list" >&2
		continue
	fi
	targets="$(echo "$list" | grep '^Fuzz' || true)"
	for target in $targets; do
		log="$logdir/$(echo "$pkg" | tr '/' '_').$target.log"
		echo "== $pkg $target ($fuzztime)" >&2
		start=$SECONDS
		if go test -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime" "$pkg" >"$log" 2>&1; then
			result="ok"
		else
			result="FAIL (log: $log)"
			failed=1
			tail -n 30 "$log" >&2
		fi
		results+=("$pkg	$target	$result	$((SECONDS - start))s")
	done
done

echo
printf '%-50s %-22s %s\n' PACKAGE TARGET RESULT
for r in "${results[@]}"; do
	IFS=$'\t' read -r pkg target result secs <<<"$r"
	printf '%-50s %-22s %s %s\n' "${pkg#github.com/isnad-news/isnad}" "$target" "$result" "${secs:-}"
done
if [ "$failed" -ne 0 ]; then
	echo "fuzz: some targets failed; crashers are under each package's testdata/fuzz/" >&2
	exit 1
fi
rm -rf "$logdir"
