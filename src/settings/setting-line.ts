import { LineCounter, parseDocument } from "yaml";
import { yamlKeyLine } from "./yaml-key-line.ts";

/**
 * The file line of a setting in the settings' YAML, for a message about it found after
 * the settings were read (see `yamlKeyLine`); 1 when the file does not have it.
 *
 * @example settingLine("name: A\naccent:\n  light: '#1f3a68'\n", ["accent", "light"]) // 3
 */
export function settingLine(source: string, path: readonly PropertyKey[]): number {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  return yamlKeyLine(doc, path, (offset) => lineCounter.linePos(offset).line);
}
