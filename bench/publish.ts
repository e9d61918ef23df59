/**
 * `npm run bench -- --publish`: after clean builds of both sites, the changes a newsroom
 * publishes all day, each timed until the new `dist/` is in place: an article added (on
 * the newest day), an old article's text edited, an old article's topics changed, an old
 * article deleted. Kiosk publishes incrementally; the bare Astro site rebuilds. Kiosk's
 * pages are live when its `dist/` is replaced the first time; its search index is current
 * when the build has ended, and after each added article the search bundles are read to
 * see whether search finds it.
 */
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { median } from "../src/lib/median.ts";
import { benchSlug } from "./generate-articles.ts";
import type { Measured } from "./measure.ts";

interface Change {
  /** What `--change` calls it. */
  key: string;
  name: string;
  /** Make the change for run `run` (1-based). */
  apply: (run: number) => Promise<string | undefined>;
}

export interface PublishBench {
  content: string;
  articles: number;
  runs: number;
  kiosk: () => Promise<Measured>;
  /** The bare site's rebuild; none with `--kiosk-only`. */
  bare: (() => Promise<Measured>) | undefined;
  kioskDist: string;
  /** The keys of the changes to run; every change when empty. */
  only: readonly string[];
}

const MB = 1024 * 1024;

/** The changes, each on its own articles so that every run publishes something new. */
function allChanges(content: string, articles: number): Change[] {
  const file = (n: number) => join(content, `${benchSlug(n)}.md`);
  const edit = async (n: number, change: (text: string) => string) =>
    writeFile(file(n), change(await readFile(file(n), "utf8")));
  return [
    {
      key: "add",
      name: "add one article",
      apply: async (run) => {
        const newest = await readFile(file(1), "utf8");
        const date = new Date(Date.parse(/^date: (.*)$/m.exec(newest)![1]!) + run * 60_000);
        const slug = `eilmeldung-${run}`;
        const text = newest
          .replace(/^title: .*$/m, `title: "Eilmeldung ${run}: Hafen nach Havarie gesperrt"`)
          .replace(/^date: .*$/m, `date: ${date.toISOString()}`);
        await writeFile(join(content, `${slug}.md`), text);
        return slug;
      },
    },
    {
      key: "edit",
      name: "edit one article's text",
      apply: async (run) => {
        await edit(
          Math.ceil(articles / 2),
          (text) => `${text}\nNachtrag ${run}: Die Meldung wurde ergänzt.\n`,
        );
        return undefined;
      },
    },
    {
      key: "topics",
      name: "change one article's topics",
      apply: async (run) => {
        await edit(Math.ceil(articles / 3), (text) =>
          text.replace(/^topics:\n {2}- .*$/m, `topics:\n  - ${run % 2 ? "Seefahrt" : "Häfen"}`),
        );
        return undefined;
      },
    },
    {
      key: "delete",
      name: "delete one article",
      apply: async (run) => {
        await rm(file(articles - run));
        return undefined;
      },
    },
  ];
}

/** Whether any search bundle of the site holds the page of `slug`. */
async function searchFinds(dist: string, slug: string): Promise<boolean> {
  const wanted = `/artikel/${slug}/"`;
  const entries = await readdir(join(dist, "pagefind"), { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !entry.parentPath.endsWith("fragment")) continue;
    const fragment = gunzipSync(await readFile(join(entry.parentPath, entry.name))).toString("utf8");
    if (fragment.includes(wanted)) return true;
  }
  return false;
}

/** The keys `--change` takes. */
export const CHANGE_KEYS = allChanges("", 0).map(({ key }) => key);

/** Run each change `runs` times on both sites and print one row a change. */
export async function benchPublish({
  content,
  articles,
  runs,
  kiosk,
  bare,
  kioskDist,
  only,
}: PublishBench): Promise<string> {
  const changes = allChanges(content, articles).filter(({ key }) => only.length === 0 || only.includes(key));
  const rows = [
    [
      "change",
      "Kiosk live",
      "Kiosk search current",
      "Kiosk peak RSS",
      "bare Astro",
      "bare peak RSS",
      "Kiosk live/bare",
      "Kiosk live, runs (s)",
    ],
    ["---", "---:", "---:", "---:", "---:", "---:", "---:", "---"],
  ];
  const notes: string[] = [];
  for (const change of changes) {
    const kioskRuns: Measured[] = [];
    const bareRuns: Measured[] = [];
    for (let run = 1; run <= runs; run++) {
      const added = await change.apply(run);
      kioskRuns.push(await kiosk());
      if (added && !(await searchFinds(kioskDist, added)))
        notes.push(`run ${run}: search did not find ${added} once its publish was done`);
      if (bare) bareRuns.push(await bare());
      const { liveSeconds, seconds, peakRss } = kioskRuns.at(-1)!;
      console.log(
        `${change.name}, run ${run}: Kiosk live ${liveSeconds.toFixed(2)} s, search current ${seconds.toFixed(2)} s, peak ${(peakRss / MB).toFixed(0)} MB${bare ? `, bare Astro ${bareRuns.at(-1)!.seconds.toFixed(2)} s` : ""}`,
      );
    }
    const k = median(kioskRuns.map(({ liveSeconds }) => liveSeconds));
    const searched = median(kioskRuns.map(({ seconds }) => seconds));
    // None with --kiosk-only.
    const b = bareRuns.length > 0 ? median(bareRuns.map(({ seconds }) => seconds)) : undefined;
    const peak = (measured: Measured[]) =>
      `${(Math.max(...measured.map(({ peakRss }) => peakRss)) / MB).toFixed(0)} MB`;
    rows.push([
      change.name,
      `${k.toFixed(2)} s`,
      `${searched.toFixed(2)} s`,
      peak(kioskRuns),
      b === undefined ? "–" : `${b.toFixed(2)} s`,
      b === undefined ? "–" : peak(bareRuns),
      b === undefined ? "–" : (k / b).toFixed(2),
      kioskRuns.map(({ liveSeconds }) => liveSeconds.toFixed(2)).join(", "),
    ]);
  }
  const searched =
    notes.length === 0
      ? "Search found every added article once its build had ended (column: search current)."
      : notes.join("\n");
  return `${rows.map((cells) => `| ${cells.join(" | ")} |`).join("\n")}\n\n${articles} articles, ${runs} runs a change, medians.\n${searched}`;
}
