// Finding the `resolute` binary. No `vscode` import here, so the unit tests
// run in plain Node: everything the search needs from the outside (the file
// system, PATH, the platform) comes in through `Environment`.

import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/** How the server was found, in the order they are tried. */
export type ServerSource = "setting" | "bundled" | "path";

export interface FoundServer {
  command: string;
  source: ServerSource;
}

export interface NotFound {
  /** A sentence or two for the user: what was tried and what to do. */
  message: string;
}

export interface Environment {
  platform: NodeJS.Platform;
  /** The PATH variable, as the extension host sees it. */
  pathVariable: string | undefined;
  /** PATHEXT on Windows (".EXE;.CMD;..."). */
  pathExt?: string;
  homeDir: string;
  /** The folder `resolute.server.path` is relative to: the first workspace folder. */
  workspaceDir?: string;
  /** The extension's own folder; a bundled binary is in `server/` inside it. */
  extensionDir: string;
  /** True when a regular file is there and may be executed. */
  isExecutable(file: string): boolean;
}

/** The environment of this process. */
export function processEnvironment(extensionDir: string, workspaceDir?: string): Environment {
  return {
    platform: process.platform,
    pathVariable: process.env.PATH,
    pathExt: process.env.PATHEXT,
    homeDir: os.homedir(),
    workspaceDir,
    extensionDir,
    isExecutable,
  };
}

export function isExecutable(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    if (process.platform === "win32") return true;
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function pathApi(env: Environment): typeof path.posix {
  return env.platform === "win32" ? path.win32 : path.posix;
}

/** The file name of the binary on this platform. */
export function binaryName(env: Environment): string {
  return env.platform === "win32" ? "resolute.exe" : "resolute";
}

/** `~` and `~/...` to the home folder; a relative path to the workspace folder. */
export function expandSetting(value: string, env: Environment): string {
  const p = pathApi(env);
  let file = value.trim();
  if (file === "~") file = env.homeDir;
  else if (file.startsWith("~/") || file.startsWith("~\\")) file = p.join(env.homeDir, file.slice(2));
  if (!p.isAbsolute(file) && env.workspaceDir) file = p.join(env.workspaceDir, file);
  return file;
}

/** The first `resolute` on PATH, or undefined. */
export function searchPath(env: Environment): string | undefined {
  const p = pathApi(env);
  const separator = env.platform === "win32" ? ";" : ":";
  const dirs = (env.pathVariable ?? "").split(separator).filter((d) => d.length > 0);
  const names =
    env.platform === "win32"
      ? (env.pathExt ?? ".EXE").split(";").filter((e) => e.length > 0).map((e) => "resolute" + e.toLowerCase())
      : ["resolute"];
  for (const dir of dirs) {
    for (const name of names) {
      const candidate = p.join(dir, name);
      if (env.isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * Finds the server: the `resolute.server.path` setting when it is set, else
 * the binary bundled in the extension (`server/resolute`), else `resolute` on
 * PATH. A setting that names no executable file is an error of its own
 * rather than a reason to run some other binary.
 */
export function findServer(setting: string | undefined, env: Environment): FoundServer | NotFound {
  if (setting !== undefined && setting.trim() !== "") {
    const command = expandSetting(setting, env);
    if (env.isExecutable(command)) return { command, source: "setting" };
    return {
      message:
        `The setting resolute.server.path is "${setting}", but no executable file is at ${command}. ` +
        `Correct the setting, or clear it to use the bundled server or \`resolute\` on PATH.`,
    };
  }
  const bundled = pathApi(env).join(env.extensionDir, "server", binaryName(env));
  if (env.isExecutable(bundled)) return { command: bundled, source: "bundled" };
  const onPath = searchPath(env);
  if (onPath !== undefined) return { command: onPath, source: "path" };
  return {
    message:
      "Resolute could not find its server: resolute.server.path is not set, this extension has no bundled " +
      "server, and `resolute` is not on PATH. Install it with `cargo install --locked --path server/cli` " +
      "(see the README), or set resolute.server.path.",
  };
}

export function isFound(result: FoundServer | NotFound): result is FoundServer {
  return (result as FoundServer).command !== undefined;
}
