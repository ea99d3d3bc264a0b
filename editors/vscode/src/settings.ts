// The settings sent to the server. No `vscode` import, so that the unit tests
// run in plain Node.
//
// What the settings are is decided by the server (`server/lsp/src/settings.rs`,
// printed by `resolute settings-schema`); `npm run sync-settings` writes that
// schema into package.json and a unit test fails when the two disagree. Here
// we only forward the section to the server, without the keys that are the
// client's own business (`server.path`).

/** The keys under `resolute.` that only the client reads. */
export const CLIENT_ONLY_KEYS = ["server.path"];

/** The properties of VS Code's `contributes.configuration`, keyed `resolute.xxx`. */
export type SchemaProperties = Record<string, { default?: unknown }>;

/** What `vscode.workspace.getConfiguration("resolute")` offers that we use. */
export interface ConfigurationReader {
  get<T>(key: string): T | undefined;
}

/**
 * The object the server reads, `{ catalogs, rules, inlayHints, ... }`: every
 * setting the schema declares except the client's own, with the value the
 * user set or the schema's default. The server receives it as
 * `{ resolute: <this> }` in `initializationOptions` and in
 * `workspace/didChangeConfiguration`.
 */
export function serverSettings(properties: SchemaProperties, config: ConfigurationReader): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [fullKey, schema] of Object.entries(properties)) {
    if (!fullKey.startsWith("resolute.")) continue;
    const key = fullKey.slice("resolute.".length);
    if (CLIENT_ONLY_KEYS.includes(key)) continue;
    const value = config.get<unknown>(key);
    out[key] = value === undefined ? schema.default : value;
  }
  return out;
}

/** Recursively sorts object keys, so that two schemas compare by content. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value as object).sort()) {
      out[key] = canonical((value as Record<string, unknown>)[key]);
    }
    return out;
  }
  return value;
}

/**
 * The keys whose schema differs between package.json and the server:
 * missing on one side, or with a different definition. Empty when in sync.
 */
export function schemaDifferences(declared: SchemaProperties, server: SchemaProperties): string[] {
  const keys = new Set([...Object.keys(declared), ...Object.keys(server)]);
  const out: string[] = [];
  for (const key of [...keys].sort()) {
    if (!(key in declared)) out.push(`${key}: the server has it, package.json does not`);
    else if (!(key in server)) out.push(`${key}: package.json has it, the server does not`);
    else if (JSON.stringify(canonical(declared[key])) !== JSON.stringify(canonical(server[key]))) {
      out.push(`${key}: package.json and the server define it differently`);
    }
  }
  return out;
}
