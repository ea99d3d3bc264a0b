#!/usr/bin/env bash
# Installs what the VS Code end-to-end test needs, on a fresh Debian machine
# that reaches only the package registries:
#   - Debian: chromium (the browser), ripgrep (VS Code's search binary, since
#     @vscode/ripgrep cannot download its own), and the -dev headers that
#     code-server's native modules build against (kerberos, xkbfile, libsecret);
#   - npm: code-server 4.100.3 (the newest that runs on Node 20) and
#     playwright-core, pinned by e2e/package-lock.json.
# The npm install goes to a cache folder keyed by the lock file, so a second
# run on the same machine reuses it; the folder's path is printed last.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

need=()
for pkg in chromium ripgrep libkrb5-dev libxkbfile-dev libsecret-1-dev; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
done
if ((${#need[@]})); then
  echo "setup: apt-get install ${need[*]}" >&2
  if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
fi

lock_hash="$(sha256sum "$here/package-lock.json" | cut -c1-16)"
dest="${RESOLUTE_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/resolute-vscode-e2e}/$lock_hash"
if [ ! -f "$dest/.installed" ]; then
  rm -rf "$dest"
  mkdir -p "$dest"
  cp "$here/package.json" "$here/package-lock.json" "$dest/"

  # @vscode/ripgrep's postinstall downloads a prebuilt rg unless its archive is
  # already in its cache, $TMPDIR/vscode-ripgrep-cache-<package version>/.
  # Put Debian's rg there, under the name it looks for (the versions are the
  # ones code-server 4.100.3's lib/vscode/npm-shrinkwrap.json pins).
  tmp="$dest/tmp"
  rg_cache="$tmp/vscode-ripgrep-cache-1.15.11"
  mkdir -p "$rg_cache/rg"
  cp "$(command -v rg)" "$rg_cache/rg/rg"
  tar -C "$rg_cache/rg" -czf "$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" rg
  rm -r "$rg_cache/rg"

  # code-server's native modules (argon2, kerberos, node-pty, ...) build
  # against the Node headers Debian's nodejs ships in /usr/include/node.
  # Its postinstall runs `npm install` inside lib/vscode, a package.json of
  # its own without npm 11's allowScripts list, hence the blanket permission
  # for this pinned install; node-pty's script runs `npx node-gyp`, which
  # needs `yes` to proceed without a terminal.
  echo "setup: npm ci in $dest (code-server builds native modules; a few minutes)" >&2
  (cd "$dest" && TMPDIR="$tmp" npm_config_nodedir=/usr npm_config_dangerously_allow_all_scripts=true npm_config_yes=true npm ci --unsafe-perm --no-audit --no-fund --loglevel=error >&2)
  rm -rf "$tmp"
  touch "$dest/.installed"
fi
echo "$dest"
