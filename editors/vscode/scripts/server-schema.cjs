// Runs `resolute settings-schema` and returns the parsed JSON: VS Code's
// `contributes.configuration.properties` for the settings the server reads.
// The binary is $RESOLUTE_BIN when set, else the repository's own, built and
// run by `cargo run` (which rebuilds it only when the sources changed).
"use strict";
const { execFileSync } = require("child_process");
const path = require("path");

const repo = path.resolve(__dirname, "..", "..", "..");

function serverSchema() {
  const bin = process.env.RESOLUTE_BIN;
  const stdout = bin
    ? execFileSync(bin, ["settings-schema"], { encoding: "utf8" })
    : execFileSync("cargo", ["run", "--quiet", "--locked", "-p", "resolute", "--", "settings-schema"], {
        cwd: repo,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
      });
  return JSON.parse(stdout);
}

module.exports = { serverSchema, repo };
