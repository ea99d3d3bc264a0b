#!/usr/bin/env bash
# Makes a view of the corpus whose parallel texts come in another order,
# text FIRST (1-based, in the order of their folders' names) first, and
# prints its path: the benchmarks that type in the first parallel texts
# (issue 17's comparison, `place::SharedPlaces`) then type in others, texts
# no change was measured on. Everything else is the corpus itself, linked.
#
#   scripts/rotated-corpus.sh FIRST [OUT]
#   RESOLUTE_CORPUS=$(scripts/rotated-corpus.sh 21) target/release/resolute-bench --core-only
#
# OUT (default a new temporary folder) receives `corpus/`, which is printed.
set -euo pipefail
cd "$(dirname "$0")/.."

first=${1:?usage: scripts/rotated-corpus.sh FIRST [OUT]}
corpus=$(realpath ../shared/corpus)
out=${2:-$(mktemp -d)}
view="$out/corpus"
rm -rf "$view"
mkdir -p "$view/parallel"
for entry in "$corpus"/*; do
    [[ $(basename "$entry") == parallel ]] || ln -s "$entry" "$view/"
done
mapfile -t texts < <(find "$corpus/parallel" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | LC_ALL=C sort)
count=${#texts[@]}
(( first >= 1 && first <= count )) || { echo "rotated-corpus: FIRST must be 1 to $count" >&2; exit 1; }
for entry in "$corpus"/parallel/*; do
    [[ -d $entry ]] || ln -s "$entry" "$view/parallel/"
done
for i in "${!texts[@]}"; do
    # (A prefix that sorts text FIRST first and keeps the others in turn.)
    place=$(( (i - first + 1 + count) % count ))
    ln -s "$corpus/parallel/${texts[$i]}" "$view/parallel/$(printf '%03d' "$place")_${texts[$i]}"
done
echo "$view"
