// The server's command `resolute.alignedVersions` and how the extension
// offers its answer: where the paragraph under the cursor is in the other
// language versions of the text (`draft.en.resolution`, `draft.fr.resolution`…).
// No `vscode` here, so that the unit tests can load it.

/** The server's command: arguments `{uri, position, language?}`. */
export const ALIGNED_COMMAND = "resolute.alignedVersions";

export interface ProtocolPosition {
  line: number;
  character: number;
}

/** One version in the server's answer, the reference first. */
export interface AlignedVersion {
  /** `fr` */
  language: string;
  /** `French` */
  name: string;
  uri: string;
  range: { start: ProtocolPosition; end: ProtocolPosition };
}

function isPosition(value: unknown): value is ProtocolPosition {
  const p = value as ProtocolPosition;
  return typeof p === "object" && p !== null && Number.isInteger(p.line) && Number.isInteger(p.character);
}

function isAligned(value: unknown): value is AlignedVersion {
  const v = value as AlignedVersion;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.language === "string" &&
    typeof v.name === "string" &&
    typeof v.uri === "string" &&
    typeof v.range === "object" &&
    v.range !== null &&
    isPosition(v.range.start) &&
    isPosition(v.range.end)
  );
}

/** The versions in the server's answer (nothing from an answer of another shape). */
export function alignedVersions(answer: unknown): AlignedVersion[] {
  return Array.isArray(answer) ? answer.filter(isAligned) : [];
}

/** The quick pick's items when there are several versions, in the server's order. */
export function pickItems(versions: AlignedVersion[]): { label: string; description: string; version: AlignedVersion }[] {
  return versions.map((version) => ({
    label: version.name,
    description: `${version.language} · line ${version.range.start.line + 1}`,
    version,
  }));
}
