import type { StringKey } from "./strings.ts";

/**
 * The reader's choices. public/reader.js stores the chosen value under the setting's
 * name and sets it as `data-<name>` on <html>; global.css styles every value but the
 * initial one, which needs no attribute.
 *
 * @example readerSettings.scheme.initial // "system"
 */
export const readerSettings = {
  size: {
    legend: "reader.size",
    initial: "normal",
    options: [
      ["normal", "reader.sizeNormal"],
      ["large", "reader.sizeLarge"],
      ["larger", "reader.sizeLarger"],
    ],
  },
  scheme: {
    legend: "reader.scheme",
    initial: "system",
    options: [
      ["system", "reader.schemeSystem"],
      ["light", "reader.schemeLight"],
      ["dark", "reader.schemeDark"],
      ["sepia", "reader.schemeSepia"],
    ],
  },
} as const satisfies Record<
  string,
  { legend: StringKey; initial: string; options: readonly (readonly [string, StringKey])[] }
>;

export type ReaderSetting = keyof typeof readerSettings;
