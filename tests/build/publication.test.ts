import { readFile, readdir, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { KIOSK_BRAND } from "../../publish/share-images/card-layout.ts";
import { drawShareImages, publicationBrand } from "../../publish/share-images/draw.ts";
import { rgb } from "../../publish/share-images/ink-palette.ts";
import { accentStyle } from "../../src/settings/accent-style.ts";
import { readPublicationFile } from "../../src/settings/load-publication.ts";
import { strings } from "../../src/interface/strings.ts";
import { ROOT } from "../../tools/project-copy.ts";
import { PUBLICATION } from "../support/global-setup.ts";
import { htmlFiles, readPage, select, selectAll, textOf, toString } from "../support/html.ts";
import { decodePng } from "../support/pixels.ts";

const dist = inject("publicationDist");
const demo = inject("siteDist");
const HOME = "https://herald.example/";
const NAME = "The Harbour Herald";
const settings = readPublicationFile(join(ROOT, PUBLICATION.KIOSK_PUBLICATION));
const ARTICLE = "artikel/ferry-timetable/index.html";

/** Every page, feed and data file of the fixture's build, as text. */
async function textFiles(): Promise<[string, string][]> {
  const files = (await readdir(dist, { recursive: true })).filter((file) =>
    /\.(?:html|xml|json|txt)$/.test(file),
  );
  return Promise.all(
    files.map(async (file) => [file, await readFile(join(dist, file), "utf8")] as [string, string]),
  );
}

/** `words` standing alone, not as the start of a longer word („Archiv“ in „Archive“). */
function asWords(words: string): RegExp {
  return new RegExp(`(?<!\\p{L})${words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?!\\p{L})`, "u");
}

function jsonLd(html: string): Record<string, unknown> {
  const script = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
  expect(script).not.toBeNull();
  return JSON.parse(script![1]!);
}

describe("a newsroom's own publication settings", () => {
  it("should name the publication everywhere and Kiosk nowhere: pages, feeds, sitemaps", async () => {
    const files = await textFiles();
    expect(files.length).toBeGreaterThan(10);
    // Kiosk's hooks for its scripts and tests (data-kiosk, the reader's saved settings) are no words a reader sees.
    const hooks = /data-kiosk\b|"kiosk-reader"|\/pagefind\/kiosk\//g;
    for (const [file, text] of files) expect(text.replace(hooks, ""), file).not.toMatch(/kiosk/i);
    for (const file of ["index.html", ARTICLE, "impressum/index.html", "suche/index.html", "404.html"]) {
      const page = await readPage(dist, file);
      expect(toString(select(".site-name", page)!), file).toContain(NAME);
      expect(textOf(page, "footer p").join(" "), file).toContain(NAME);
    }
    const footer = select("body > footer", await readPage(dist, ARTICLE))!;
    expect(textOf(footer, "[data-kiosk=footer-description]").map((text) => text.trim())).toEqual([
      settings.publication.description,
    ]);
    expect(textOf(footer, "[data-kiosk=copyright]").map((text) => text.trim())).toEqual([
      `© ${new Date().getUTCFullYear()} ${NAME}`,
    ]);
    expect(selectAll("a", footer).map((a) => a.properties["href"])).toEqual(
      expect.arrayContaining(["/impressum/", "/korrekturen/", "/rss.xml", "/feed.json"]),
    );
    expect(textOf(await readPage(dist, "suche/index.html"), "title")).toEqual([`Search – ${NAME}`]);
  });

  it("should show the logo beside the name, in its own proportions, and as the tab's icon", async () => {
    const page = await readPage(dist, "index.html");
    const logo = select(".site-name img", page)!;
    expect(logo.properties).toMatchObject({ src: "/site-logo.svg", alt: "", width: 64, height: 40 });
    expect(await readFile(join(dist, "site-logo.svg"))).toEqual(
      await readFile(join(ROOT, "tests/fixtures/publication-harbour/logo.svg")),
    );
    expect(select('link[rel="icon"]', page)!.properties).toMatchObject({
      href: "/site-logo.svg",
      type: "image/svg+xml",
    });
    const png = decodePng(await readFile(join(dist, "logo.png")));
    expect([png.width, png.height]).toEqual([512, 512]);
  });

  it("should speak English: the page language and every word of the interface", async () => {
    const page = await readPage(dist, ARTICLE);
    expect(select("html", page)!.properties["lang"]).toBe("en");
    expect(textOf(page, ".skip-link")).toEqual([strings.en["nav.skipToContent"]]);
    expect(textOf(page, "header .site-name").map((text) => text.trim())).toEqual([
      `${NAME} – ${strings.en["nav.home"]}`,
    ]);
    expect(textOf(page, "header summary")).toEqual([strings.en["nav.menu"], strings.en["reader.title"]]);
    // A newsroom that names no sections: its topics instead of a row of sections.
    expect(select("header nav", page)).toBeUndefined();
    expect(textOf(page, "header .service-links a")).toEqual([
      strings.en["nav.topics"],
      strings.en["archive.title"],
      strings.en["nav.search"],
    ]);
    expect(textOf(page, ".reader-controls summary")).toEqual([strings.en["reader.title"]]);
    expect(textOf(page, ".article-meta [data-kiosk=date]").join(" ")).toBe(
      // On the newsroom's clock (Europe/London); Kiosk's default, Berlin's, would say 10:00 am.
      `${strings.en["article.published"]} 6 November 2024, 9:00 am`,
    );
    expect(textOf(page, "[data-kiosk=correction] strong").join("")).toBe(
      `${strings.en["article.correction"]} 7 November 2024, 8:00 am:`,
    );
    // No German word of the interface on any page: each shows only the English ones.
    const german = Object.entries(strings.de)
      .filter(([key, words]) => words !== strings.en[key as keyof typeof strings.en] && words.length > 5)
      .map(([, words]) => words);
    for (const file of await htmlFiles(dist)) {
      const text = toString(select("body", await readPage(dist, file))!);
      for (const words of german) expect(text, `${file}: ${words}`).not.toMatch(asWords(words));
    }
  });

  it("should carry the name, description and language in both feeds", async () => {
    const rss = await readFile(join(dist, "rss.xml"), "utf8");
    expect(rss).toContain(`<title>${NAME}</title>`);
    expect(rss).toContain("<language>en-GB</language>");
    const feed = JSON.parse(await readFile(join(dist, "feed.json"), "utf8"));
    expect(feed).toMatchObject({
      title: NAME,
      description: settings.publication.description,
      language: "en-GB",
      favicon: `${HOME}site-logo.svg`,
    });
  });

  it("should make the publisher a NewsMediaOrganization with the pages the settings name", async () => {
    const { publisher } = jsonLd(await readFile(join(dist, ARTICLE), "utf8"));
    expect(publisher).toEqual({
      "@type": "NewsMediaOrganization",
      name: NAME,
      url: HOME,
      logo: { "@type": "ImageObject", url: `${HOME}logo.png`, width: 512, height: 512 },
      sameAs: ["https://social.example/@harbourherald"],
      publishingPrinciples: `${HOME}principles/`,
      correctionsPolicy: `${HOME}korrekturen/`,
      masthead: `${HOME}impressum/`,
    });
    const page = await readPage(dist, ARTICLE);
    expect(select('meta[property="og:site_name"]', page)!.properties["content"]).toBe(NAME);
  });

  it("should set the accent colours inline, allowed by their hash in the page's policy", async () => {
    const html = await readFile(join(dist, ARTICLE), "utf8");
    const { css, hash } = accentStyle(settings.publication.accent!);
    expect(html).toContain(`<style>${css}</style>`);
    const policy = select('meta[http-equiv="content-security-policy"]', await readPage(dist, ARTICLE))!;
    expect(String(policy.properties["content"])).toContain(`'${hash}'`);
  });

  it("should draw the share card with the publication's name, accent colour and date", async () => {
    const brand = publicationBrand(settings);
    const job = {
      slug: "ferry-timetable",
      title: "Ferry timetable changes for the winter",
      topic: "Transport",
      date: "6 November 2024",
    };
    const cache = await mkdtemp(join(tmpdir(), "kiosk-publication-card-"));
    // Kiosk's name in the publication's colours: the card differs from it only by the name.
    const [own, kioskName, kiosk] = await Promise.all([
      drawShareImages([job], join(cache, "own"), brand),
      drawShareImages([job], join(cache, "kiosk-name"), { ...brand, name: KIOSK_BRAND.name }),
      drawShareImages([job], join(cache, "kiosk"), KIOSK_BRAND),
    ]);
    const built = await readFile(join(dist, "artikel/ferry-timetable/vorschau.png"));
    const card = async (drawn: typeof own) => readFile(drawn.files.get(job.slug)!);
    expect(built.equals(await card(own))).toBe(true);
    expect(built.equals(await card(kioskName))).toBe(false);
    expect(built.equals(await card(kiosk))).toBe(false);
    const pixels = decodePng(built);
    const at = (x: number, y: number) => [
      ...pixels.rgba.subarray((y * pixels.width + x) * 4, (y * pixels.width + x) * 4 + 3),
    ];
    expect(at(600, 5)).toEqual(rgb(settings.publication.accent!.light));
  });
});

describe("the demo without settings", () => {
  it("should stay Kiosk: its own publisher with its Impressum, the stylesheet's colours, no logo", async () => {
    const html = await readFile(
      join(demo, "artikel/haniyeh-gespraeche-waffenruhe-aegypten/index.html"),
      "utf8",
    );
    // Every site has an Impressum, the masthead that makes the publisher a news medium.
    const publisher = jsonLd(html)["publisher"] as { url: string };
    expect(publisher).toMatchObject({
      "@type": "NewsMediaOrganization",
      name: "Kiosk",
      masthead: `${publisher.url}impressum/`,
    });
    expect(html).not.toContain(":root:root");
    const page = await readPage(demo, "index.html");
    expect(selectAll(".site-name img", page)).toEqual([]);
    expect(textOf(page, ".site-name")[0]).toContain("Kiosk");
    expect(select("html", page)!.properties["lang"]).toBe("de");
  });
});
