import { describe, expect, it } from "vitest";
import { checkTopics } from "../../src/check/check-topics.ts";
import { formatProblem } from "../../src/lib/problem.ts";
import { topicCollisions } from "../../src/lib/topic-slug.ts";

describe("topicCollisions", () => {
  it("should report each later spelling that shares a slug with the first", () => {
    const collisions = topicCollisions([
      { file: "a.md", topic: "Gaza-Krieg" },
      { file: "b.md", topic: "Gaza Krieg" },
      { file: "c.md", topic: "Gaza-Krieg" },
      { file: "d.md", topic: "gaza krieg" },
      { file: "e.md", topic: "Nahost" },
    ]);
    expect(collisions.map(({ slug, first, other }) => [slug, first.file, other.file, other.topic])).toEqual([
      ["gaza-krieg", "a.md", "b.md", "Gaza Krieg"],
      ["gaza-krieg", "a.md", "d.md", "gaza krieg"],
    ]);
  });

  it("should find nothing when every topic is written one way", () => {
    expect(
      topicCollisions([
        { file: "a.md", topic: "EU" },
        { file: "b.md", topic: "EU" },
      ]),
    ).toEqual([]);
  });
});

describe("checkTopics", () => {
  it("should report colliding spellings and topics without a URL at their line", () => {
    const problems = checkTopics([
      { file: "a.md", line: 6, topic: "Außenpolitik" },
      { file: "b.md", line: 7, topic: "Aussenpolitik" },
      { file: "c.md", line: 5, topic: "Россия" },
    ]).map(formatProblem);
    expect(problems).toEqual([
      'c.md:5: topics: "Россия" has no letters or digits for its URL: write it in Latin letters',
      'b.md:7: topics: "Aussenpolitik" and "Außenpolitik" (a.md) would share /themen/aussenpolitik/: write the topic the same way in every article',
    ]);
  });
});
