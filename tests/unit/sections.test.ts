import { describe, expect, it } from "vitest";
import { DERIVED_SECTIONS, siteSections } from "../../src/lib/sections.ts";

describe("siteSections", () => {
  it("should keep the sections a newsroom names, in its order, with their URL segments", () => {
    const topics = [["Sport"], ["Sport"], ["Kultur"]];
    expect(siteSections(["Außenpolitik", "Sport"], topics)).toEqual([
      { name: "Außenpolitik", slug: "aussenpolitik" },
      { name: "Sport", slug: "sport" },
    ]);
  });

  it("should derive the most used topics of the newest articles, ties to the newest use", () => {
    const topics = [["Kultur"], ["Sport", "Wetter"], ["Sport"], ["Wetter", "wetter"], ["Kultur"]];
    expect(siteSections(undefined, topics).map(({ name }) => name)).toEqual(["Kultur", "Sport", "Wetter"]);
  });

  it("should derive at most five sections, from the newest hundred articles only", () => {
    const newest = Array.from({ length: 100 }, (_, n) => [`Thema ${n % 7}`]);
    const older = Array.from({ length: 500 }, () => ["Alt"]);
    const sections = siteSections(undefined, [...newest, ...older]);
    expect(sections).toHaveLength(DERIVED_SECTIONS);
    expect(sections.map(({ slug }) => slug)).not.toContain("alt");
  });
});
