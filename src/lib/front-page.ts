/**
 * The front page's hierarchy, as a news front sets it: one lead story, the newest
 * stories in a grid under it, a container for each section with its newest stories,
 * and the rest of the newest stories as a list of headlines. Every one of the newest
 * stories stands on the front, none twice, and the front reads only the newest
 * stories, so publishing one changes the front alone.
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

/** A section's container: its topic's segment and its stories, newest first. */
export interface FrontSection<Story> {
  topic: string;
  stories: Story[];
}

export interface Front<Story> {
  lead: Story | undefined;
  /** The newest stories after the lead, for the grid under it. */
  top: Story[];
  /** The sections that have stories not shown above, in the navigation's order. */
  sections: FrontSection<Story>[];
  /** The newest stories no other part shows, newest first. */
  latest: Story[];
}

export interface FrontOptions {
  /** How many of the newest stories the front draws on. */
  pool?: number;
  /** How many of the newest stories stand on the front, whatever else it shows. */
  newest?: number;
  /** How many stories the grid under the lead holds: two rows of three on a desktop. */
  top?: number;
  /** The most stories a section's container shows. */
  sectionSize?: number;
}

/** How many of the newest stories the front draws on, unless told otherwise. */
export const FRONT_POOL = 5 * PAGE_SIZE;

const defaults: Required<FrontOptions> = {
  pool: FRONT_POOL,
  newest: PAGE_SIZE,
  top: 6,
  sectionSize: 4,
};

/**
 * Lay out the front from `stories`, newest first, and the site's `sections` (topic
 * segments, in the navigation's order).
 *
 * @example
 * frontPage([{ id: "b", topics: [], lead: false }, { id: "a", topics: [], lead: true }], [])
 * // { lead: { id: "a", … }, top: [{ id: "b", … }], sections: [], latest: [] }
 */
export function frontPage<Story extends FrontStory>(
  stories: readonly Story[],
  sections: readonly string[],
  options: FrontOptions = {},
): Front<Story> {
  const settings = { ...defaults, ...options };
  const pool = stories.slice(0, settings.pool);
  // An old mark lapses once its story has left the stories the front draws on.
  const lead = pool.find((story) => story.lead) ?? pool[0];
  const rest = pool.filter((story) => story !== lead);
  const top = rest.slice(0, settings.top);
  const placed = new Set<Story>(top);
  const containers: FrontSection<Story>[] = [];
  for (const topic of sections) {
    const open = rest.filter((story) => story.topics.includes(topic) && !placed.has(story));
    const shown = open.slice(0, settings.sectionSize);
    if (shown.length === 0) continue;
    for (const story of shown) placed.add(story);
    containers.push({ topic, stories: shown });
  }
  const latest = stories.slice(0, settings.newest).filter((story) => story !== lead && !placed.has(story));
  return { lead, top, sections: containers, latest };
}
