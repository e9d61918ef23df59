import { createHash } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { PUBLISHING } from "../support/global-setup.ts";
import { htmlFiles, pageUrl, readPage, select, selectAll, toString } from "../support/html.ts";

interface PrerenderRule {
  source?: string;
  where: { href_matches: string };
  eagerness: string;
}

/** The article pages of the URL table: `artikel/<slug>/index.html`. */
const ARTICLE_PAGE = /^artikel\/[^/]+\/index\.html$/;

const sites = [
  { name: "the site", dist: inject("siteDist"), origin: "http://localhost:4321/" },
  {
    name: "the publishing fixture, under a base path",
    dist: inject("publishingDist"),
    origin: new URL(PUBLISHING.KIOSK_BASE, PUBLISHING.KIOSK_SITE).href,
  },
];

describe.each(sites)("speculation rules on $name", ({ dist, origin }) => {
  it("should give every page one rule set after its policy, which allows it by its hash", async () => {
    for (const file of await htmlFiles(dist)) {
      const page = await readPage(dist, file);
      const scripts = selectAll('script[type="speculationrules"]', page);
      expect(scripts, file).toHaveLength(1);
      // A policy in a <meta> governs only what the parser meets after it.
      const ordered = selectAll(
        'meta[http-equiv="content-security-policy"], script[type="speculationrules"]',
        page,
      );
      expect(
        ordered.map((element) => element.tagName),
        file,
      ).toEqual(["meta", "script"]);
      const hash = createHash("sha256").update(toString(scripts[0]!)).digest("base64");
      const policy = String(ordered[0]!.properties["content"]);
      expect(policy.match(/script-src [^;]*/)?.[0], file).toContain(`'sha256-${hash}'`);
    }
  });

  it("should prerender on hover or touch the links to articles, under the base path, and no other link", async () => {
    let articleLinks = 0;
    for (const file of await htmlFiles(dist)) {
      const page = await readPage(dist, file);
      const address = pageUrl(origin, file);
      const { prerender } = JSON.parse(toString(select('script[type="speculationrules"]', page)!)) as {
        prerender: PrerenderRule[];
      };
      expect(
        prerender.map((rule) => rule.eagerness),
        file,
      ).toEqual(["moderate"]);
      // The browser reads the pattern against the page's own address.
      const pattern = new URLPattern(prerender[0]!.where.href_matches, address);
      for (const link of selectAll("a[href]", page)) {
        const target = new URL(String(link.properties["href"]), address);
        if (target.origin !== new URL(origin).origin || !target.pathname.startsWith(new URL(origin).pathname))
          continue;
        const targetFile = `${target.pathname.slice(new URL(origin).pathname.length)}index.html`;
        const isArticle = ARTICLE_PAGE.test(decodeURIComponent(targetFile));
        if (isArticle) articleLinks++;
        expect(pattern.test(target.href), `${file}: ${target.pathname}`).toBe(isArticle);
      }
    }
    expect(articleLinks).toBeGreaterThan(0);
  });
});
