import { describe, expect, it } from "vitest";
import { DERIVED_SECTIONS, derivedSections, namedSections } from "../../src/lib/sections.ts";

describe("namedSections", () => {
  it("should keep the sections a newsroom names, in its order, with their URL segments", () => {
    expect(namedSections(["Außenpolitik", "Sport"])).toEqual([
      { name: "Außenpolitik", slug: "aussenpolitik" },
      { name: "Sport", slug: "sport" },
    ]);
  });
});

describe("derivedSections", () => {
  it("should take the most used topics of the newest articles, ties to the newest use", () => {
    const topics = [["Kultur"], ["Sport", "Wetter"], ["Sport"], ["Wetter", "wetter"], ["Kultur"]];
    expect(derivedSections(topics).map(({ name }) => name)).toEqual(["Kultur", "Sport", "Wetter"]);
  });

  it("should derive at most five sections, from the newest hundred articles only", () => {
    const newest = Array.from({ length: 100 }, (_, n) => [`Thema ${n % 7}`]);
    const older = Array.from({ length: 500 }, () => ["Alt"]);
    const sections = derivedSections([...newest, ...older]);
    expect(sections).toHaveLength(DERIVED_SECTIONS);
    expect(sections.map(({ slug }) => slug)).not.toContain("alt");
  });
});
