import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { speculationRules } from "../../src/lib/speculation-rules.ts";

describe("speculationRules", () => {
  it.each([
    { base: "/", article: "/artikel/hafen/", others: ["/themen/hafen/", "/archiv/2024/", "/"] },
    {
      base: "/nachrichten/",
      article: "/nachrichten/artikel/hafen/",
      others: ["/artikel/hafen/", "/nachrichten/themen/hafen/", "/nachrichten/"],
    },
  ])("should prerender, on hover, the articles under $base and nothing else", ({ base, article, others }) => {
    const [rule, ...rest] = (JSON.parse(speculationRules(base).script) as { prerender: unknown[] }).prerender;
    expect(rest).toEqual([]);
    const { where, eagerness } = rule as { where: { href_matches: string }; eagerness: string };
    expect(eagerness).toBe("moderate");
    const pattern = new URLPattern(where.href_matches, "https://kiosk.example/");
    expect(pattern.test(article, "https://kiosk.example/")).toBe(true);
    for (const other of others) expect(pattern.test(other, "https://kiosk.example/"), other).toBe(false);
  });

  it("should give the hash of exactly the script's text, for the page's policy", () => {
    const { script, hash } = speculationRules("/");
    expect(hash).toBe(`sha256-${createHash("sha256").update(script).digest("base64")}`);
  });

  it("should keep a base path that could close the script element out of its markup", () => {
    expect(speculationRules("/</script>/").script).not.toContain("</script>");
  });
});
