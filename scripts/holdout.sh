#!/usr/bin/env bash
# Checks the parallel corpus's texts of one session as texts the checker has
# not seen: learns the five other languages' data without that session
# (scripts/learn_languages.py --hold-out SESSION) in a scratch worktree of
# HEAD, builds `resolute` there, checks the session's texts in the six
# languages and prints the findings (errors and warnings) that the checker
# built on the whole corpus does not report, and the differences `resolute
# compare` reports between the six versions that it does not, and the
# mistakes of the languages' mutation tests (server/core/tests/
# mutations_languages.rs) made in the session's texts and missed that the
# whole corpus's data catches: what a new text of those languages would show
# that the corpus's own do not. See docs/languages.md.
#
#   scripts/holdout.sh SESSION [SESSION…]     (sessions 75 to 80)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus="$root/../shared/corpus/parallel"
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/tree" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
cargo build --release -q --manifest-path "$root/Cargo.toml" -p resolute
git -C "$root" worktree add -q --detach "$work/tree" HEAD
findings() { # binary, symbol, language
    "$1" check --format json --exit-zero "$corpus/$2/$3.txt" | python3 -c '
import json, sys
for d in json.load(sys.stdin):
    if d["severity"] in ("error", "warning"):
        print(sys.argv[1], sys.argv[2], d["range"]["start"]["line"] + 1, d["code"], d["message"][:160])
' "$2" "$3"
}
differences() { # binary, symbol
    "$1" compare --format json "$corpus/$2"/{en,fr,es,ar,zh,ru}.txt | python3 -c '
import json, sys
for d in json.load(sys.stdin):
    print(sys.argv[1], d["language"], "compare", d["range"]["start"]["line"] + 1, d["code"], d["message"][:160])
' "$2"
}
mutations() { # manifest; prints the misses of the mutation tests
    MUTATION_MISSES=100000 cargo test -q --release --manifest-path "$1" -p resolute-core \
        --test mutations_languages -- --nocapture 2>/dev/null | grep '^  .*: parallel/' || true
}
mutations "$root/Cargo.toml" | sort > "$work/misses"
for session in "$@"; do
    (cd "$work/tree" && RESOLUTE_SHARED="$root/../shared" python3 scripts/learn_languages.py --hold-out "$session" >/dev/null 2>&1)
    cargo build --release -q --manifest-path "$work/tree/Cargo.toml" -p resolute
    for dir in "$corpus"/A_RES_"$session"_*; do
        symbol=$(basename "$dir")
        for lang in en fr es ar zh ru; do
            comm -13 <(findings "$root/target/release/resolute" "$symbol" "$lang" | sort) \
                     <(findings "$work/tree/target/release/resolute" "$symbol" "$lang" | sort)
        done
        comm -13 <(differences "$root/target/release/resolute" "$symbol" | sort) \
                 <(differences "$work/tree/target/release/resolute" "$symbol" | sort)
    done
    comm -13 "$work/misses" <(mutations "$work/tree/Cargo.toml" | sort) |
        grep "parallel/A_RES_${session}_" | sed 's/^ */mutation missed: /' || true
done
