import { describe, expect, it } from "vitest";
import * as robots from "../../src/metadata/robots-txt.ts";
import * as tdm from "../../src/settings/tdm-reservation.ts";

const POLICY = "https://abendblatt.example/tdm-lizenz";

describe("tdm-reservation", () => {
  it("should export only its choices and builders", () => {
    expect(Object.keys(tdm).sort()).toEqual(["TDM_CHOICES", "tdmMeta", "tdmRepRules"]);
  });

  it.each([
    ["/", { tdm: "reserved" }, [{ location: "/*", "tdm-reservation": 1 }]],
    ["/nachrichten/", { tdm: "reserved" }, [{ location: "/nachrichten/*", "tdm-reservation": 1 }]],
    [
      "/nachrichten/",
      { tdm: "reserved", tdmPolicy: POLICY },
      [{ location: "/nachrichten/*", "tdm-reservation": 1, "tdm-policy": POLICY }],
    ],
    ["/", { tdm: "allowed" }, []],
  ] as const)("should reserve every path under %s for %j in tdmrep.json", (base, settings, rules) => {
    expect(tdm.tdmRepRules(base, settings)).toEqual(rules);
  });

  it.each([
    [{ tdm: "reserved" }, [{ name: "tdm-reservation", content: "1" }]],
    [
      { tdm: "reserved", tdmPolicy: POLICY },
      [
        { name: "tdm-reservation", content: "1" },
        { name: "tdm-policy", content: POLICY },
      ],
    ],
    [{ tdm: "allowed" }, []],
  ] as const)("should give %j these meta elements", (settings, meta) => {
    expect(tdm.tdmMeta(settings)).toEqual(meta);
  });
});

describe("robots-txt", () => {
  const sitemaps = ["https://x.example/n/sitemap-index.xml", "https://x.example/n/news-sitemap.xml"];

  it("should export only robotsTxt", () => {
    expect(Object.keys(robots)).toEqual(["robotsTxt"]);
  });

  it("should keep the named crawlers out of the site's path in one group, allow every other and name the sitemaps", () => {
    expect(robots.robotsTxt({ base: "/n/", keepOut: ["GPTBot", "CCBot"], sitemaps })).toBe(
      [
        "User-agent: GPTBot",
        "User-agent: CCBot",
        "Disallow: /n/",
        "",
        "User-agent: *",
        "Allow: /",
        "",
        `Sitemap: ${sitemaps[0]}`,
        `Sitemap: ${sitemaps[1]}`,
        "",
      ].join("\n"),
    );
  });

  it("should have no group of kept-out crawlers when none is named", () => {
    expect(robots.robotsTxt({ base: "/", keepOut: [], sitemaps })).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${sitemaps[0]}\nSitemap: ${sitemaps[1]}\n`,
    );
  });
});
