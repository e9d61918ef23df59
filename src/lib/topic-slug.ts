import { slugify } from "./slug.ts";

/** Where a topic is used: the article file and the topic as written there. */
export interface TopicUse {
  file: string;
  topic: string;
}

/** Two spellings that would share one topic page. */
export interface TopicCollision<U extends TopicUse = TopicUse> {
  slug: string;
  /** The spelling seen first, in file order. */
  first: U;
  /** A later, different spelling with the same slug. */
  other: U;
}

/**
 * Spellings that differ but share a slug ("Gaza-Krieg", "Gaza Krieg", "gaza krieg"):
 * merged silently they would put two topics on one page, so each later spelling is
 * reported against the first. Topics without a slug are reported by the check.
 *
 * @example topicCollisions([{ file: "a.md", topic: "EU" }, { file: "b.md", topic: "eu" }])
 * // [{ slug: "eu", first: { file: "a.md", topic: "EU" }, other: { file: "b.md", topic: "eu" } }]
 */
export function topicCollisions<U extends TopicUse>(uses: Iterable<U>): TopicCollision<U>[] {
  const firstBySlug = new Map<string, U>();
  const collisions: TopicCollision<U>[] = [];
  for (const use of uses) {
    const slug = slugify(use.topic);
    if (!slug) continue;
    const first = firstBySlug.get(slug);
    if (!first) firstBySlug.set(slug, use);
    else if (first.topic !== use.topic) collisions.push({ slug, first, other: use });
  }
  return collisions;
}
