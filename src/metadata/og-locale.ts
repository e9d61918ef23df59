/** The Open Graph locale of each language Kiosk speaks. */
const OG_LOCALES: Record<string, string> = { de: "de_DE", en: "en_GB" };

/**
 * A page's `og:locale` from its language; German for any other.
 *
 * @example ogLocale("en") // "en_GB"
 */
export function ogLocale(lang: string): string {
  return OG_LOCALES[lang] ?? "de_DE";
}
