/**
 * Text the ingest writes where an editor must write: `npm run check` and the build
 * refuse any field that still starts with it, so nothing unedited is published.
 */
export const PLACEHOLDER = "TODO:";

/** @example isPlaceholder("TODO: Überschrift schreiben") // true */
export function isPlaceholder(value: unknown): boolean {
  return typeof value === "string" && value.trim().startsWith(PLACEHOLDER);
}
