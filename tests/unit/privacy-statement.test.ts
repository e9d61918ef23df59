import { describe, expect, it } from "vitest";
import { DEFAULT_PRIVACY } from "../../src/settings/privacy-settings.ts";
import { privacyStatement } from "../../src/settings/privacy-statement.ts";

/** The statement's words, one line, every space an ordinary one. */
function textOf(privacy: Parameters<typeof privacyStatement>[0], language: "de" | "en"): string {
  const { intro, controller, sections } = privacyStatement(privacy, language);
  return [intro, controller, ...sections]
    .flatMap((part) => (typeof part === "string" ? [part] : [part.heading, ...part.paragraphs]))
    .join(" ")
    .replace(/\s+/g, " ");
}

describe("privacyStatement", () => {
  it.each([
    ["de", 14, "nach 14 Tagen gelöscht", "nach einem Tag gelöscht"],
    ["en", 14, "deleted after 14 days", "deleted after one day"],
  ] as const)("should say in %s how long the logs are kept", (language, days, many, one) => {
    expect(textOf({ logRetentionDays: days }, language)).toContain(many);
    expect(textOf({ logRetentionDays: 1 }, language)).toContain(one);
  });

  it.each(["de", "en"] as const)(
    "should name the host and the authority in %s only when given",
    (language) => {
      const host = "Hafen-Hosting GmbH\nKaistraße 2, Hamburg";
      const authority = "Der Hamburgische Beauftragte für Datenschutz";
      const named = privacyStatement({ ...DEFAULT_PRIVACY, host, authority }, language);
      const plain = privacyStatement(DEFAULT_PRIVACY, language);
      expect(named.sections.length).toBe(plain.sections.length + 1);
      const text = textOf({ ...DEFAULT_PRIVACY, host, authority }, language);
      expect(text).toContain("Hafen-Hosting GmbH, Kaistraße 2, Hamburg");
      expect(text).toContain(authority);
      expect(textOf(DEFAULT_PRIVACY, language)).not.toMatch(/Hafen|Hamburg/);
    },
  );

  it.each(["de", "en"] as const)(
    "should name in %s every logged datum, the cookies and the rights",
    (language) => {
      const text = textOf(DEFAULT_PRIVACY, language);
      for (const datum of [
        "IP",
        "User-Agent|user agent",
        "Referrer|referrer",
        "Cookies|cookies",
        "localStorage",
      ])
        expect(text).toMatch(new RegExp(datum));
      for (const article of ["6 Abs. 1 lit. f|6\\(1\\)\\(f\\)", "15 (bis|to) 21", "77"])
        expect(text).toMatch(new RegExp(`Art\\. ${article}`));
    },
  );
});
