import { oldestFirst, type Correction } from "../interface/corrections.ts";
import { isoDatetime } from "../lib/german-date.ts";

/** An image at an absolute URL, with its size in pixels. */
export interface SizedImage {
  url: string;
  width: number;
  height: number;
}

/** An author of an article, with the absolute URL of their author page. */
export interface ArticleAuthor {
  name: string;
  url: string;
}

/** What a search engine or social network is told about one article. */
export interface NewsArticleFacts {
  /** Canonical absolute URL of the article page. */
  url: string;
  headline: string;
  /** The standfirst. */
  description: string;
  published: Date;
  /** The last change: the later of `updated` and the newest correction, else `published`. */
  modified: Date;
  /** Corrections of the published text, each a schema.org `CorrectionComment`. */
  corrections: readonly Correction[];
  /** The agency or desk the story comes from. */
  source?: string | undefined;
  /** Who wrote it, in byline order; none for wire copy. */
  authors?: readonly ArticleAuthor[];
  topics: readonly string[];
  lang: string;
  /** The drawn share card, or the crops of the lead photo in each ratio Google asks for. */
  images: readonly SizedImage[];
  publisher: PublisherFacts;
}

/** The publication behind the article; the pages that describe it make it a `NewsMediaOrganization`. */
export interface PublisherFacts {
  name: string;
  /** Absolute URL of the 512-pixel PNG logo. */
  logo: string;
  /** Absolute URL of the front page. */
  url?: string | undefined;
  /** The publication's profiles elsewhere. */
  sameAs?: readonly string[] | undefined;
  /** Absolute URLs of the pages that say how the newsroom works. */
  publishingPrinciples?: string | undefined;
  correctionsPolicy?: string | undefined;
  masthead?: string | undefined;
}

/** Size of every share image, and of the publisher logo. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;
export const LOGO = { width: 512, height: 512 } as const;

/**
 * schema.org `NewsArticle` as JSON-LD. Dates are full ISO 8601 instants in UTC
 * (`…Z`); each author is a `Person` with their author page, and the agency is the
 * `sourceOrganization` beside them, or the `Organization` author of wire copy without
 * authors; each correction is a `CorrectionComment` in `correction`. Serialise it with
 * `jsonForScript`.
 *
 * @example newsArticleJsonLd(facts)["@type"] // "NewsArticle"
 */
export function newsArticleJsonLd(facts: NewsArticleFacts): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: facts.headline,
    description: facts.description,
    datePublished: isoDatetime(facts.published),
    dateModified: isoDatetime(facts.modified),
    ...byline(facts),
    publisher: publisherJsonLd(facts.publisher),
    image: facts.images.map((image) => ({ "@type": "ImageObject", ...image })),
    inLanguage: facts.lang,
    ...(facts.topics.length > 0 && { articleSection: facts.topics[0], keywords: [...facts.topics] }),
    ...(facts.corrections.length > 0 && {
      correction: oldestFirst(facts.corrections).map(({ date, text }) => ({
        "@type": "CorrectionComment",
        text,
        datePublished: isoDatetime(date),
      })),
    }),
    mainEntityOfPage: { "@type": "WebPage", "@id": facts.url },
    url: facts.url,
    isAccessibleForFree: true,
  };
}

/** `author` and `sourceOrganization` for the byline's people and agency. */
function byline({ authors = [], source }: NewsArticleFacts): Record<string, unknown> {
  const agency = source === undefined ? undefined : { "@type": "Organization", name: source };
  if (authors.length === 0) return agency ? { author: agency } : {};
  return {
    author: authors.map(({ name, url }) => ({ "@type": "Person", name, url })),
    ...(agency && { sourceOrganization: agency }),
  };
}

/**
 * The publisher: a `NewsMediaOrganization` once the settings name a page on its
 * principles, corrections or masthead (what Google and the Trust Project read), else
 * an `Organization`.
 *
 * @example publisherJsonLd({ name: "Kiosk", logo: "https://kiosk.example/logo.png" })["@type"] // "Organization"
 */
export function publisherJsonLd(publisher: PublisherFacts): Record<string, unknown> {
  const { name, logo, url, sameAs = [], publishingPrinciples, correctionsPolicy, masthead } = publisher;
  const pages = { publishingPrinciples, correctionsPolicy, masthead };
  const described = Object.values(pages).some((page) => page !== undefined);
  return {
    "@type": described ? "NewsMediaOrganization" : "Organization",
    name,
    ...(url && { url }),
    logo: { "@type": "ImageObject", url: logo, ...LOGO },
    ...(sameAs.length > 0 && { sameAs: [...sameAs] }),
    ...Object.fromEntries(Object.entries(pages).filter(([, page]) => page !== undefined)),
  };
}
