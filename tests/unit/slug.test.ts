import { describe, expect, it } from "vitest";
import { slugify } from "../../src/lib/slug.ts";

/** Decomposed: each letter followed by its combining mark, as macOS stores file names. */
const nfd = (text: string) => text.normalize("NFD");

describe("slugify, for article files and topics", () => {
  it.each([
    ["Nahost", "nahost"],
    ["Gaza-Krieg", "gaza-krieg"],
    ["Außenpolitik", "aussenpolitik"],
    ["Ärzte & Öffentlichkeit", "aerzte-oeffentlichkeit"],
    ["Müll über Bord", "muell-ueber-bord"],
    ["ÄÖÜ", "aeoeue"],
    ["Hamas-Chef Haniyeh in Ägypten", "hamas-chef-haniyeh-in-aegypten"],
    ["Côte d’Ivoire", "cote-d-ivoire"],
    ["Škoda in Brno", "skoda-in-brno"],
    ["  KI  /  Ethik  ", "ki-ethik"],
    ["G20-Gipfel 2024", "g20-gipfel-2024"],
    ["</script>Sicherheit", "script-sicherheit"],
    ["Россия", ""],
    ["!!!", ""],
  ])("should turn %j into %j, composed or decomposed", (text, slug) => {
    expect(slugify(text.normalize("NFC"))).toBe(slug);
    expect(slugify(nfd(text))).toBe(slug);
  });

  it("should test decomposed text that differs from the composed (else the table proves nothing)", () => {
    expect(nfd("Ägypten")).not.toBe("Ägypten".normalize("NFC"));
    expect(nfd("Ägypten")).toHaveLength("Ägypten".normalize("NFC").length + 1);
  });
});
