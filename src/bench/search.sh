#!/usr/bin/env bash
# Search benchmark: for each size, generate N synthetic editorials (or reuse run.sh's), bake them and measure
# in Chromium the search index's size, the bytes one query transfers with a cold cache (page + CSS + JS +
# the index fragments it loads) for a fixed set of queries, and keystroke-to-results once fragments are
# loaded. See src/bench/README.md ("Search").
#
#   src/bench/search.sh N[,N...]        e.g.  src/bench/search.sh 1000,10000
#
# Needs Chromium and chromedriver at /usr/bin, and the project's dependencies in the local Maven repository.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH_SRC="$ROOT/src/bench"
BENCH_DIR=${BENCH_DIR:-"$ROOT/target/bench"}

[[ $# -eq 1 ]] || { sed -n '7,7p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }
IFS=',' read -r -a SIZES <<<"$1"
for n in "${SIZES[@]}"; do
    [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "not a positive number: $n" >&2; exit 2; }
done

GEN_HASH=$(sha256sum "$BENCH_SRC/GenerateEditorials.java" | cut -c1-16)
for N in "${SIZES[@]}"; do
    dir="$BENCH_DIR/$N"
    content="$dir/content"
    # The same stamp as run.sh: same generator, N and seed give the same files, shared by both scripts.
    stamp="$GEN_HASH $N ${BENCH_SEED:-default}"
    if [[ ! -d $content || "$(cat "$dir/content.stamp" 2>/dev/null)" != "$stamp" ]]; then
        rm -rf "$content" "$dir/content.stamp"
        mkdir -p "$dir"
        java "$BENCH_SRC/GenerateEditorials.java" "$N" "$content" ${BENCH_SEED:+"$BENCH_SEED"}
        echo "$stamp" >"$dir/content.stamp"
    fi
    find "$ROOT/content" -maxdepth 1 -type f -name '*.md' -exec cp -p {} "$content/" \;
    echo "N=$N"
    # Only this measurement: no unit tests, no other integration tests (failsafe excludes it by default).
    mvn -q -o -B -Dstyle.color=never -f "$ROOT/pom.xml" verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
        -Dit.test=SearchAtScaleIT "-Dsearch.measure.content=$content" \
        | grep -v -e "CdpVersionFinder" -e "Unable to find CDP implementation" || true
done
echo "results appended to ${BENCH_DIR#"$ROOT/"}/search-results.txt"
