/**
 * The check's memory between runs: each article's facts (its own problems, topics,
 * authors, links) by its path and bytes, kept only while the checking code and the
 * packages it uses are the ones that found them. A newsroom's CI keeps the file with
 * Astro's cache folder; `npm run build -- --clean` removes both.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { pipelineFingerprint } from "../src/integrations/pipeline-fingerprint.ts";
import type { ArticleFacts } from "../src/check/check-article.ts";
import type { FactsCache } from "../src/check/check-collection.ts";

/** The module whose import closure is the check. */
const CHECK = "src/check/check-collection.ts";

interface Stored {
  fingerprint: string;
  facts: Record<string, ArticleFacts>;
}

/** The cache in `file`, for the check in the project at `root`; `save()` keeps what this run used. */
export function openFactsCache(file: string, root: string): FactsCache & { save(): void } {
  const fingerprint = pipelineFingerprint(root, CHECK);
  let stored: Stored = { fingerprint, facts: {} };
  try {
    const read = JSON.parse(readFileSync(file, "utf8")) as Stored;
    if (read.fingerprint === fingerprint) stored = read;
  } catch {
    // None yet, or unreadable: every article is checked.
  }
  const used: Record<string, ArticleFacts> = {};
  return {
    get: (key) => stored.facts[key],
    set: (key, facts) => {
      used[key] = facts;
    },
    save: () => {
      mkdirSync(dirname(file), { recursive: true });
      // Written aside and renamed, so a check stopped midway leaves the previous file whole.
      writeFileSync(`${file}.${process.pid}`, JSON.stringify({ fingerprint, facts: used }));
      renameSync(`${file}.${process.pid}`, file);
    },
  };
}
