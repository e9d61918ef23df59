/**
 * The Datenschutzerklärung at `/datenschutz/` and the Impressum's particulars, as the
 * settings make them: in English (the publication fixture), in German (a generated
 * newsroom, a GmbH), with the defaults (the demo) and as a newsroom's own page (the
 * publishing fixture's `pages/datenschutz.md`).
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { readPublicationFile } from "../../src/settings/load-publication.ts";
import { privacyStatement } from "../../src/settings/privacy-statement.ts";
import type { Publication } from "../../src/settings/publication.ts";
import { strings } from "../../src/interface/strings.ts";
import { ROOT } from "../../tools/project-copy.ts";
import { PUBLICATION } from "../support/global-setup.ts";
import { htmlFiles, readPage, select, selectAll, textOf, toString } from "../support/html.ts";
import { writeNewsroom } from "../support/newsroom.ts";

const harbour = inject("publicationDist");
const newsroom = inject("newsrooms")[0]!.dist;
const demo = inject("siteDist");
const publishing = inject("publishingDist");

/** The settings a build was made from. */
async function settingsOf(site: "harbour" | "newsroom"): Promise<Publication> {
  if (site === "harbour") return readPublicationFile(join(ROOT, PUBLICATION.KIOSK_PUBLICATION)).publication;
  const env = await writeNewsroom(await mkdtemp(join(tmpdir(), "kiosk-privacy-")), 0);
  return readPublicationFile(env["KIOSK_PUBLICATION"]!).publication;
}

/** One line of running text, as the page's words read. */
const words = (text: string) => text.replace(/\s+/g, " ").trim();

describe.each([
  { site: "harbour", dist: harbour, language: "en" },
  { site: "newsroom", dist: newsroom, language: "de" },
] as const)("the $site's Datenschutzerklärung made from its settings", ({ site, dist, language }) => {
  it("should say who is responsible, what the server logs, for how long, the host and the authority", async () => {
    const { legal, privacy } = await settingsOf(site);
    const page = await readPage(dist, "datenschutz/index.html");
    expect(select("html", page)!.properties["lang"]).toBe(language);
    const title = strings[language]["privacy.title"];
    expect(textOf(page, "h1").map(words)).toEqual([title]);
    // One h1, then h2s only: headings in order.
    expect(selectAll("h1", page)).toHaveLength(1);
    const headings = selectAll("h1, h2, h3, h4, h5, h6", select("main", page)!).map(({ tagName }) => tagName);
    expect(headings).toEqual(["h1", ...Array(headings.length - 1).fill("h2")]);
    const body = select("[data-kiosk=privacy]", page)!;
    const controller = words(textOf(body, "[data-kiosk=controller]").join(" "));
    for (const line of [legal.publisher, ...legal.address.split("\n"), legal.email])
      expect(controller).toContain(words(line));
    expect(selectAll("[data-kiosk=controller] a", body).map((a) => a.properties["href"])).toEqual([
      `mailto:${legal.email}`,
    ]);
    const statement = privacyStatement(privacy, language);
    expect(textOf(body, "h2").map(words)).toEqual([
      statement.controller.heading,
      ...statement.sections.map(({ heading }) => heading),
    ]);
    const text = words(textOf(body, "p").join(" "));
    expect(text).toContain(`${privacy.logRetentionDays} ${language === "de" ? "Tagen" : "days"}`);
    expect(text).toContain(words(privacy.host!.split("\n").join(", ")));
    expect(text).toContain(words(privacy.authority!));
    for (const paragraph of statement.sections.flatMap(({ paragraphs }) => paragraphs))
      expect(text).toContain(words(paragraph));
  });

  it("should show the company's particulars in the Impressum", async () => {
    const { legal } = await settingsOf(site);
    const impressum = select("[data-kiosk=impressum]", await readPage(dist, "impressum/index.html"))!;
    const particulars = textOf(impressum, "[data-kiosk=particulars]").map(words).join(" ");
    const t = strings[language];
    expect(particulars).toContain(
      `${t["impressum.managingDirectors"]}: ${legal.managingDirectors!.join(", ")}`,
    );
    expect(particulars).toContain(`${t["impressum.register"]}: ${legal.register}`);
    expect(particulars).toContain(`${words(t["impressum.vatId"])}: ${legal.vatId}`);
    if (legal.authority) {
      expect(textOf(impressum, "h2").map(words)).toContain(t["impressum.authority"]);
      expect(words(textOf(impressum, "p").join(" "))).toContain(words(legal.authority.split("\n").join(" ")));
    }
  });

  it("should be linked from every footer, beside the Impressum", async () => {
    for (const file of await htmlFiles(dist)) {
      const links = selectAll("body > footer a", await readPage(dist, file));
      const at = links.findIndex((a) => a.properties["href"] === "/datenschutz/");
      expect(at, file).toBeGreaterThan(0);
      expect(links[at - 1]!.properties["href"], file).toBe("/impressum/");
      expect(words(toString(links[at]!))).toBe(strings[language]["privacy.title"]);
    }
  });
});

describe("the demo's Datenschutzerklärung", () => {
  it("should keep the logs a week and name neither host nor authority when the settings do not", async () => {
    const page = await readPage(demo, "datenschutz/index.html");
    const text = words(textOf(page, "[data-kiosk=privacy] p").join(" "));
    expect(text).toContain("nach 7 Tagen gelöscht");
    expect(textOf(page, "[data-kiosk=privacy] h2").map(words)).not.toContain("Hosting");
    expect(text).toContain("etwa bei der Aufsichtsbehörde Ihres Wohnorts");
    expect(selectAll("[data-kiosk=particulars]", await readPage(demo, "impressum/index.html"))).toEqual([]);
  });
});

describe("a newsroom's own Datenschutzerklärung", () => {
  it("should replace the one made from the settings, under its own title in every footer", async () => {
    const page = await readPage(publishing, "datenschutz/index.html");
    expect(textOf(page, "h1").map(words)).toEqual(["Datenschutz bei der Hafenredaktion"]);
    expect(select("[data-kiosk=privacy]", page)).toBeUndefined();
    expect(words(textOf(page, "main p").join(" "))).toContain(
      "Unser Server speichert Zugriffe drei Tage lang.",
    );
    for (const file of ["index.html", "impressum/index.html", "korrekturen/index.html"]) {
      const links = selectAll("body > footer a", await readPage(publishing, file));
      const own = links.filter((a) => a.properties["href"] === "/nachrichten/datenschutz/");
      expect(
        own.map((a) => words(toString(a))),
        file,
      ).toEqual(["Datenschutz bei der Hafenredaktion"]);
    }
  });
});
