/** German letters that Unicode decomposition would only strip: ä is written ae, not a. */
const GERMAN_LETTERS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/**
 * The URL segment of a topic: German umlauts and ß spelled out, other accents dropped,
 * lower case, runs of anything else one hyphen. Empty when nothing is left (a topic
 * of only symbols or non-Latin script), which the article check reports.
 *
 * @example topicSlug("Gaza-Krieg") // "gaza-krieg"
 * @example topicSlug("Außenpolitik & Sicherheit") // "aussenpolitik-sicherheit"
 * @example topicSlug("Côte d’Ivoire") // "cote-d-ivoire"
 */
export function topicSlug(topic: string): string {
  return topic
    .normalize("NFC")
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => GERMAN_LETTERS[letter] ?? letter)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

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
    const slug = topicSlug(use.topic);
    if (!slug) continue;
    const first = firstBySlug.get(slug);
    if (!first) firstBySlug.set(slug, use);
    else if (first.topic !== use.topic) collisions.push({ slug, first, other: use });
  }
  return collisions;
}
