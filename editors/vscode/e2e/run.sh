#!/usr/bin/env bash
# The VS Code end-to-end test, from nothing: installs code-server, Chromium and
# playwright-core (e2e/setup.sh), packages the extension with a server bundled
# in it, and runs e2e/run.mjs against it. The screenshot goes to docs/vscode.png
# (the README's picture) unless E2E_SCREENSHOT names another file; the one of
# the Arabic draft with its French diagnostic goes to target/vscode-e2e-ar.png
# unless E2E_SCREENSHOT_AR names another file.
#   RESOLUTE_BIN=path/to/resolute bash e2e/run.sh
# Without RESOLUTE_BIN it bundles the newest of target/release and target/debug.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
repo="$(cd "$here/../.." && pwd)"
cd "$here"

t0=$SECONDS
install_dir="$(bash e2e/setup.sh)"
echo "e2e: set-up took $((SECONDS - t0)) s ($install_dir)"

bin="${RESOLUTE_BIN:-}"
if [ -z "$bin" ]; then
  bin="$(ls -t "$repo/target/release/resolute" "$repo/target/debug/resolute" 2>/dev/null | head -1 || true)"
fi
[ -n "$bin" ] && [ -x "$bin" ] || { echo "e2e: no resolute binary; run cargo build -p resolute or set RESOLUTE_BIN" >&2; exit 1; }

t0=$SECONDS
[ -d node_modules ] || npm ci --no-audit --no-fund
# Bundle the server for this package only: leave server/ as it was, so that a
# later `npm run package` does not ship this binary unasked.
bundled_before=false
[ -e server/resolute ] && bundled_before=true
node scripts/bundle-server.cjs "$bin"
npm run --silent package >/dev/null
$bundled_before || rm -f server/resolute
echo "e2e: packaging took $((SECONDS - t0)) s ($(du -h resolute.vsix | cut -f1) with the server)"

t0=$SECONDS
node e2e/run.mjs --code-server "$install_dir" --vsix resolute.vsix \
  --draft "$repo/tests/fixtures/sample-draft.txt" --resolute "$bin" \
  --screenshot "${E2E_SCREENSHOT:-$repo/docs/vscode.png}" \
  --screenshot-ar "${E2E_SCREENSHOT_AR:-$repo/target/vscode-e2e-ar.png}"
echo "e2e: the test took $((SECONDS - t0)) s"
