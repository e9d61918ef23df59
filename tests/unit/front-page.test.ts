import { describe, expect, it } from "vitest";
import { frontPage, type FrontStory } from "../../src/lib/front-page.ts";

/** `count` stories, newest first: story n has topics `topicOf(n)`, none marked. */
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
  ...ids(front.top),
  ...front.sections.flatMap((section) => ids(section.stories)),
  ...ids(front.latest),
];

describe("frontPage", () => {
  it("should lead with the newest story and put the next ones in the grid", () => {
    const front = frontPage(stories(3), []);
    expect(front.lead?.id).toBe("s1");
    expect(ids(front.top)).toEqual(["s2", "s3"]);
    expect(front.sections).toEqual([]);
    expect(front.latest).toEqual([]);
  });

  it("should lead with the newest marked story, and let a mark lapse beyond the pool", () => {
    const list = stories(120);
    list[5]!.lead = true;
    list[9]!.lead = true;
    expect(frontPage(list, []).lead?.id).toBe("s6");
    const old = stories(120);
    old[110]!.lead = true;
    expect(frontPage(old, []).lead?.id).toBe("s1");
  });

  it("should have nothing to show without stories", () => {
    expect(frontPage([], ["politik"])).toEqual({ lead: undefined, top: [], sections: [], latest: [] });
  });

  it("should show each of the newest twenty stories once, and no story twice", () => {
    const front = frontPage(
      stories(300, (n) => [`t${n % 7}`, ...(n % 2 ? ["odd"] : [])]),
      ["t1", "t2", "t3", "odd"],
    );
    const all = shown(front);
    expect(new Set(all).size).toBe(all.length);
    for (let n = 1; n <= 20; n++) expect(all, `s${n}`).toContain(`s${n}`);
    expect(all.every((id) => Number(id.slice(1)) <= 100)).toBe(true);
  });

  it("should fill each section's container with its newest stories not already shown, in the sections' order", () => {
    const topicOf = (n: number) => (n % 2 ? ["sport"] : ["kultur"]);
    const front = frontPage(stories(30, topicOf), ["kultur", "politik", "sport"]);
    expect(ids(front.top)).toEqual(["s2", "s3", "s4", "s5", "s6", "s7"]);
    expect(front.sections.map((section) => [section.topic, ids(section.stories)])).toEqual([
      ["kultur", ["s8", "s10", "s12", "s14"]],
      ["sport", ["s9", "s11", "s13", "s15"]],
    ]);
  });

  it("should list the newest stories no other part shows, newest first", () => {
    const topicOf = (n: number) => (n > 12 && n % 3 === 0 ? ["wirtschaft"] : []);
    const front = frontPage(stories(40, topicOf), ["wirtschaft"]);
    expect(ids(front.sections[0]!.stories)).toEqual(["s15", "s18", "s21", "s24"]);
    expect(ids(front.latest)).toEqual([
      "s8",
      "s9",
      "s10",
      "s11",
      "s12",
      "s13",
      "s14",
      "s16",
      "s17",
      "s19",
      "s20",
    ]);
  });
});
