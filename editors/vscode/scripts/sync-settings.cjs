// Writes the server's settings schema (`resolute settings-schema`) into
// package.json as `contributes.configuration.properties`. The server's
// `server/lsp/src/settings.rs` is the one source of truth; run this after
// changing it (or after adding a rule) and commit package.json.
"use strict";
const fs = require("fs");
const path = require("path");
const { serverSchema } = require("./server-schema.cjs");

const file = path.join(__dirname, "..", "package.json");
const manifest = JSON.parse(fs.readFileSync(file, "utf8"));
manifest.contributes.configuration.properties = serverSchema();
fs.writeFileSync(file, JSON.stringify(manifest, null, 2) + "\n");
console.log(`sync-settings: wrote ${Object.keys(manifest.contributes.configuration.properties).length} settings into ${file}`);
