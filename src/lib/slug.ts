/** German letters spelled out as German writes them without umlauts (DIN 5007-2). */
const TRANSLITERATION: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/**
 * A URL slug: lower-case ASCII letters, digits and single hyphens.
 *
 * @example slugify("Hamas-Chef Haniyeh in Ägypten") // "hamas-chef-haniyeh-in-aegypten"
 * @example slugify("Straße & Brücke") // "strasse-bruecke"
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => TRANSLITERATION[letter] ?? letter)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
