/** German letters spelled out as German writes them without umlauts (DIN 5007-2). */
const TRANSLITERATION: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/**
 * A URL segment, for article files and topics alike: lower-case ASCII letters, digits
 * and single hyphens. German umlauts and ß are spelled out, other accents dropped, runs
 * of anything else become one hyphen. Text is composed (NFC) first, so an "Ä" typed as
 * "A" and a combining diaeresis, as macOS file names and some editors store it, is
 * spelled "ae" too. Empty when nothing is left (only symbols or non-Latin script).
 *
 * @example slugify("Hamas-Chef Haniyeh in Ägypten") // "hamas-chef-haniyeh-in-aegypten"
 * @example slugify("Außenpolitik & Sicherheit") // "aussenpolitik-sicherheit"
 * @example slugify("Côte d’Ivoire") // "cote-d-ivoire"
 */
export function slugify(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) slugs.set(text, (slug = spelledOut(text)));
  return slug;
}

/** Slugs already made: a build asks again for every article's topics, and topics repeat. */
const slugs = new Map<string, string>();

function spelledOut(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => TRANSLITERATION[letter] ?? letter)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
