import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";

import { canonical, schemaDifferences, SchemaProperties, serverSettings } from "../src/settings";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serverSchema } = require("../../scripts/server-schema.cjs") as { serverSchema(): SchemaProperties };

const manifestPath = path.join(__dirname, "..", "..", "package.json");
const declared: SchemaProperties = JSON.parse(fs.readFileSync(manifestPath, "utf8")).contributes.configuration
  .properties;

test("package.json declares exactly the settings `resolute settings-schema` prints", () => {
  const server = serverSchema();
  assert.ok(Object.keys(server).length >= 5, "the server's schema looks empty");
  const differences = schemaDifferences(declared, server);
  assert.deepEqual(
    differences,
    [],
    "package.json is out of date with the server's settings; run `npm run sync-settings` in editors/vscode:\n" +
      differences.join("\n"),
  );
});

test("schemaDifferences sees a missing, an extra and a changed setting", () => {
  const base: SchemaProperties = { "resolute.a": { default: 1 }, "resolute.b": { default: [1, 2] } };
  assert.deepEqual(schemaDifferences(base, { "resolute.b": { default: [1, 2] }, "resolute.a": { default: 1 } }), []);
  assert.equal(schemaDifferences(base, { "resolute.a": { default: 1 } }).length, 1);
  assert.equal(schemaDifferences({ "resolute.a": { default: 1 } }, base).length, 1);
  assert.match(schemaDifferences(base, { ...base, "resolute.a": { default: 2 } })[0], /resolute\.a/);
  assert.deepEqual(canonical({ b: 1, a: { d: 2, c: 3 } }), { a: { c: 3, d: 2 }, b: 1 });
});

test("the server gets every declared setting but the client's own, defaults filled in", () => {
  const user: Record<string, unknown> = {
    "server.path": "/opt/resolute",
    rules: { "footnote-order": "off" },
    inlayHints: true,
  };
  const sent = serverSettings(declared, { get: <T>(key: string) => user[key] as T | undefined });
  assert.equal("server.path" in sent, false);
  assert.deepEqual(sent.rules, { "footnote-order": "off" });
  assert.equal(sent.inlayHints, true);
  assert.deepEqual(sent.catalogs, []);
  assert.equal(typeof sent.maxDocumentSize, "number");
  const expected = Object.keys(declared)
    .map((k) => k.slice("resolute.".length))
    .filter((k) => k !== "server.path")
    .sort();
  assert.deepEqual(Object.keys(sent).sort(), expected);
});
