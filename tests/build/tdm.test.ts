/**
 * The reservation of text and data mining (§ 44b UrhG) as the built site states it:
 * `/.well-known/tdmrep.json` (W3C TDMRep), a `tdm-reservation` meta on every page and
 * `robots.txt` rules for AI-training crawlers; none of it where the settings allow mining.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { AI_CRAWLERS } from "../../src/data/ai-crawlers.ts";
import { copyProject } from "../../tools/project-copy.ts";
import { buildSite } from "../support/build-site.ts";
import { htmlFiles, readPage, selectAll } from "../support/html.ts";

/** The rules RFC 9309 gives `agent`: its group's, matched without case, else the `*` group's. */
function robotsRules(text: string, agent: string): string[] {
  const groups: { agents: string[]; rules: string[] }[] = [];
  let previous = "";
  for (const line of text.split("\n")) {
    const [, key = "", value = ""] = /^([\w-]+):\s*(.*)$/.exec(line.trim()) ?? [];
    const field = key.toLowerCase();
    if (field === "user-agent") {
      if (previous !== "user-agent") groups.push({ agents: [], rules: [] });
      groups.at(-1)!.agents.push(value.toLowerCase());
    } else if (field === "allow" || field === "disallow") groups.at(-1)!.rules.push(`${key}: ${value}`);
    if (field) previous = field;
  }
  const named = groups.filter(({ agents }) => agents.includes(agent.toLowerCase()));
  const chosen = named.length > 0 ? named : groups.filter(({ agents }) => agents.includes("*"));
  return chosen.flatMap(({ rules }) => rules);
}

/** The `tdm-*` meta elements of every HTML page of `dist`, by page. */
async function tdmMetaByPage(dist: string): Promise<Map<string, string[]>> {
  const pages = new Map<string, string[]>();
  for (const file of await htmlFiles(dist)) {
    const meta = selectAll('meta[name^="tdm-"]', await readPage(dist, file));
    pages.set(
      file,
      meta.map(({ properties }) => `${String(properties["name"])}=${String(properties["content"])}`),
    );
  }
  return pages;
}

describe.each([
  ["the publishing fixture, under /nachrichten/", "publishingDist", "/nachrichten/"],
  ["the demo without settings", "siteDist", "/"],
] as const)("mining reserved by default: %s", (_, site, base) => {
  const dist = inject(site);

  it("should reserve every path under the base path in /.well-known/tdmrep.json, as TDMRep's array of rules", async () => {
    const rules: unknown = JSON.parse(await readFile(join(dist, ".well-known/tdmrep.json"), "utf8"));
    expect(rules).toEqual([{ location: `${base}*`, "tdm-reservation": 1 }]);
  });

  it("should carry tdm-reservation=1 on every page, and no policy the settings do not name", async () => {
    const pages = await tdmMetaByPage(dist);
    expect(pages.size).toBeGreaterThan(5);
    for (const [file, meta] of pages) expect(meta, file).toEqual(["tdm-reservation=1"]);
  });

  it("should keep every listed AI crawler out of the site and let search engines and everyone else in, sitemaps named", async () => {
    const robots = await readFile(join(dist, "robots.txt"), "utf8");
    for (const crawler of AI_CRAWLERS)
      expect(robotsRules(robots, crawler), crawler).toEqual([`Disallow: ${base}`]);
    for (const agent of ["Googlebot", "Bingbot", "Applebot", "DuckDuckBot", "*"])
      expect(robotsRules(robots, agent), agent).toEqual(["Allow: /"]);
    expect(robots).toMatch(/^Sitemap: \S+\/sitemap-index\.xml$/m);
    expect(robots).toMatch(/^Sitemap: \S+\/news-sitemap\.xml$/m);
  });
});

describe("a newsroom that names a policy, then allows mining, publishing incrementally", () => {
  const POLICY = "https://testblatt.example/tdm-lizenz";
  const settings = (tdm: string) => `name: Testblatt
description: Nachrichten zum Testen.
${tdm}
legal:
  publisher: Testblatt GmbH
  address: Musterstraße 1, 12345 Musterstadt
  email: redaktion@testblatt.example
  responsible: Erika Muster
`;
  let root: string;
  let settingsFile: string;
  const build = async (tdm: string) => {
    await writeFile(settingsFile, settings(tdm));
    const env = { KIOSK_CONTENT_DIR: "tests/fixtures/articles-two", KIOSK_PUBLICATION: settingsFile };
    const { exitCode, output } = await buildSite(env, root);
    expect(exitCode, output).toBe(0);
    return join(root, "dist");
  };
  beforeAll(async () => {
    root = await copyProject();
    settingsFile = join(await mkdtemp(join(tmpdir(), "kiosk-tdm-")), "publication.yaml");
  });

  it("should name the policy in tdmrep.json and beside the reservation on every page, also when nothing changed since", async () => {
    for (const step of ["clean", "unchanged"]) {
      const dist = await build(`tdm: reserved\ntdmPolicy: ${POLICY}`);
      const rules: unknown = JSON.parse(await readFile(join(dist, ".well-known/tdmrep.json"), "utf8"));
      expect(rules, step).toEqual([{ location: "/*", "tdm-reservation": 1, "tdm-policy": POLICY }]);
      for (const [file, meta] of await tdmMetaByPage(dist))
        expect(meta, `${step}: ${file}`).toEqual(["tdm-reservation=1", `tdm-policy=${POLICY}`]);
    }
  }, 180_000);

  it("should then leave out the file, the meta and the crawler rules", async () => {
    const dist = await build("tdm: allowed");
    expect(existsSync(join(dist, ".well-known"))).toBe(false);
    for (const [file, meta] of await tdmMetaByPage(dist)) expect(meta, file).toEqual([]);
    const robots = await readFile(join(dist, "robots.txt"), "utf8");
    expect(robots).not.toMatch(/Disallow/);
    for (const crawler of AI_CRAWLERS) expect(robotsRules(robots, crawler), crawler).toEqual(["Allow: /"]);
  }, 120_000);
});
