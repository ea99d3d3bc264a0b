import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { test } from "node:test";

import { Environment, findServer, isExecutable, isFound, processEnvironment, searchPath } from "../src/discovery";

/** An environment whose executables are exactly `files`. */
function fakeEnv(files: string[], over: Partial<Environment> = {}): Environment {
  return {
    platform: "linux",
    pathVariable: "/usr/local/bin:/usr/bin",
    homeDir: "/home/d",
    workspaceDir: "/work/draft",
    extensionDir: "/ext/resolute-0.1.0",
    isExecutable: (f) => files.includes(f),
    ...over,
  };
}

const BUNDLED = "/ext/resolute-0.1.0/server/resolute";

test("the setting wins over the bundled binary and PATH", () => {
  const env = fakeEnv(["/opt/r/resolute", BUNDLED, "/usr/bin/resolute"]);
  assert.deepEqual(findServer("/opt/r/resolute", env), { command: "/opt/r/resolute", source: "setting" });
});

test("an empty or blank setting falls through to the bundled binary", () => {
  const env = fakeEnv([BUNDLED, "/usr/bin/resolute"]);
  assert.deepEqual(findServer("", env), { command: BUNDLED, source: "bundled" });
  assert.deepEqual(findServer("  ", env), { command: BUNDLED, source: "bundled" });
  assert.deepEqual(findServer(undefined, env), { command: BUNDLED, source: "bundled" });
});

test("without a setting or a bundled binary, the first resolute on PATH", () => {
  const env = fakeEnv(["/usr/bin/resolute", "/usr/local/bin/resolute"]);
  assert.deepEqual(findServer(undefined, env), { command: "/usr/local/bin/resolute", source: "path" });
  assert.equal(searchPath(fakeEnv(["/usr/bin/resolute"])), "/usr/bin/resolute");
  assert.equal(searchPath(fakeEnv([], { pathVariable: undefined })), undefined);
});

test("a setting naming no executable is reported, not silently replaced", () => {
  const result = findServer("bin/resolute", fakeEnv([BUNDLED, "/usr/bin/resolute"]));
  assert.ok(!isFound(result));
  assert.match(result.message, /resolute\.server\.path/);
  assert.match(result.message, /\/work\/draft\/bin\/resolute/);
});

test("a relative setting is read from the workspace folder, ~ from home", () => {
  const env = fakeEnv(["/work/draft/bin/resolute", "/home/d/.cargo/bin/resolute"]);
  assert.deepEqual(findServer("bin/resolute", env), { command: "/work/draft/bin/resolute", source: "setting" });
  assert.deepEqual(findServer("~/.cargo/bin/resolute", env), {
    command: "/home/d/.cargo/bin/resolute",
    source: "setting",
  });
});

test("nothing found: the message says what was tried and how to install", () => {
  const result = findServer(undefined, fakeEnv([]));
  assert.ok(!isFound(result));
  assert.match(result.message, /resolute\.server\.path/);
  assert.match(result.message, /bundled/);
  assert.match(result.message, /PATH/);
  assert.match(result.message, /cargo install --locked --path server\/cli/);
});

test("Windows: resolute.exe in the extension and PATHEXT on PATH", () => {
  const win = (files: string[]) =>
    fakeEnv(files, {
      platform: "win32",
      pathVariable: "C:\\tools;C:\\Users\\d\\.cargo\\bin",
      pathExt: ".COM;.EXE;.BAT",
      extensionDir: "C:\\ext\\resolute",
      workspaceDir: "C:\\draft",
    });
  assert.deepEqual(findServer(undefined, win(["C:\\ext\\resolute\\server\\resolute.exe"])), {
    command: "C:\\ext\\resolute\\server\\resolute.exe",
    source: "bundled",
  });
  assert.deepEqual(findServer(undefined, win(["C:\\Users\\d\\.cargo\\bin\\resolute.exe"])), {
    command: "C:\\Users\\d\\.cargo\\bin\\resolute.exe",
    source: "path",
  });
});

test("on the real file system: executables only, found through PATH", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "resolute-discovery-"));
  try {
    const plain = path.join(dir, "plain", "resolute");
    const exec = path.join(dir, "exec", "resolute");
    fs.mkdirSync(path.dirname(plain));
    fs.mkdirSync(path.dirname(exec));
    fs.writeFileSync(plain, "#!/bin/sh\n", { mode: 0o644 });
    fs.writeFileSync(exec, "#!/bin/sh\n", { mode: 0o755 });
    fs.mkdirSync(path.join(dir, "folder", "resolute"), { recursive: true });
    assert.equal(isExecutable(plain), false);
    assert.equal(isExecutable(exec), true);
    assert.equal(isExecutable(path.join(dir, "folder", "resolute")), false);
    const env = processEnvironment(path.join(dir, "no-extension"));
    env.pathVariable = [path.dirname(plain), path.join(dir, "folder"), path.dirname(exec)].join(":");
    assert.deepEqual(findServer(undefined, env), { command: exec, source: "path" });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
