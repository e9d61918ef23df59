import { describe, expect, it } from "vitest";
import { frontPage, type FrontStory } from "../../src/lib/front-page.ts";

/** `count` stories, newest first: story n has topic `topicOf(n)`, none marked. */
function stories(count: number, topicOf: (n: number) => string[] = () => []): FrontStory[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `s${index + 1}`,
    topics: topicOf(index + 1),
    lead: false,
  }));
}

const ids = (list: readonly FrontStory[]) => list.map((story) => story.id);
const shown = (front: ReturnType<typeof frontPage<FrontStory>>) => [
  ...(front.lead ? [front.lead.id] : []),
  ...ids(front.latest),
  ...front.sections.flatMap((section) => ids(section.stories)),
];

describe("frontPage", () => {
  it("should lead with the newest story when none is marked", () => {
    const front = frontPage(stories(3));
    expect(front.lead?.id).toBe("s1");
    expect(ids(front.latest)).toEqual(["s2", "s3"]);
    expect(front.sections).toEqual([]);
  });

  it("should lead with the newest marked story, and let a mark lapse beyond the newest", () => {
    const list = stories(50);
    list[5]!.lead = true;
    list[9]!.lead = true;
    expect(frontPage(list).lead?.id).toBe("s6");
    const old = stories(50);
    old[45]!.lead = true;
    expect(frontPage(old).lead?.id).toBe("s1");
  });

  it("should have nothing to show without stories", () => {
    expect(frontPage([])).toEqual({ lead: undefined, latest: [], sections: [] });
  });

  it("should show each of the newest stories once, and no story twice", () => {
    const front = frontPage(stories(50, (n) => [`t${n % 3}`, ...(n % 2 ? ["odd"] : [])]));
    const all = shown(front);
    expect(new Set(all).size).toBe(all.length);
    for (let n = 1; n <= 20; n++) expect(all, `s${n}`).toContain(`s${n}`);
    expect(all.every((id) => Number(id.slice(1)) <= 40)).toBe(true);
  });

  it("should open the list with the freshest stories, never drawn into a section", () => {
    const front = frontPage(stories(30, () => ["Hafen"]));
    expect(ids(front.latest).slice(0, 4)).toEqual(["s2", "s3", "s4", "s5"]);
    expect(front.sections.map((section) => [section.topic, ids(section.stories)])).toEqual([
      ["Hafen", ["s6", "s7", "s8", "s9"]],
    ]);
  });

  it("should give a topic a section only with three stories not yet placed", () => {
    // s6 and s7 share a topic with nothing else; s8 to s10 have one of their own.
    const topicOf = (n: number) => (n === 6 || n === 7 ? ["zwei"] : n >= 8 && n <= 10 ? ["drei"] : []);
    const front = frontPage(stories(12, topicOf));
    expect(front.sections.map((section) => section.topic)).toEqual(["drei"]);
    expect(ids(front.latest)).toEqual(["s2", "s3", "s4", "s5", "s6", "s7", "s11", "s12"]);
  });

  it("should order the sections by their newest story and stop at the most allowed", () => {
    const topicOf = (n: number) => (n > 5 ? [`t${n % 6}`] : []);
    const front = frontPage(stories(40, topicOf));
    expect(front.sections.map((section) => section.topic)).toEqual(["t0", "t1", "t2", "t3"]);
    expect(front.sections.every((section) => section.stories.length <= 4)).toBe(true);
  });
});
