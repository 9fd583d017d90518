#!/usr/bin/env bash
# Bake time with images: N editorials with one figure each (src/bench/GenerateImageEditorials.java),
# baked by the bake alone (BakeMain, no Maven), RUNS times with an empty image cache (every image resized)
# and RUNS times with the cache the first bake filled (nothing resized). Prints each run and the medians.
#
#   src/bench/images.sh [N] [RUNS]      default 100 images, 3 runs
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
N=${1:-100}
RUNS=${2:-3}
DIR="$ROOT/target/bench-images"
rm -rf "$DIR"
mkdir -p "$DIR"
(cd "$ROOT" && mvn -q -o -B compile dependency:build-classpath -Dmdep.outputFile="$DIR/cp.txt" >/dev/null)
java "$ROOT/src/bench/GenerateImageEditorials.java" "$N" "$DIR/content" "$DIR/images"
echo "$N images: $(du -sh "$DIR/images" | cut -f1)"

bake() {
    local start end
    start=$(date +%s%N)
    (cd "$ROOT" && java $(cat "$ROOT/.mvn/jvm.config") -Dsite.quiet=true -Dsite.content="$DIR/content" \
        -Dsite.images="$DIR/images" -Dsite.image_cache="$DIR/cache" -cp "$ROOT/target/classes:$(cat "$DIR/cp.txt")" \
        news.editorials.bake.BakeMain "$ROOT" "$DIR/site")
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

first=()
second=()
for ((run = 1; run <= RUNS; run++)); do
    rm -rf "$DIR/cache"
    first+=("$(bake)")
    second+=("$(bake)")
    echo "run $run: first bake ${first[-1]} ms, second bake ${second[-1]} ms"
done
echo "median first bake (empty cache): $(printf '%s\n' "${first[@]}" | median) ms"
echo "median second bake (cache full): $(printf '%s\n' "${second[@]}" | median) ms"
