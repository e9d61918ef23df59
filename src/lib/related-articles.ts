/** What relating articles needs to know of one. */
export interface Relatable {
  id: string;
  /** Topic slugs. */
  topics: readonly string[];
  /** Publication time in milliseconds. */
  time: number;
}

/**
 * Earlier articles weighed per topic. Bounding the candidates keeps 10,000 articles in
 * one big topic linear instead of quadratic.
 */
const NEIGHBOURS = 10;

/**
 * For every article, up to `limit` earlier ones that share a topic with it: those
 * sharing the most topics first, then those published closest before it, then by id.
 * Only earlier articles count, so a new story never changes an older article's page;
 * only the nearest earlier ones in each topic are candidates.
 *
 * @example relatedArticles([{ id: "a", topics: ["eu"], time: 2 }, { id: "b", topics: ["eu"], time: 1 }]).get("a")
 * // [{ id: "b", topics: ["eu"], time: 1 }]
 */
export function relatedArticles<T extends Relatable>(articles: readonly T[], limit = 3): Map<string, T[]> {
  const byTopic = new Map<string, T[]>();
  for (const article of [...articles].sort((a, b) => a.time - b.time || a.id.localeCompare(b.id))) {
    for (const topic of new Set(article.topics)) {
      const list = byTopic.get(topic) ?? [];
      list.push(article);
      byTopic.set(topic, list);
    }
  }
  const position = new Map<string, Map<string, number>>();
  for (const [topic, list] of byTopic) {
    list.forEach((article, index) => {
      const positions = position.get(article.id) ?? new Map<string, number>();
      positions.set(topic, index);
      position.set(article.id, positions);
    });
  }

  const related = new Map<string, T[]>();
  for (const article of articles) {
    const topics = new Set(article.topics);
    const candidates = new Set<T>();
    for (const topic of topics) {
      const list = byTopic.get(topic) ?? [];
      const index = position.get(article.id)?.get(topic) ?? 0;
      for (const other of list.slice(Math.max(0, index - NEIGHBOURS), index)) candidates.add(other);
    }
    const shared = (other: T) => other.topics.filter((topic) => topics.has(topic)).length;
    const ranked = [...candidates]
      .map((other) => ({ other, shared: shared(other), distance: Math.abs(other.time - article.time) }))
      .sort((a, b) => b.shared - a.shared || a.distance - b.distance || a.other.id.localeCompare(b.other.id));
    related.set(
      article.id,
      ranked.slice(0, limit).map(({ other }) => other),
    );
  }
  return related;
}
