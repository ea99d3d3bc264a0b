// End-to-end test of the packaged extension in a real VS Code: code-server
// (VS Code 1.100 served on localhost) in Debian's Chromium, driven by
// playwright-core. It installs the .vsix, opens a draft with a numbering gap
// and a footnote, and asserts on what the workbench shows: the language mode,
// the grammar, the Problems panel (each message whole, with what it must say
// in the part the panel shows), the hover, completion, a quick fix, no word
// suggestions in running text, `Also requests` first after `Req`, the server
// the extension started (the one bundled in the .vsix), and the message for a
// wrong resolute.server.path. It logs how long a new squiggle takes, split
// with the server's trace (not asserted), and leaves a screenshot for the
// README. Then, with `resolute.locale` set to fr in the workspace settings,
// it opens an Arabic and a Chinese draft (e2e/fixtures): the Problems panel
// and the diagnostic's hover show the French message `resolute check
// --locale fr` gives, a hover shows a footnote (its heading from the French
// .ftl) or a citation, and the Arabic text in the editor is the file's, in
// the order it was typed, also after typing in it and saving.
//
//   node e2e/run.mjs --code-server DIR --vsix FILE --draft FILE --resolute BIN [--screenshot PNG] [--screenshot-ar PNG]
//
// DIR is the folder e2e/setup.sh printed (node_modules/code-server and
// playwright-core are in it); BIN is the server bundled in the .vsix, which
// the test also runs as `resolute check` to know what the Problems panel
// must show. e2e/run.sh does all of it in order.

import { spawn, execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values: args } = parseArgs({
  options: {
    "code-server": { type: "string" },
    vsix: { type: "string" },
    draft: { type: "string" },
    resolute: { type: "string" },
    screenshot: { type: "string" },
    "screenshot-ar": { type: "string" },
  },
});
for (const key of ["code-server", "vsix", "draft", "resolute"]) {
  if (!args[key]) throw new Error(`run.mjs: --${key} is required`);
}
const installDir = path.resolve(args["code-server"]);
const codeServer = path.join(installDir, "node_modules", ".bin", "code-server");
const { chromium } = createRequire(path.join(installDir, "package.json"))("playwright-core");

// What the messages of the sample's two findings must say, in the order
// `resolute check` reports them. The messages themselves come from the
// checker at run time; these are the words a drafter must read in them, in
// the part of the message the Problems panel shows. Update them when the
// rules' messages are reworded.
const WORDING = {
  "footnote-missing": /footnote 3/,
  "operative-numbering": /^number this paragraph 3/,
};

const started = Date.now();
const log = (message) => console.log(`e2e [${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);
let failures = 0;
let passes = 0;
function check(condition, what, detail = "") {
  if (condition) {
    passes++;
    log(`ok: ${what}`);
  } else {
    failures++;
    log(`FAILED: ${what}${detail ? `\n${detail}` : ""}`);
  }
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), "resolute-vscode-e2e-"));
const userData = path.join(root, "user-data");
const extensions = path.join(root, "extensions");
const workspace = path.join(root, "workspace");
const browserProfile = path.join(root, "chromium");
const draftName = "sample-draft.res.txt";
// The drafts in other languages, opened with the locale set to French.
const e2eDir = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(e2eDir, "fixtures");
const frenchFtl = path.join(e2eDir, "..", "..", "..", "server", "core", "locales", "fr", "resolute.ftl");
const foreignDrafts = ["draft-ar.res.txt", "draft-zh.res.txt"];
fs.mkdirSync(path.join(userData, "User"), { recursive: true });
fs.mkdirSync(workspace);
fs.copyFileSync(args.draft, path.join(workspace, draftName));
for (const name of foreignDrafts) fs.copyFileSync(path.join(fixtures, name), path.join(workspace, name));
fs.writeFileSync(
  path.join(userData, "User", "settings.json"),
  JSON.stringify(
    {
      "workbench.startupEditor": "none",
      "workbench.tips.enabled": false,
      "workbench.enableExperiments": false,
      "security.workspace.trust.enabled": false,
      "telemetry.telemetryLevel": "off",
      "update.mode": "none",
      "extensions.autoCheckUpdates": false,
      "extensions.autoUpdate": false,
      "extensions.ignoreRecommendations": true,
      "editor.minimap.enabled": false,
      "window.commandCenter": false,
      "chat.commandCenter.enabled": false,
      "workbench.secondarySideBar.defaultVisibility": "hidden",
      // The client's trace of the protocol, with the server's own account of
      // each publish ($/logTrace), in the extension's output channel.
      "resolute.trace.server": "messages",
    },
    null,
    2,
  ),
);
const config = path.join(root, "config.yaml");
fs.writeFileSync(config, "auth: none\n");
const common = ["--config", config, "--user-data-dir", userData, "--extensions-dir", extensions];

// A PATH without any `resolute`, so that the server can only be the bundled one.
const cleanPath = (process.env.PATH ?? "")
  .split(":")
  .filter((dir) => dir && !fs.existsSync(path.join(dir, "resolute")))
  .join(":");
const env = { ...process.env, PATH: cleanPath };

log(`code-server --install-extension ${args.vsix}`);
const installed = execFileSync(codeServer, [...common, "--install-extension", path.resolve(args.vsix)], {
  env,
  encoding: "utf8",
});
check(/was successfully installed/.test(installed), "the .vsix installs", installed);

const port = await new Promise((resolve) => {
  const server = net.createServer().listen(0, "127.0.0.1", () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});
const serverProcess = spawn(
  codeServer,
  [
    ...common,
    "--bind-addr",
    `127.0.0.1:${port}`,
    "--disable-telemetry",
    "--disable-update-check",
    "--disable-workspace-trust",
    "--disable-getting-started-override",
    workspace,
  ],
  { env, detached: true, stdio: ["ignore", "pipe", "pipe"] },
);
let serverOutput = "";
serverProcess.stdout.on("data", (d) => (serverOutput += d));
serverProcess.stderr.on("data", (d) => (serverOutput += d));
await waitFor(() => /HTTP server listening/.test(serverOutput), 30_000, "code-server to listen");
log(`code-server listens on 127.0.0.1:${port}`);

let browser;
let page;
try {
  browser = await chromium.launchPersistentContext(browserProfile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  // Copying the editor's text is how the test reads what the editor holds.
  await browser.grantPermissions(["clipboard-read", "clipboard-write"], { origin: `http://127.0.0.1:${port}` });
  page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator(".monaco-workbench").waitFor({ timeout: 60_000 });
  await page.locator(".explorer-folders-view, .explorer-viewlet").first().waitFor({ timeout: 60_000 });
  log("the workbench is up");

  // Open the draft through Quick Open, as a person would.
  await page.locator(".monaco-workbench").click({ position: { x: 640, y: 400 } });
  await page.keyboard.press("Control+P");
  await page.locator(".quick-input-widget input").waitFor({ timeout: 10_000 });
  await page.keyboard.type(draftName);
  await page.locator(".quick-input-list .monaco-list-row").first().waitFor({ timeout: 10_000 });
  await page.keyboard.press("Enter");
  const editor = page.locator(".editor-instance .monaco-editor").first();
  await editor.waitFor({ timeout: 20_000 });
  await page.locator(".view-line", { hasText: "Recalling the 2005 World Summit Outcome" }).waitFor({ timeout: 20_000 });
  log("the draft is open");

  // The language comes from the extension's `*.res.txt` association.
  const languageStatus = page.locator("#status\\.editor\\.mode");
  await languageStatus.waitFor({ timeout: 10_000 });
  const language = (await languageStatus.innerText()).trim();
  check(language === "UN resolution", "the status bar shows the language UN resolution", `it shows "${language}"`);

  // The grammar: the operative verb is italic.
  const italic = await page
    .locator(".view-line", { hasText: "Requests the Secretary-General" })
    .locator("span span", { hasText: /^Requests$/ })
    .first()
    .evaluate((el) => getComputedStyle(el).fontStyle)
    .catch((e) => `not found: ${e.message}`);
  check(italic === "italic", "the grammar sets the operative verb Requests in italics", `font-style: ${italic}`);

  // Diagnostics: the Problems panel lists what `resolute check` finds in the
  // draft (so it shows exactly what the server says, whatever the wording),
  // each message whole, with its rule's code.
  const expected = JSON.parse(
    execFileSync(args.resolute, ["check", "--exit-zero", "--format", "json", args.draft], { encoding: "utf8" }),
  );
  check(
    expected.map((f) => f.code).join(" ") === Object.keys(WORDING).join(" "),
    "resolute check finds the sample's two mistakes",
    JSON.stringify(expected, null, 2),
  );
  await page.keyboard.press("Control+Shift+M");
  const markers = page.locator(".markers-panel");
  await markers.waitFor({ timeout: 10_000 });
  for (const finding of expected) {
    const row = markers.locator(".monaco-list-row", { hasText: finding.message });
    const shown = await row
      .first()
      .waitFor({ timeout: 30_000 })
      .then(() => true)
      .catch(() => false);
    const rowText = shown ? await row.first().innerText() : await markers.innerText().catch(() => "");
    check(shown, `the Problems panel shows the whole message of ${finding.code}`, `${finding.message}\n---\n${rowText}`);
    check(rowText.includes(finding.code), `the problem carries the rule's code ${finding.code}`, rowText);
    const wording = WORDING[finding.code];
    check(wording?.test(finding.message), `the message of ${finding.code} says ${wording}`, finding.message);
    if (shown) {
      // What the panel shows of the message before it cuts it off: it must
      // hold the start of the message, where it says what to write.
      const visible = await visibleMessage(row.first());
      log(`the panel shows ${visible.length} of ${finding.message.length} characters of ${finding.code}: ${visible}`);
      check(
        visible.length > 0 && wording?.test(visible),
        `the visible part of the ${finding.code} message holds ${wording}`,
        visible,
      );
    }
  }

  // Hover: go to the footnote marker of `Outcome,1` and ask for the hover.
  await editor.click({ position: { x: 300, y: 10 } });
  await page.keyboard.press("Control+G");
  await page.locator(".quick-input-widget input").waitFor({ timeout: 10_000 });
  const lines = fs.readFileSync(args.draft, "utf8").split(/\r?\n/);
  const markerLine = lines.findIndex((l) => l.includes("Outcome,1"));
  const markerColumn = lines[markerLine].indexOf("Outcome,1") + "Outcome,1".length; // 1-based, on the 1
  await page.keyboard.type(`${markerLine + 1}:${markerColumn}`);
  await page.keyboard.press("Enter");
  const hover = page.locator(".monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents");
  let hoverText = "";
  for (let attempt = 0; attempt < 5 && !/Resolution 60\/1/.test(hoverText); attempt++) {
    await page.keyboard.press("Control+K");
    await page.keyboard.press("Control+I");
    hoverText = await hover
      .first()
      .waitFor({ timeout: 5_000 })
      .then(() => hover.first().innerText())
      .catch(() => "");
  }
  check(/Resolution 60\/1/.test(hoverText), "the hover on the marker shows the footnote's text Resolution 60/1.", hoverText);

  if (args.screenshot) {
    await page.waitForTimeout(600); // the hover fades in
    await page.screenshot({ path: args.screenshot });
    log(`screenshot: ${args.screenshot}`);
  }

  // Completion: a new preambular line after `The General Assembly,` citing
  // `resolution 67/26`, then Ctrl+Space: the catalog offers 67/264.
  await page.keyboard.press("Escape");
  const organLine = lines.findIndex((l) => l.includes("The General Assembly,")) + 1;
  await page.keyboard.press("Control+G");
  await page.locator(".quick-input-widget input").waitFor({ timeout: 10_000 });
  await page.keyboard.type(`${organLine}`);
  await page.keyboard.press("Enter");
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Recalling its resolution 67/26", { delay: 10 });
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+Space");
  const suggestion = page.locator(".suggest-widget .monaco-list-row", { hasText: "67/264" });
  const suggested = await suggestion
    .first()
    .waitFor({ timeout: 15_000 })
    .then(() => true)
    .catch(() => false);
  const suggestText = await page
    .locator(".suggest-widget")
    .first()
    .innerText()
    .catch(() => "");
  check(suggested, "completion after `resolution 67/26` offers 67/264", suggestText);

  // Quick fix: the same line now cites 65/140 with a wrong date (the catalog
  // has 16 December 2010); Ctrl+. on the date and choose the fix.
  await page.keyboard.press("Escape");
  await page.keyboard.press("Home");
  await page.keyboard.press("Shift+End");
  const wrong = "Recalling its resolution 65/140 of 17 December 2010,";
  await page.keyboard.type(wrong, { delay: 10 });
  await page.keyboard.press("Escape");
  await markers
    .locator(".monaco-list-row", { hasText: "citation-catalog-date" })
    .first()
    .waitFor({ timeout: 15_000 })
    .catch(() => {});
  await page.keyboard.press("Control+G");
  await page.locator(".quick-input-widget input").waitFor({ timeout: 10_000 });
  await page.keyboard.type(`${organLine + 1}:${1 + 1 + wrong.indexOf("17 December")}`);
  await page.keyboard.press("Enter");
  await page.keyboard.press("Control+.");
  const fix = page.locator(".action-widget .monaco-list-row", { hasText: "16 December 2010" });
  const offered = await fix
    .first()
    .waitFor({ timeout: 15_000 })
    .then(() => true)
    .catch(() => false);
  const menuText = await page
    .locator(".action-widget")
    .first()
    .innerText()
    .catch(() => "");
  check(offered, "Ctrl+. on the wrong date offers a fix to 16 December 2010", menuText);
  if (offered) {
    // Choose it with the keyboard, as the menu is meant to be used.
    const focused = page.locator(".action-widget .monaco-list-row.focused");
    for (let i = 0; i < 10; i++) {
      const text = await focused.first().innerText().catch(() => "");
      if (text.includes("16 December 2010")) break;
      await page.keyboard.press("ArrowDown");
    }
    await page.keyboard.press("Enter");
    const fixed = await page
      .locator(".view-line", { hasText: "resolution 65/140 of 16 December 2010," })
      .first()
      .waitFor({ timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    check(fixed, "the quick fix rewrites the date in the editor");
  }

  // The rest of the draft's lines have moved down by the line inserted above.
  const shifted = (needle) => lines.findIndex((l) => l.includes(needle)) + 2; // 1-based

  // Ctrl+Space in running text: the server has nothing to offer there, and
  // VS Code's own suggestions of the document's words (export junk such as
  // `*1249444*Please`) are off for the language.
  await page.keyboard.press("Escape");
  const running = "Deeply concerned that prolonged ";
  await goTo(shifted(running), 1 + 1 + running.length);
  await page.keyboard.press("Control+Space");
  // The widget shows once every provider answered: rows, or its message.
  const widget = page.locator(".suggest-widget.visible");
  await page
    .waitForFunction(
      () => {
        const shown = document.querySelector(".suggest-widget.visible");
        return (
          shown &&
          (shown.querySelector(".monaco-list-row") || /No suggestions/.test(shown.querySelector(".message")?.textContent))
        );
      },
      undefined,
      { timeout: 15_000 },
    )
    .catch(() => {});
  await page.waitForTimeout(300);
  const words = await widget
    .locator(".monaco-list-row")
    .allInnerTexts()
    .catch(() => []);
  check(words.length === 0, "Ctrl+Space in running text suggests no words of the document", words.join("\n"));
  await page.keyboard.press("Escape");

  // After a `Requests …` paragraph, a new paragraph and `Req`: the UN's
  // repeated form comes first.
  // (The blank line after paragraph 4; wrapped lines make End unreliable.)
  const requests = "4.\tRequests the Secretary-General";
  await goTo(shifted(requests) + 1, 1);
  await page.keyboard.insertText("\t5.\tReq");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+Space");
  const firstRow = page.locator(".suggest-widget.visible .monaco-list-row").first();
  const first = await firstRow
    .waitFor({ timeout: 15_000 })
    .then(() => firstRow.locator(".label-name").first().innerText())
    .catch(() => "");
  const labels = await page
    .locator(".suggest-widget.visible .monaco-list-row .label-name")
    .allInnerTexts()
    .catch(() => []);
  check(first.trim() === "Also requests", "after a Requests paragraph, Req offers Also requests first", labels.join("\n"));
  await page.keyboard.press("Escape");
  // Take the new paragraph out again.
  await page.keyboard.press("Shift+Home");
  await page.keyboard.press("Shift+Home");
  await page.keyboard.press("Delete");

  // How long a new squiggle takes: an internal reference to a paragraph
  // that does not exist, typed at the end of paragraph 2. The time from the
  // last key to the squiggle is split with the server's own account of its
  // publish ($/logTrace in the trace), so that a delay shows where it is.
  // Logged, not asserted (a timed assertion would fail on a busy machine).
  const invites = "2.\tInvites the relevant organizations";
  const invitesLine = lines.find((l) => l.includes(invites));
  await goTo(shifted(invites), invitesLine.length); // before its semicolon
  const errorsBefore = await page.locator(".squiggly-error").count();
  const typed = ", as set out in paragraph 9 above";
  const firstKey = Date.now();
  await page.keyboard.type(typed, { delay: 20 });
  const lastKey = Date.now();
  const squiggled = await page
    .waitForFunction((n) => document.querySelectorAll(".squiggly-error").length > n, errorsBefore, {
      polling: 5,
      timeout: 30_000,
    })
    .then(() => Date.now())
    .catch(() => undefined);
  check(squiggled !== undefined, "a reference to paragraph 9 gets its squiggle");
  if (squiggled !== undefined) {
    await page.waitForTimeout(1500); // the output channel's file is written in batches
    const trace = findFiles(path.join(userData, "logs"), (f) => /Resolute\.log$/.test(f))
      .map((f) => fs.readFileSync(f, "utf8"))
      .join("\n");
    const publishes = [...trace.matchAll(/published (\d+) diagnostics of \S+ version (\d+) (.*?)at (\d+) ms since 1970/g)].map(
      (m) => ({ count: Number(m[1]), version: Number(m[2]), detail: m[3].replace(/,\s*$/, ""), at: Number(m[4]) }),
    );
    const during = publishes.filter((p) => p.at >= firstKey && p.at <= squiggled);
    const last = publishes.filter((p) => p.at <= squiggled).at(-1);
    log(
      `squiggle ${squiggled - lastKey} ms after the last key; ${during.length} publishes while typing ${typed.length} keys` +
        (last
          ? `; the one shown went out ${last.at - lastKey} ms after the last key (version ${last.version}: ${last.detail}), ${squiggled - last.at} ms before the squiggle`
          : "; no publish found in the trace"),
    );
    check(publishes.length > 0, "the trace holds the server's account of its publishes", trace.slice(-2000));
  }

  // The server the extension started was the one bundled in the .vsix: its
  // output channel says so.
  const channel = findFiles(path.join(userData, "logs"), (f) => /Resolute\.log$/.test(f));
  const channelText = channel.map((f) => fs.readFileSync(f, "utf8")).join("\n");
  check(
    /Starting \S+\/server\/resolute \(found by bundled\)/.test(channelText),
    "the extension started the server bundled in the .vsix",
    `${channel.join(", ")}\n${channelText}`,
  );

  // Drafts in Arabic and Chinese, with the messages in French: the
  // resolute.locale setting, in the workspace's settings file (code-server
  // watches the workspace; the extension sends the change to the server,
  // which publishes again in French).
  await page.keyboard.press("Escape");
  const workspaceSettings = { "resolute.locale": "fr" };
  fs.mkdirSync(path.join(workspace, ".vscode"), { recursive: true });
  fs.writeFileSync(path.join(workspace, ".vscode", "settings.json"), JSON.stringify(workspaceSettings));
  const footnoteHeading = ftlMessage(frenchFtl, "hover-footnote");
  await foreignDraft({
    name: "draft-ar.res.txt",
    organ: "إن الجمعية العامة،",
    code: "paragraph-reference",
    // The footnote marker of `2030(1)`: its hover has the French heading
    // and the footnote's Arabic text.
    hover: { needle: "2030(1)", offset: "2030(".length, shows: [footnoteHeading.replace("{ $number }", "1"), "القرار 70/1."] },
    // Typed into the draft: the reference corrected, and Arabic words.
    edits: [
      { needle: "الفقرة 9 أعلاه", offset: "الفقرة ".length, select: 1, type: "2" },
      { needle: "في وجه الجفاف", offset: "في وجه الجفاف".length, type: " والتصحر" },
    ],
    screenshot: args["screenshot-ar"],
  });
  await foreignDraft({
    name: "draft-zh.res.txt",
    organ: "大会，",
    code: "operative-numbering",
    // A citation: the hover gives the catalog's symbol.
    hover: { needle: "第67/264号决议", offset: "第".length + 1, shows: ["A/RES/67/264"] },
  });

  // A wrong resolute.server.path: the extension restarts, says what is wrong
  // and offers its README.
  // (The workspace's settings file: code-server watches the workspace.)
  fs.writeFileSync(
    path.join(workspace, ".vscode", "settings.json"),
    JSON.stringify({ ...workspaceSettings, "resolute.server.path": "/nonexistent/resolute" }),
  );
  const toast = page.locator(".notification-toast", { hasText: "resolute.server.path" });
  const toastShown = await toast
    .first()
    .waitFor({ timeout: 20_000 })
    .then(() => true)
    .catch(() => false);
  const toastText = toastShown ? await toast.first().innerText() : "";
  check(
    /no executable file is at \/nonexistent\/resolute/.test(toastText),
    "a wrong resolute.server.path is reported in a notification",
    toastText,
  );
  if (toastShown) {
    await toast.first().getByRole("button", { name: "Open the README" }).click();
    const preview = page.locator(".tab", { hasText: /Preview readme\.md/i });
    const previewShown = await preview
      .first()
      .waitFor({ timeout: 20_000 })
      .then(() => true)
      .catch(() => false);
    check(previewShown, "its button opens the extension's README in a preview");
  }
} catch (error) {
  failures++;
  log(`FAILED: ${error.stack ?? error}`);
  log(`code-server said:\n${serverOutput.slice(-4000)}`);
} finally {
  await browser?.close().catch(() => {});
  try {
    process.kill(-serverProcess.pid, "SIGTERM");
  } catch {
    // already gone
  }
  if (failures === 0) fs.rmSync(root, { recursive: true, force: true });
  else log(`kept ${root} for inspection`);
}

console.log(`${passes} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);

async function waitFor(condition, timeout, what) {
  const end = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}\n${serverOutput}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

// A draft in another language, opened with the locale set to French: what
// `resolute check --locale fr` finds in it (one finding, `code`; its message
// French, not the English one) is in the Problems panel and in the hover on
// the squiggle; the hover at `hover.needle` shows `hover.shows`; the text the
// editor holds is the file's. After the `edits`, typed as a drafter would,
// the draft has no squiggle left, and once saved the file holds exactly the
// text with those edits, in the order typed, with no bidirectional control
// characters added.
async function foreignDraft({ name, organ, code, hover, edits = [], screenshot }) {
  const file = path.join(workspace, name);
  const original = fs.readFileSync(file, "utf8");
  const lines = original.split("\n");
  const findings = (locale) =>
    JSON.parse(
      execFileSync(args.resolute, ["check", "--exit-zero", "--format", "json", "--locale", locale, file], {
        encoding: "utf8",
      }),
    );
  const [french, english] = [findings("fr"), findings("en")];
  check(
    french.length === 1 && french[0].code === code,
    `resolute check finds the one mistake of ${name}, ${code}`,
    JSON.stringify(french, null, 2),
  );
  const finding = french[0];
  check(
    english.length === 1 && english[0].message !== finding.message,
    `with --locale fr the message of ${code} in ${name} is not the English one`,
    `${finding.message}\n${english[0]?.message}`,
  );

  // Quick Open, then Enter once the draft's row is the focused one (Enter on
  // a list still filtering opens nothing); a second and third try if the
  // workbench was busy.
  const openByName = async () => {
    await page.keyboard.press("Escape");
    await page.keyboard.press("Control+P");
    await page.locator(".quick-input-widget input").waitFor({ timeout: 10_000 });
    await page.keyboard.type(name);
    await page.locator(".quick-input-list .monaco-list-row", { hasText: name }).first().waitFor({ timeout: 10_000 });
    await page
      .locator(".quick-input-list .monaco-list-row.focused", { hasText: name })
      .first()
      .waitFor({ timeout: 5_000 })
      .catch(() => {});
    await page.keyboard.press("Enter");
    return page
      .locator(".view-line", { hasText: organ })
      .first()
      .waitFor({ timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
  };
  let organShown = false;
  for (let attempt = 1; attempt <= 3 && !organShown; attempt++) {
    organShown = await openByName();
    if (!organShown) log(`${name}: not open after try ${attempt}`);
  }
  check(organShown, `${name} is open and shows its organ line ${organ}`);
  log(`${name} is open`);

  // The Problems panel: the French message, on the finding's line and column.
  const markers = page.locator(".markers-panel");
  if (!(await markers.isVisible().catch(() => false))) await page.keyboard.press("Control+Shift+M");
  const { line, character } = finding.range.start;
  const row = markers.locator(".monaco-list-row", { hasText: finding.message }).filter({
    hasText: `[Ln ${line + 1}, Col ${character + 1}]`,
  });
  const shown = await row
    .first()
    .waitFor({ timeout: 30_000 })
    .then(() => true)
    .catch(() => false);
  const rowText = shown ? await row.first().innerText() : await markers.innerText().catch(() => "");
  check(shown, `the Problems panel shows the French message of ${code} in ${name}`, `${finding.message}\n---\n${rowText}`);

  // The hover on the squiggle holds the same message.
  await goTo(line + 1, character + 1);
  const diagnosticHover = await hoverText((text) => text.includes(finding.message));
  check(
    diagnosticHover.includes(finding.message),
    `the hover on the squiggle in ${name} shows the French message`,
    `${finding.message}\n---\n${diagnosticHover}`,
  );
  if (screenshot) {
    await page.waitForTimeout(600); // the hover fades in
    await page.screenshot({ path: screenshot });
    log(`screenshot: ${screenshot}`);
  }
  await page.keyboard.press("Escape");

  // The server's own hover.
  const at = position(lines, hover.needle, hover.offset);
  await goTo(at.line + 1, at.column + 1);
  const hoverShown = await hoverText((text) => hover.shows.every((s) => text.includes(s)));
  check(
    hover.shows.every((s) => hoverShown.includes(s)),
    `the hover on ${hover.needle} in ${name} shows ${hover.shows.join(" and ")}`,
    hoverShown,
  );
  await page.keyboard.press("Escape");

  // What the editor holds is the file, character for character.
  check((await editorText()) === original, `the editor holds the text of ${name} as it is on disk`);

  if (edits.length === 0) return;
  let expected = original;
  for (const edit of edits) {
    const where = position(expected.split("\n"), edit.needle, edit.offset);
    await goTo(where.line + 1, where.column + 1);
    for (let i = 0; i < (edit.select ?? 0); i++) await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.type(edit.type, { delay: 20 });
    const at = expected.split("\n").slice(0, where.line).join("\n").length + (where.line > 0 ? 1 : 0) + where.column;
    expected = expected.slice(0, at) + edit.type + expected.slice(at + (edit.select ?? 0));
    await page.keyboard.press("Escape");
  }
  const cleared = await page
    .waitForFunction(
      () => document.querySelectorAll(".editor-instance .squiggly-error, .editor-instance .squiggly-warning").length === 0,
      undefined,
      { timeout: 15_000 },
    )
    .then(() => true)
    .catch(() => false);
  check(cleared, `after the edits ${name} has no squiggle`);
  check((await editorText()) === expected, `the editor holds ${name} with the typed edits, in the order typed`);
  await page.keyboard.press("Control+S");
  const saved = await waitUntil(() => fs.readFileSync(file, "utf8") === expected, 10_000);
  const onDisk = fs.readFileSync(file, "utf8");
  check(saved, `saved, ${name} holds the text with the typed edits`, `${JSON.stringify(expected)}\n---\n${JSON.stringify(onDisk)}`);
  check(
    !/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(onDisk),
    `the saved ${name} holds no bidirectional control character`,
  );
}

// The 0-based line and UTF-16 column of `offset` code units into the first
// occurrence of `needle` in `lines`.
function position(lines, needle, offset) {
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`no line holds ${needle}`);
  return { line, column: lines[line].indexOf(needle) + offset };
}

// Shows the hover at the cursor (Ctrl+K Ctrl+I) until its text passes `done`,
// a few times; returns the last text seen.
async function hoverText(done) {
  const hover = page.locator(".monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents");
  let text = "";
  for (let attempt = 0; attempt < 5 && !done(text); attempt++) {
    await page.keyboard.press("Control+K");
    await page.keyboard.press("Control+I");
    text = await hover
      .first()
      .waitFor({ timeout: 5_000 })
      .then(() => hover.allInnerTexts())
      .then((texts) => texts.join("\n"))
      .catch(() => "");
  }
  return text;
}

// The whole text of the active editor, copied to the clipboard (Ctrl+A,
// Ctrl+C) and read from it; the selection is then dropped.
async function editorText() {
  await page.evaluate(() => navigator.clipboard.writeText(""));
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Control+C");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+Home");
  return page.evaluate(() => navigator.clipboard.readText()).catch((e) => `(the clipboard could not be read: ${e.message})`);
}

async function waitUntil(condition, timeout) {
  const end = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

// The text of a one-line message of a Fluent (.ftl) file, as written there.
function ftlMessage(file, id) {
  const line = fs
    .readFileSync(file, "utf8")
    .split("\n")
    .find((l) => l.startsWith(`${id} =`));
  if (!line) throw new Error(`${file} has no message ${id}`);
  return line.slice(`${id} =`.length).trim();
}

// Moves the cursor with Ctrl+G to a 1-based line and column.
async function goTo(line, column) {
  await page.keyboard.press("Control+G");
  await page.locator(".quick-input-widget input").waitFor({ timeout: 10_000 });
  await page.keyboard.type(column === undefined ? `${line}` : `${line}:${column}`);
  await page.keyboard.press("Enter");
}

// The part of a Problems row's message that is on screen: the message
// element's text, cut where its box ends (the panel ends long messages with
// an ellipsis).
async function visibleMessage(row) {
  return row.evaluate((element) => {
    const message =
      element.querySelector(".marker-message-details")?.previousElementSibling ??
      element.querySelector(".marker-message") ??
      element;
    const box = message.getBoundingClientRect();
    const range = document.createRange();
    let visible = "";
    const walker = document.createTreeWalker(message, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const r = range.getBoundingClientRect();
        if (r.width > 0 && r.right > box.right + 0.5) return visible;
        visible += node.data[i];
      }
    }
    return visible;
  });
}

function findFiles(dir, keep) {
  const out = [];
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findFiles(full, keep));
    else if (keep(full)) out.push(full);
  }
  return out;
}
