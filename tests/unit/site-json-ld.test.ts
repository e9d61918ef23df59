import { describe, expect, it } from "vitest";
import * as module from "../../src/metadata/site-json-ld.ts";
import { ogLocale } from "../../src/metadata/og-locale.ts";

const { collectionPageJsonLd, frontPageJsonLd, profilePageJsonLd } = module;
const HOME = "https://kiosk.example/zeitung/";
const LOGO = `${HOME}logo.png`;

describe("site-json-ld", () => {
  it("should export only its builders", () => {
    expect(Object.keys(module)).toEqual(["frontPageJsonLd", "collectionPageJsonLd", "profilePageJsonLd"]);
  });

  it("should name the publisher the WebSite points at, whatever its type", () => {
    const site = {
      url: HOME,
      name: "Kurier",
      description: "Nachrichten.",
      lang: "de",
      search: `${HOME}suche/`,
      queryParam: "q",
    };
    for (const publisher of [
      { name: "Kurier", logo: LOGO },
      { name: "Kurier", logo: LOGO, masthead: `${HOME}impressum/` },
    ]) {
      const [webSite, organization] = frontPageJsonLd(site, publisher);
      expect(webSite!["publisher"]).toEqual({ "@id": organization!["@id"] });
      expect(organization!["@context"]).toBe("https://schema.org");
    }
  });

  it("should list no ItemList on a collection that shows no article", () => {
    const facts = { url: `${HOME}archiv/`, name: "Archiv", description: "Alles.", lang: "de", home: HOME };
    expect(collectionPageJsonLd(facts)).not.toHaveProperty("mainEntity");
    expect(collectionPageJsonLd({ ...facts, items: [] })).not.toHaveProperty("mainEntity");
  });

  it("should leave out of the Person what the author file does not give", () => {
    const profile = profilePageJsonLd({
      url: `${HOME}autoren/max/`,
      name: "Max",
      role: "Reporter",
      sameAs: [],
    });
    expect(profile["mainEntity"]).toEqual({
      "@type": "Person",
      name: "Max",
      jobTitle: "Reporter",
      url: `${HOME}autoren/max/`,
    });
  });
});

describe("ogLocale", () => {
  it.each([
    ["de", "de_DE"],
    ["en", "en_GB"],
    ["fr", "de_DE"],
  ])("should give %s the locale %s", (lang, locale) => {
    expect(ogLocale(lang)).toBe(locale);
  });
});
