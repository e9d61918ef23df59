/**
 * The front page's hierarchy, as a news front sets it: one lead story, the newest
 * stories under it, and sections for the topics the newest stories gather in. Every
 * story stands on the front at most once, and the front reads only the newest stories,
 * so publishing one changes the front alone.
 */
import { PAGE_SIZE } from "./pagination.ts";

/** What the front needs to know of a story. */
export interface FrontStory {
  id: string;
  /** The topics' URL segments, in the story's own order. */
  topics: readonly string[];
  /** Marked as the lead story by an editor. */
  lead: boolean;
}

/** A topic's section: its segment and its stories, newest first. */
export interface FrontSection<Story> {
  topic: string;
  stories: Story[];
}

export interface Front<Story> {
  lead: Story | undefined;
  /** The newest stories after the lead that no section shows, newest first. */
  latest: Story[];
  sections: FrontSection<Story>[];
}

export interface FrontOptions {
  /** How many of the newest stories the front draws on. */
  pool?: number;
  /** How many of the newest stories stand on the front whatever the sections take. */
  newest?: number;
  /** How many stories after the lead always open the list, never drawn into a section. */
  fresh?: number;
  /** The stories a topic needs, not yet placed, to have a section. */
  sectionMinimum?: number;
  /** The most headlines a section shows. */
  sectionSize?: number;
  /** The most sections on the front. */
  sections?: number;
}

const defaults: Required<FrontOptions> = {
  pool: 2 * PAGE_SIZE,
  newest: PAGE_SIZE,
  fresh: 4,
  sectionMinimum: 3,
  sectionSize: 4,
  sections: 4,
};

/**
 * Lay out the front from `stories`, newest first.
 *
 * @example
 * frontPage([{ id: "b", topics: [], lead: false }, { id: "a", topics: [], lead: true }])
 * // { lead: { id: "a", … }, latest: [{ id: "b", … }], sections: [] }
 */
export function frontPage<Story extends FrontStory>(
  stories: readonly Story[],
  options: FrontOptions = {},
): Front<Story> {
  const settings = { ...defaults, ...options };
  const pool = stories.slice(0, settings.pool);
  // An old mark lapses once its story has left the stories the front draws on.
  const lead = pool.find((story) => story.lead) ?? pool[0];
  const rest = pool.filter((story) => story !== lead);
  const fresh = new Set(rest.slice(0, settings.fresh));
  const placed = new Set<Story>();
  const sections: FrontSection<Story>[] = [];
  for (const topic of topicsByNewest(rest)) {
    if (sections.length === settings.sections) break;
    const open = rest.filter(
      (story) => story.topics.includes(topic) && !fresh.has(story) && !placed.has(story),
    );
    if (open.length < settings.sectionMinimum) continue;
    const shown = open.slice(0, settings.sectionSize);
    for (const story of shown) placed.add(story);
    sections.push({ topic, stories: shown });
  }
  const newest = stories.slice(0, settings.newest);
  const latest = newest.filter((story) => story !== lead && !placed.has(story));
  return { lead, latest, sections };
}

/** Each topic once, the one with the newest story first. */
function topicsByNewest(stories: readonly FrontStory[]): string[] {
  return [...new Set(stories.flatMap((story) => story.topics))];
}
