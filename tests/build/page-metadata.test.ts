/**
 * Every kind of page that is not an article shares a card of its own (Open Graph and
 * Twitter tags pointing at the page's drawn share image) and says in JSON-LD what it is:
 * the front page the site and its publisher, list pages a collection, author pages a
 * profile. Articles keep their one set of tags.
 */
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Root } from "hast";
import { imageSize } from "image-size";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../support/build-site.ts";
import { htmlFiles, readPage, select, selectAll, toString } from "../support/html.ts";
import { writeNewsroom } from "../support/newsroom.ts";

const SITE = "https://kurier.example";
const BASE = "/zeitung/";
const HOME = `${SITE}${BASE}`;
/** Enough articles for numbered pages of a section and of an author. */
const ARTICLES = 84;

const SETTINGS = `name: Hafenkurier
description: Nachrichten aus Hamburg und dem Norden, jeden Tag.
language: de
timeZone: Europe/Berlin
sections: [Politik, Wirtschaft, Kultur, Sport]
logo: logo.svg
sameAs: [https://social.example/@hafenkurier, https://x.com/Hafenkurier]
pages:
  publishingPrinciples: grundsaetze
  correctionsPolicy: korrekturen
  masthead: impressum
legal:
  publisher: Hafenkurier Verlag GmbH
  address: Kaistraße 1, 20457 Hamburg
  email: redaktion@hafenkurier.example
  responsible: Erika Muster, Anschrift wie oben
`;
const PRINCIPLES = `---
title: Unsere Grundsätze
description: Wie der Hafenkurier arbeitet.
---

Wir prüfen, was wir berichten.
`;
/** An author whose photo is wider than the one JSON-LD offers. */
const WIDE_AUTHOR = `---
name: Lena Lang
role: Fotografin
photo:
  src: ./lena-lang.jpg
  alt: Ein Farbverlauf, ein Testbild
---
`;

/** What every kind of page is expected to share: its own name, its card and its `og:type`. */
const KINDS = [
  { kind: "front page", path: "", title: "Hafenkurier", card: "" },
  { kind: "topics", path: "themen/", title: "Themen", card: "themen/" },
  { kind: "topic", path: "themen/politik/", title: "Politik", card: "themen/politik/" },
  {
    kind: "topic's numbered page",
    path: "themen/politik/seite/1/",
    title: "Politik – Seite 1",
    card: "themen/politik/",
  },
  {
    kind: "author",
    path: "autoren/anna-beispiel/",
    title: "Anna Beispiel",
    card: "autoren/anna-beispiel/",
    type: "profile",
  },
  {
    kind: "author's numbered page",
    path: "autoren/anna-beispiel/seite/1/",
    title: "Anna Beispiel – Seite 1",
    card: "autoren/anna-beispiel/",
    type: "profile",
  },
  { kind: "archive", path: "archiv/", title: "Archiv", card: "archiv/" },
  { kind: "year", path: "archiv/2026/", title: "Archiv: 2026", card: "archiv/2026/" },
  { kind: "month", path: "archiv/2026/12/", title: "Archiv: Dezember 2026", card: "archiv/2026/12/" },
  { kind: "day", path: "archiv/2026/12/02/", title: "Archiv: 2. Dezember 2026", card: "archiv/2026/12/02/" },
  { kind: "corrections", path: "korrekturen/", title: "Korrekturen", card: "korrekturen/" },
  { kind: "search", path: "suche/", title: "Suche", card: "suche/" },
  { kind: "Impressum", path: "impressum/", title: "Impressum", card: "impressum/" },
  { kind: "Datenschutzerklärung", path: "datenschutz/", title: "Datenschutzerklärung", card: "datenschutz/" },
  { kind: "page of pages/", path: "grundsaetze/", title: "Unsere Grundsätze", card: "grundsaetze/" },
] as const;

/** The JSON-LD `@type`s each kind of page carries, in order. */
const STRUCTURED = {
  "": ["WebSite", "NewsMediaOrganization"],
  "themen/": ["CollectionPage"],
  "themen/politik/": ["CollectionPage"],
  "themen/politik/seite/1/": ["CollectionPage"],
  "autoren/anna-beispiel/": ["ProfilePage"],
  "autoren/anna-beispiel/seite/1/": [],
  "archiv/": ["CollectionPage"],
  "archiv/2026/": ["CollectionPage"],
  "archiv/2026/12/": ["CollectionPage"],
  "archiv/2026/12/02/": ["CollectionPage"],
  "korrekturen/": [],
  "suche/": [],
  "impressum/": [],
  "datenschutz/": [],
  "grundsaetze/": [],
} satisfies Record<(typeof KINDS)[number]["path"], string[]>;

type JsonLd = Record<string, unknown> & { "@type": string };

/** The `content` of each meta by its `property` or `name`, every value of one that repeats. */
function metaOf(tree: Root): Map<string, string[]> {
  const meta = new Map<string, string[]>();
  for (const { properties } of selectAll("meta[property], meta[name]", tree)) {
    const key = String(properties["property"] ?? properties["name"]);
    meta.set(key, [...(meta.get(key) ?? []), String(properties["content"])]);
  }
  return meta;
}

/** Every JSON-LD block of the page, parsed. */
function jsonLdOf(tree: Root): JsonLd[] {
  return selectAll('script[type="application/ld+json"]', tree).map(
    (script) => JSON.parse(toString(script)) as JsonLd,
  );
}

const file = (path: string) => `${path}index.html`;

describe("metadata on every kind of page", () => {
  let dist: string;
  const pages = new Map<string, Root>();
  beforeAll(async () => {
    const folder = await mkdtemp(join(tmpdir(), "kiosk-page-metadata-"));
    const env = await writeNewsroom(folder, ARTICLES);
    await mkdir(join(folder, "pages"));
    const photo = await sharp({ create: { width: 1600, height: 1600, channels: 3, background: "#3a6ea5" } })
      .jpeg()
      .toBuffer();
    await Promise.all([
      writeFile(join(folder, "publication.yaml"), SETTINGS),
      writeFile(join(folder, "pages", "grundsaetze.md"), PRINCIPLES),
      writeFile(join(folder, "authors", "lena-lang.md"), WIDE_AUTHOR),
      writeFile(join(folder, "authors", "lena-lang.jpg"), photo),
    ]);
    const built = await buildSite({ ...env, KIOSK_SITE: SITE, KIOSK_BASE: BASE });
    expect(built.exitCode, built.output).toBe(0);
    dist = built.dist;
    for (const html of await htmlFiles(dist)) pages.set(html, await readPage(dist, html));
  }, 600_000);

  const page = (path: string) => {
    const tree = pages.get(file(path));
    if (!tree) throw new Error(`${file(path)} was not built`);
    return tree;
  };

  describe.each(KINDS)("the $kind", ({ path, title, card, ...kind }) => {
    const type = "type" in kind ? kind.type : "website";

    it(`should share itself as an og:type ${type} at its canonical URL`, () => {
      const tree = page(path);
      const meta = metaOf(tree);
      const canonical = select('link[rel="canonical"]', tree)?.properties["href"];
      expect(canonical).toBe(`${HOME}${path}`);
      expect(meta.get("og:url")).toEqual([canonical]);
      expect(meta.get("og:type")).toEqual([type]);
      expect(meta.get("og:site_name")).toEqual(["Hafenkurier"]);
      expect(meta.get("og:locale")).toEqual(["de_DE"]);
    });

    it("should name its own title and description for the card", () => {
      const meta = metaOf(page(path));
      for (const key of ["og:title", "twitter:title", "og:image:alt", "twitter:image:alt"])
        expect(meta.get(key), key).toEqual([title]);
      const description = meta.get("description");
      expect(description?.[0]).toBeTruthy();
      expect(meta.get("og:description")).toEqual(description);
      expect(meta.get("twitter:description")).toEqual(description);
    });

    it(`should show the share card of ${card || "the front page"}`, () => {
      const meta = metaOf(page(path));
      const image = `${HOME}${card}vorschau.png`;
      expect(meta.get("og:image")).toEqual([image]);
      expect(meta.get("twitter:image")).toEqual([image]);
      expect(meta.get("og:image:type")).toEqual(["image/png"]);
      expect(meta.get("og:image:width")).toEqual(["1200"]);
      expect(meta.get("og:image:height")).toEqual(["630"]);
      expect(meta.get("twitter:card")).toEqual(["summary_large_image"]);
      expect(meta.get("twitter:site")).toEqual(["@Hafenkurier"]);
    });

    it(`should carry JSON-LD of schema.org: ${STRUCTURED[path].join(", ") || "none"}`, () => {
      const blocks = jsonLdOf(page(path));
      for (const block of blocks) expect(block["@context"]).toBe("https://schema.org");
      expect(blocks.map((block) => block["@type"])).toEqual(STRUCTURED[path]);
    });
  });

  it("should give articles their own one set of tags, and the 404 page none", () => {
    const articles = [...pages].filter(([html]) => html.startsWith("artikel/"));
    expect(articles).toHaveLength(ARTICLES);
    for (const [html, tree] of articles) {
      const meta = metaOf(tree);
      expect(meta.get("og:type"), html).toEqual(["article"]);
      expect(meta.get("og:image"), html).toHaveLength(1);
      expect(meta.get("twitter:card"), html).toHaveLength(1);
      expect(
        jsonLdOf(tree).map((block) => block["@type"]),
        html,
      ).toEqual(["NewsArticle"]);
    }
    const notFound = metaOf(pages.get("404.html")!);
    expect([...notFound.keys()].filter((key) => /^(og|twitter):/.test(key))).toEqual(["twitter:site"]);
  });

  it("should describe the site and its publisher on the front page", () => {
    const [site, publisher] = jsonLdOf(page(""));
    expect(site).toEqual({
      "@context": "https://schema.org",
      "@type": "WebSite",
      "@id": `${HOME}#website`,
      name: "Hafenkurier",
      url: HOME,
      description: "Nachrichten aus Hamburg und dem Norden, jeden Tag.",
      inLanguage: "de",
      publisher: { "@id": `${HOME}#publisher` },
      potentialAction: {
        "@type": "SearchAction",
        target: { "@type": "EntryPoint", urlTemplate: `${HOME}suche/?q={search_term_string}` },
        "query-input": "required name=search_term_string",
      },
    });
    expect(publisher).toMatchObject({
      "@id": `${HOME}#publisher`,
      "@type": "NewsMediaOrganization",
      name: "Hafenkurier",
      url: HOME,
      logo: { "@type": "ImageObject", url: `${HOME}logo.png`, width: 512, height: 512 },
      sameAs: ["https://social.example/@hafenkurier", "https://x.com/Hafenkurier"],
      publishingPrinciples: `${HOME}grundsaetze/`,
      correctionsPolicy: `${HOME}korrekturen/`,
      masthead: `${HOME}impressum/`,
    });
  });

  it("should offer the same publisher on the front page as in every article", () => {
    const [, publisher] = jsonLdOf(page(""));
    const article = pages.get([...pages.keys()].find((html) => html.startsWith("artikel/"))!)!;
    expect({
      "@context": "https://schema.org",
      "@id": `${HOME}#publisher`,
      ...jsonLdOf(article)[0]!["publisher"]!,
    }).toEqual(publisher);
  });

  it.each(KINDS.filter(({ path }) => STRUCTURED[path][0] === "CollectionPage"))(
    "should make the $kind a CollectionPage of the site, listing the articles it shows",
    ({ path, title }) => {
      const tree = page(path);
      const [collection] = jsonLdOf(tree);
      expect(collection).toMatchObject({
        name: title,
        url: `${HOME}${path}`,
        description: metaOf(tree).get("description")![0],
        inLanguage: "de",
        isPartOf: { "@id": `${HOME}#website` },
      });
      const shown = selectAll("[data-kiosk=article-list] [data-kiosk=teaser] a", tree).map(
        ({ properties }) => `${SITE}${String(properties["href"])}`,
      );
      const listed = collection!["mainEntity"] as
        { itemListElement: { url: string; position: number }[] } | undefined;
      expect(listed?.itemListElement.map(({ url }) => url) ?? []).toEqual(shown);
      expect(listed?.itemListElement.map(({ position }) => position) ?? []).toEqual(
        shown.map((_, i) => i + 1),
      );
    },
  );

  it("should list the articles of topic and day pages", () => {
    for (const path of ["themen/politik/", "archiv/2026/12/02/"])
      expect(jsonLdOf(page(path))[0]!["mainEntity"], path).toBeDefined();
  });

  it("should make the author page a ProfilePage of the Person, with photo and profiles", async () => {
    const [profile] = jsonLdOf(page("autoren/anna-beispiel/"));
    expect(profile).toMatchObject({
      mainEntity: {
        "@type": "Person",
        name: "Anna Beispiel",
        jobTitle: "Hafenkorrespondentin",
        url: `${HOME}autoren/anna-beispiel/`,
        sameAs: ["https://social.example/@anna", "https://anna-beispiel.example/"],
      },
    });
    const image = (profile!["mainEntity"] as { image: string }).image;
    expect(image).toMatch(new RegExp(`^${HOME}_astro/.+\\.jpg$`));
    // Never wider than the file itself: this one is 480 pixels wide.
    expect(imageSize(await readFile(join(dist, image.slice(HOME.length)))).width).toBe(480);
  });

  it("should offer a wide photo at a width Google takes, and no image without a photo", async () => {
    const [wide] = jsonLdOf(page("autoren/lena-lang/"));
    const image = (wide!["mainEntity"] as { image: string }).image;
    expect(imageSize(await readFile(join(dist, image.slice(HOME.length)))).width).toBe(1200);
    const [plain] = jsonLdOf(page("autoren/max-muster/"));
    expect(plain!["mainEntity"]).not.toHaveProperty("image");
  });
});
