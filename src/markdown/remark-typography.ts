/**
 * remark plugin: typography in the article's own language, chosen per file from the
 * frontmatter `lang` (one global SmartyPants setting cannot serve German and English).
 *
 * ```markdown
 * "Wir drängen darauf", sagte er... Er sagte 'ja' -- und ging's an.   (lang: de)
 * ```
 *
 * becomes
 *
 * ```html
 * „Wir drängen darauf“, sagte er… Er sagte ‚ja‘ – und ging’s an.
 * ```
 *
 * German (Duden, „Anführungszeichen“): double quotes „…“, single quotes ‚…‘, the
 * Gedankenstrich – for `--`. English: “…” and ‘…’, an em dash — for `--`.
 */
import type { Root, Text } from "mdast";
import remarkSmartypants from "remark-smartypants";
import type { Options as SmartypantsOptions } from "retext-smartypants";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";

export type Lang = "de" | "en";

export interface Options {
  /** Language of files whose frontmatter names none. */
  defaultLang?: Lang;
}

const SETTINGS: Record<Lang, SmartypantsOptions> = {
  de: {
    openingQuotes: { double: "„", single: "‚" },
    closingQuotes: { double: "“", single: "‘" },
    dashes: "oldschool",
    backticks: false,
  },
  en: { backticks: false },
};

/**
 * SmartyPants takes a straight `'` between letters for a closing single quote, which in
 * German is ‘; an apostrophe is always ’ (Duden, „Apostroph“).
 */
const GERMAN_APOSTROPHE = /(?<=\p{L})‘(?=\p{L})/gu;

export default function remarkTypography(options: Options = {}) {
  const defaultLang = options.defaultLang ?? "de";
  const educate: Record<Lang, (tree: Root) => void> = {
    de: smartypants(SETTINGS.de),
    en: smartypants(SETTINGS.en),
  };

  return (tree: Root, file: VFile) => {
    const lang = langOf(file) ?? defaultLang;
    educate[lang](tree);
    if (lang === "de") {
      visit(tree, "text", (node: Text) => {
        node.value = node.value.replace(GERMAN_APOSTROPHE, "’");
      });
    }
  };
}

/** remark-smartypants' transformer; the plugin reads no processor state. */
function smartypants(settings: SmartypantsOptions): (tree: Root) => void {
  return remarkSmartypants.call(undefined as never, settings) as unknown as (tree: Root) => void;
}

function langOf(file: VFile): Lang | undefined {
  const astro = file.data["astro"] as { frontmatter?: { lang?: unknown } } | undefined;
  const lang = astro?.frontmatter?.lang;
  return lang === "de" || lang === "en" ? lang : undefined;
}
