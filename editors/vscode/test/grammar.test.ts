// The TextMate grammar, run by the same engine VS Code uses (vscode-textmate
// with the Oniguruma regular expressions compiled to WebAssembly).

import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as path from "node:path";
import { before, test } from "node:test";

import * as oniguruma from "vscode-oniguruma";
import * as textmate from "vscode-textmate";

const root = path.join(__dirname, "..", "..");
let grammar: textmate.IGrammar;

before(async () => {
  const wasm = fs.readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm"));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) => {
      assert.equal(scopeName, "text.resolution");
      const file = path.join(root, "syntaxes", "resolution.tmLanguage.json");
      return textmate.parseRawGrammar(fs.readFileSync(file, "utf8"), file);
    },
  });
  const loaded = await registry.loadGrammar("text.resolution");
  assert.ok(loaded);
  grammar = loaded;
});

/** Each token of each line as [text, its innermost scope], whitespace-only tokens left out. */
function tokenize(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let state = textmate.INITIAL;
  for (const line of text.split("\n")) {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) {
      const piece = line.slice(token.startIndex, token.endIndex);
      if (piece.trim() !== "") out.push([piece, token.scopes[token.scopes.length - 1]]);
    }
    state = result.ruleStack;
  }
  return out;
}

/** The scope of the token whose text is exactly `piece` (the first one). */
function scopeOf(tokens: Array<[string, string]>, piece: string): string {
  const found = tokens.find(([text]) => text === piece);
  assert.ok(found, `no token "${piece}" in ${JSON.stringify(tokens)}`);
  return found[1];
}

const DRAFT = [
  "\tStrengthening cooperation on drought resilience",
  "\tThe General Assembly,",
  "\tRecalling also its resolution 67/264 of 17 May 2013 and Security Council resolution 1624 (2005),",
  "\tDeeply concerned at the report of the Secretary-General (A/67/280) and its resolution 3369 (XXX),1",
  "\tTaking note with appreciation of target 11.1 of document A/70/1/Add.1 and of the G77,2",
  "\t1.\tStrongly urges Member States [to act without delay];",
  "\t\t(a)\tTo consider resolution ES-10/19;",
  "\t3 bis.\tCalls upon the Council;3",
  "12 December 2024",
  "1 Resolution 60/1.",
].join("\n");

test("opening verbs are italic: preambular after the organ's line, operative after the number", () => {
  const tokens = tokenize(DRAFT);
  assert.equal(scopeOf(tokens, "Recalling also"), "markup.italic.verb.preambular.resolution");
  assert.equal(scopeOf(tokens, "Deeply concerned"), "markup.italic.verb.preambular.resolution");
  assert.equal(scopeOf(tokens, "Taking note with appreciation of"), "markup.italic.verb.preambular.resolution");
  assert.equal(scopeOf(tokens, "Strongly urges"), "markup.italic.verb.operative.resolution");
  assert.equal(scopeOf(tokens, "Calls upon"), "markup.italic.verb.operative.resolution");
  // The title above `The General Assembly,` is no preambular paragraph.
  assert.ok(!tokens.some(([text, scope]) => text.startsWith("Strengthening") && scope.startsWith("markup.italic")));
  assert.equal(scopeOf(tokens, "The General Assembly"), "markup.heading.organ.resolution");
});

test("paragraph and subparagraph numbers", () => {
  const tokens = tokenize(DRAFT);
  assert.ok(tokens.some(([t, s]) => t === "1" && s === "constant.numeric.paragraph-number.resolution"));
  assert.equal(scopeOf(tokens, "3 bis"), "constant.numeric.paragraph-number.resolution");
  assert.equal(scopeOf(tokens, "a"), "constant.numeric.subparagraph-number.resolution");
});

test("citations of the General Assembly, old style, the Security Council and emergency sessions", () => {
  const tokens = tokenize(DRAFT);
  assert.equal(scopeOf(tokens, "67/264"), "markup.underline.link.citation.resolution");
  assert.equal(scopeOf(tokens, "1624 (2005)"), "markup.underline.link.citation.security-council.resolution");
  assert.equal(scopeOf(tokens, "3369 (XXX)"), "markup.underline.link.citation.old-style.resolution");
  assert.equal(scopeOf(tokens, "ES-10/19"), "markup.underline.link.citation.resolution");
  assert.equal(scopeOf(tokens, "60/1"), "markup.underline.link.citation.resolution");
  // Document symbols are not citations.
  assert.ok(!tokens.some(([text, scope]) => text.includes("67/280") && scope.includes("citation")));
});

test("footnote markers and texts, not digits in numbers, symbols or dates", () => {
  const tokens = tokenize(DRAFT);
  const markers = tokens.filter(([, scope]) => scope === "constant.character.footnote.marker.resolution");
  assert.deepEqual(
    markers.map(([text]) => text),
    ["1", "2", "3"],
    JSON.stringify(tokens),
  );
  const definitions = tokens.filter(([, scope]) => scope === "constant.character.footnote.definition.resolution");
  assert.deepEqual(definitions.map(([text]) => text), ["1"], "the footnote line, and not the date line");
});

test("bracketed text is marked as not agreed", () => {
  const tokens = tokenize(DRAFT);
  assert.equal(scopeOf(tokens, "["), "punctuation.definition.bracket.begin.resolution");
  assert.equal(scopeOf(tokens, "to act without delay"), "markup.changed.bracketed.resolution");
  assert.equal(scopeOf(tokens, "]"), "punctuation.definition.bracket.end.resolution");
});
