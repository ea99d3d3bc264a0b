import { strict as assert } from "node:assert";
import { test } from "node:test";

import { alignedVersions, pickItems } from "../src/aligned";

const english = {
  language: "en",
  name: "English",
  uri: "file:///texts/draft.en.resolution",
  range: { start: { line: 6, character: 1 }, end: { line: 6, character: 40 } },
};
const spanish = { ...english, language: "es", name: "Spanish", uri: "file:///texts/draft.es.resolution" };

test("the server's answer is read, anything else is no version", () => {
  assert.deepEqual(alignedVersions([english, spanish]), [english, spanish]);
  assert.deepEqual(alignedVersions(null), []);
  assert.deepEqual(alignedVersions({ uri: english.uri }), []);
  assert.deepEqual(alignedVersions([{ ...english, range: { start: { line: "6" } } }, spanish]), [spanish]);
});

test("several versions are offered in the server's order, with the paragraph's line", () => {
  const items = pickItems([english, spanish]);
  assert.deepEqual(
    items.map((i) => [i.label, i.description]),
    [
      ["English", "en · line 7"],
      ["Spanish", "es · line 7"],
    ],
  );
  assert.equal(items[1].version, spanish);
});
