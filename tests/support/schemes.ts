import type { PageOptions } from "./page.ts";

/**
 * The colour schemes a reader can end up with: the system's light and dark, and sepia
 * chosen in the reader controls. Each is the page options that produce it.
 */
export const SCHEMES = [
  { scheme: "light", options: { colorScheme: "light" } },
  { scheme: "dark", options: { colorScheme: "dark" } },
  { scheme: "sepia", options: { colorScheme: "light", settings: { scheme: "sepia" } } },
] as const satisfies { scheme: string; options: Omit<PageOptions, "width"> }[];
