// Copies a `resolute` binary into server/, where the extension looks for a
// bundled server (after the resolute.server.path setting, before PATH), so
// that `npm run package` ships it inside the .vsix.
//   node scripts/bundle-server.cjs [BINARY]   (default: ../../target/release/resolute)
"use strict";
const fs = require("fs");
const path = require("path");
const { repo } = require("./server-schema.cjs");

const exe = process.platform === "win32" ? "resolute.exe" : "resolute";
const source = path.resolve(process.argv[2] ?? path.join(repo, "target", "release", exe));
if (!fs.existsSync(source)) {
  console.error(`bundle-server: no binary at ${source}; build it with \`cargo build --release -p resolute\` or name one`);
  process.exit(1);
}
const dest = path.join(__dirname, "..", "server", exe);
fs.mkdirSync(path.dirname(dest), { recursive: true });
fs.copyFileSync(source, dest);
fs.chmodSync(dest, 0o755);
console.log(`bundle-server: ${source} -> ${dest}`);
