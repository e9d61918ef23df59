/**
 * The lead photo where people share an article (docs/decisions/101): Open Graph, the
 * Twitter card, JSON-LD and both feeds offer the photo, made by Astro's image pipeline;
 * an article without one keeps its drawn card. Read from the build of
 * tests/fixtures/articles-two: one German article with a photo, one English without.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { imageSizeFromFile } from "image-size/fromFile";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { ROOT } from "../../tools/project-copy.ts";
import { readPage, select, selectAll, toString } from "../support/html.ts";

const dist = inject("articlesTwoDist");
const HOME = "http://localhost:4321/";
const WITH_PHOTO = "hafen-hamburg-containerumschlag";
const WITHOUT_PHOTO = "harbour-report-english";
const SOURCE = join(ROOT, "tests/fixtures/articles-two/hafen-hamburg.jpg");
const ALT = "Gestapelte bunte Container an einem Kai, davor dunkles Hafenwasser, rechts ein roter Kran.";
const TYPES: Record<string, string> = { jpg: "image/jpeg", png: "image/png" };

/** The built file a URL of the site names; fails when it names another site's. */
function fileOf(url: string): string {
  expect(url.startsWith(HOME), url).toBe(true);
  return join(dist, decodeURIComponent(new URL(url).pathname));
}

/** Size and MIME type of the built file a URL names. */
async function builtImage(url: string) {
  const file = fileOf(url);
  expect(existsSync(file), url).toBe(true);
  const { width, height, type } = await imageSizeFromFile(file);
  return { width, height, type: TYPES[type ?? ""] ?? type };
}

async function head(slug: string) {
  const page = await readPage(dist, `artikel/${slug}/index.html`);
  const meta = (key: string) =>
    selectAll(`meta[property="${key}"], meta[name="${key}"]`, page).map((element) =>
      String(element.properties["content"]),
    );
  const ld = JSON.parse(toString(select('script[type="application/ld+json"]', page)!));
  return { meta, ld };
}

describe("an article with a lead photo", () => {
  it("should share the photo at 1,200 px as og:image and twitter:image, with its size, type and alt text", async () => {
    const { meta } = await head(WITH_PHOTO);
    const [url] = meta("og:image");
    expect(url).not.toMatch(/vorschau\.png$/);
    const file = await builtImage(url!);
    expect(file.width).toBe(1200);
    expect(meta("og:image:width")).toEqual([String(file.width)]);
    expect(meta("og:image:height")).toEqual([String(file.height)]);
    expect(meta("og:image:type")).toEqual([file.type]);
    expect(file.type).toBe("image/jpeg");
    expect(meta("og:image:alt")).toEqual([ALT]);
    expect(meta("twitter:image")).toEqual([url]);
    expect(meta("twitter:image:alt")).toEqual([ALT]);
  });

  it("should give JSON-LD the 16:9, 4:3 and 1:1 crops, each as large as the source allows up to 1,200 px", async () => {
    const { ld } = await head(WITH_PHOTO);
    const source = await imageSizeFromFile(SOURCE);
    const images = ld.image as { "@type": string; url: string; width: number; height: number }[];
    expect(images).toHaveLength(3);
    const ratios: number[] = [];
    for (const image of images) {
      expect(image["@type"]).toBe("ImageObject");
      const file = await builtImage(image.url);
      expect([file.width, file.height], image.url).toEqual([image.width, image.height]);
      expect(file.width).toBeLessThanOrEqual(Math.min(1200, source.width));
      expect(file.height).toBeLessThanOrEqual(source.height);
      // Never enlarged, and no smaller than the share width or the source's height allows.
      expect(file.width === 1200 || file.height === source.height, image.url).toBe(true);
      ratios.push(file.width / file.height);
    }
    expect(ratios).toEqual([16 / 9, 4 / 3, 1]);
  });
});

describe("an article without a photo", () => {
  it("should keep the drawn card in Open Graph, the Twitter card and JSON-LD", async () => {
    const { meta, ld } = await head(WITHOUT_PHOTO);
    const card = `${HOME}artikel/${WITHOUT_PHOTO}/vorschau.png`;
    expect(meta("og:image")).toEqual([card]);
    expect(meta("twitter:image")).toEqual([card]);
    expect(await builtImage(card)).toEqual({ width: 1200, height: 630, type: "image/png" });
    expect([meta("og:image:width"), meta("og:image:height"), meta("og:image:type")]).toEqual([
      ["1200"],
      ["630"],
      ["image/png"],
    ]);
    expect(ld.image).toEqual([{ "@type": "ImageObject", url: card, width: 1200, height: 630 }]);
  });
});

describe("the feeds", () => {
  let shared: Record<string, string>;
  beforeAll(async () => {
    shared = {
      [WITH_PHOTO]: (await head(WITH_PHOTO)).meta("og:image")[0]!,
      [WITHOUT_PHOTO]: `${HOME}artikel/${WITHOUT_PHOTO}/vorschau.png`,
    };
  });

  it("should give each JSON Feed item the image its page shares, and the feed the logo and site icon", async () => {
    const feed = JSON.parse(await readFile(join(dist, "feed.json"), "utf8"));
    for (const slug of [WITH_PHOTO, WITHOUT_PHOTO]) {
      const item = feed.items.find(({ url }: { url: string }) => url === `${HOME}artikel/${slug}/`);
      expect(item.image, slug).toBe(shared[slug]);
    }
    expect(feed.icon).toBe(`${HOME}logo.png`);
    const icon = await builtImage(feed.icon);
    expect(icon.width).toBe(icon.height);
    expect(icon.width).toBeGreaterThanOrEqual(512);
    expect(existsSync(fileOf(feed.favicon)), feed.favicon).toBe(true);
  });

  it("should give each RSS item its image as media:content and the channel the logo as image", async () => {
    const xml = await readFile(join(dist, "rss.xml"), "utf8");
    expect(XMLValidator.validate(xml)).toBe(true);
    const lint = spawnSync("xmllint", ["--noout", join(dist, "rss.xml")], { encoding: "utf8" });
    expect(lint.stderr).toBe("");
    const { rss } = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" }).parse(xml);
    expect(rss["@_xmlns:media"]).toBe("http://search.yahoo.com/mrss/");
    const { channel } = rss;
    expect(channel.image).toEqual({ url: `${HOME}logo.png`, title: channel.title, link: channel.link });
    expect(existsSync(fileOf(channel.image.url))).toBe(true);
    for (const slug of [WITH_PHOTO, WITHOUT_PHOTO]) {
      const item = channel.item.find(({ link }: { link: string }) => link === `${HOME}artikel/${slug}/`);
      const media = item["media:content"];
      const file = await builtImage(media["@_url"]);
      expect(media["@_url"], slug).toBe(shared[slug]);
      expect(media["@_medium"]).toBe("image");
      expect([media["@_type"], Number(media["@_width"]), Number(media["@_height"])]).toEqual([
        file.type,
        file.width,
        file.height,
      ]);
    }
  });
});
