/**
 * schema.org JSON-LD for the pages that are not articles: the site and its publisher on
 * the front page, a collection on each list page, a profile on each author page. Each
 * block carries its own `@context`; the pages name the site by its `@id`, which only the
 * front page describes. Serialise them with `jsonForScript`.
 */
import { publisherJsonLd, type PublisherFacts } from "./news-article.ts";

const CONTEXT = "https://schema.org";

/**
 * The site's `@id`: its front page's URL with a fragment, the same on every page.
 *
 * @example webSiteId("https://kiosk.example/") // "https://kiosk.example/#website"
 */
function webSiteId(home: string): string {
  return `${home}#website`;
}

/** @example publisherId("https://kiosk.example/") // "https://kiosk.example/#publisher" */
function publisherId(home: string): string {
  return `${home}#publisher`;
}

/** What the front page says of the site. */
export interface WebSiteFacts {
  /** Absolute URL of the front page. */
  url: string;
  name: string;
  description: string;
  lang: string;
  /** Absolute URL of the search page, which opens with the results for `?<queryParam>=`. */
  search: string;
  queryParam: string;
}

/**
 * The front page's blocks: the `WebSite` and its publisher (an `Organization`, or a
 * `NewsMediaOrganization` once pages describe it, as in every article's `publisher`).
 *
 * @example frontPageJsonLd(site, publisher).map((block) => block["@type"]) // ["WebSite", "NewsMediaOrganization"]
 */
export function frontPageJsonLd(site: WebSiteFacts, publisher: PublisherFacts): Record<string, unknown>[] {
  return [
    {
      "@context": CONTEXT,
      "@type": "WebSite",
      "@id": webSiteId(site.url),
      name: site.name,
      url: site.url,
      description: site.description,
      inLanguage: site.lang,
      publisher: { "@id": publisherId(site.url) },
      potentialAction: {
        "@type": "SearchAction",
        target: {
          "@type": "EntryPoint",
          urlTemplate: `${site.search}?${site.queryParam}={search_term_string}`,
        },
        "query-input": "required name=search_term_string",
      },
    },
    { "@context": CONTEXT, "@id": publisherId(site.url), ...publisherJsonLd(publisher) },
  ];
}

/** One article a list page shows. */
export interface ListedPage {
  /** Absolute URL of the article. */
  url: string;
  name: string;
}

/** What a list page (a topic, the archive or one of its periods) says of itself. */
export interface CollectionFacts {
  /** Absolute canonical URL of the page. */
  url: string;
  name: string;
  description: string;
  lang: string;
  /** Absolute URL of the front page, whose site the page is part of. */
  home: string;
  /** The articles the page shows, in its order; none on a page of periods. */
  items?: readonly ListedPage[] | undefined;
}

/**
 * A `CollectionPage`, part of the site, with the articles it shows as an `ItemList`.
 *
 * @example collectionPageJsonLd({ url, name: "Politik", description, lang: "de", home })["@type"] // "CollectionPage"
 */
export function collectionPageJsonLd(facts: CollectionFacts): Record<string, unknown> {
  const { url, name, description, lang, home, items = [] } = facts;
  return {
    "@context": CONTEXT,
    "@type": "CollectionPage",
    name,
    url,
    description,
    inLanguage: lang,
    isPartOf: { "@id": webSiteId(home) },
    ...(items.length > 0 && {
      mainEntity: {
        "@type": "ItemList",
        itemListElement: items.map((item, index) => ({
          "@type": "ListItem",
          position: index + 1,
          url: item.url,
          name: item.name,
        })),
      },
    }),
  };
}

/** What an author page says of its author. */
export interface ProfileFacts {
  /** Absolute URL of the author page. */
  url: string;
  name: string;
  role: string;
  bio?: string | undefined;
  /** Absolute URL of the author's photo. */
  image?: string | undefined;
  sameAs: readonly string[];
}

/**
 * schema.org's page about one person, as Google reads author pages: a `ProfilePage`
 * whose `mainEntity` is the `Person`.
 *
 * @example profilePageJsonLd({ url, name: "Anna Beispiel", role: "Reporterin", sameAs: [] })["@type"] // "ProfilePage"
 */
export function profilePageJsonLd(facts: ProfileFacts): Record<string, unknown> {
  const { url, name, role, bio, image, sameAs } = facts;
  return {
    "@context": CONTEXT,
    "@type": "ProfilePage",
    mainEntity: {
      "@type": "Person",
      name,
      jobTitle: role,
      ...(bio && { description: bio }),
      url,
      ...(image && { image }),
      ...(sameAs.length > 0 && { sameAs: [...sameAs] }),
    },
  };
}
