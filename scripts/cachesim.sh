#!/usr/bin/env bash
# Counts what a scenario of the profile example costs in each language, with
# the caches simulated: instructions, first-level instruction and data
# misses, last-level misses, and KCachegrind's cycle estimate (instructions
# + 10 x first-level misses + 100 x last-level misses). Unlike the time of
# the one command, these do not move with the machine's load; unlike the
# instruction count alone, they see what a keystroke in Arabic or Chinese
# spends on caches (docs/PERFORMANCE.md, sessions 27 and 28). Each figure is
# for one keystroke (or one repetition of a scenario that counts none).
#
#   scripts/cachesim.sh SCENARIO [LANGUAGE...]
#
# SCENARIO is one of the profile example's (`full`, `paragraphs-first`,
# `paragraphs`, ...; server/core/examples/profile.rs); LANGUAGE en, fr, es,
# ar, zh or ru (en by default). REPEAT (default 1 for `full`, 2 otherwise)
# sets the repetitions, PROFILE a built binary to measure instead (another
# build of the example, to compare two trees). Needs valgrind.
set -euo pipefail
cd "$(dirname "$0")/.."

scenario=${1:?usage: scripts/cachesim.sh SCENARIO [LANGUAGE...]}
shift
languages=("${@:-en}")
if [[ $scenario == full ]]; then repeat=${REPEAT:-1}; else repeat=${REPEAT:-2}; fi
command -v valgrind >/dev/null || { echo "cachesim: valgrind is not installed" >&2; exit 1; }

binary=${PROFILE:-}
if [[ -z $binary ]]; then
    cargo build --release --quiet -p resolute-core --example profile
    binary=target/release/examples/profile
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '%-4s %-18s %7s %10s %9s %8s %7s %10s\n' lang scenario units Ir I1mr D1m LLm estimate
for language in "${languages[@]}"; do
    valgrind --tool=callgrind --cache-sim=yes --toggle-collect='*measured*' \
        --callgrind-out-file="$out/$language" \
        "$binary" "$scenario" 1024 "$repeat" "$language" >"$out/$language.log" 2>&1
    # Each figure is for one unit: a keystroke where the scenario counts
    # them (`N keystrokes in P paragraphs`: the languages' paragraphs differ
    # in number), else a repetition.
    units=$(grep -oE '[0-9]+ keystrokes' "$out/$language.log" | head -1 | cut -d' ' -f1 || true)
    units=${units:-$repeat}
    awk -v lang="$language" -v scenario="$scenario" -v units="$units" '
        /^events:/ { for (i = 2; i <= NF; i++) name[i - 1] = $i }
        /^summary:/ { for (i = 2; i <= NF; i++) value[name[i - 1]] = $i }
        END {
            l1 = value["I1mr"] + value["D1mr"] + value["D1mw"]
            ll = value["ILmr"] + value["DLmr"] + value["DLmw"]
            printf "%-4s %-18s %7d %10.0f %9.0f %8.0f %7.0f %10.0f\n", lang, scenario, units,
                value["Ir"] / units, value["I1mr"] / units, (value["D1mr"] + value["D1mw"]) / units,
                ll / units, (value["Ir"] + 10 * l1 + 100 * ll) / units
        }' "$out/$language"
done
