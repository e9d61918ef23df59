import { slugify } from "../lib/slug.ts";
import { topicCollisions, type TopicUse } from "../lib/topic-slug.ts";
import type { Problem } from "../lib/problem.ts";

/** A topic as one article lists it, with the line of its `topics` field. */
export interface TopicLine extends TopicUse {
  line: number;
}

/**
 * Topics that cannot have a page of their own: no letters or digits for the URL, or a
 * spelling that differs from another topic's but gives the same URL.
 */
export function checkTopics(uses: readonly TopicLine[]): Problem[] {
  const problem = (use: TopicLine, message: string): Problem => ({
    file: use.file,
    line: use.line,
    field: "topics",
    message,
    severity: "error",
  });
  const problems = uses
    .filter((use) => !slugify(use.topic))
    .map((use) =>
      problem(use, `"${use.topic}" has no letters or digits for its URL: write it in Latin letters`),
    );
  for (const { slug, first, other } of topicCollisions(uses)) {
    problems.push(
      problem(
        other,
        `"${other.topic}" and "${first.topic}" (${first.file}) would share /themen/${slug}/: write the topic the same way in every article`,
      ),
    );
  }
  return problems;
}
