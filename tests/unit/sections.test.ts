import { describe, expect, it } from "vitest";
import { DERIVED_SECTIONS, derivedSections, namedSections, siteSectionList } from "../../src/lib/sections.ts";

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

describe("siteSectionList", () => {
  const newest = () => [["Kultur"], ["Sport", "Kultur"]];

  it("should take the sections the settings name, whatever the articles' topics", () => {
    expect(siteSectionList({ sections: ["Politik"], demo: false }, newest)).toEqual(
      namedSections(["Politik"]),
    );
  });

  it("should derive the demo's sections from its newest articles, and give a newsroom that names none none", () => {
    expect(siteSectionList({ demo: true }, newest)).toEqual(derivedSections(newest()));
    expect(siteSectionList({ demo: false }, newest)).toEqual([]);
  });
});
