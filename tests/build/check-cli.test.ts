import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runIn } from "../support/build-site.ts";
import { jpeg, png } from "../support/image-headers.ts";
import { ROOT } from "../../tools/project-copy.ts";

const FIXTURES = "tests/fixtures/check-problems";

/** One fixture file per problem the check knows, at the line where the editor must look. */
const EXPECTED = [
  "bild-fehlt.md:7: image.src: file ./fehlt.jpg does not exist",
  "bild-im-text-ausserhalb.md:10: image: ../articles-two/hafen-hamburg.jpg leads out of the folder",
  "bild-im-text-ausserhalb.md:12: image: ./karte%E0%A4%A.png is not a valid file address",
  "bild-ohne-alt.md:10: image: needs alt text",
  'doppelt.md:1: slug: "doppelt" is also the slug of tests/fixtures/check-problems/archiv/doppelt.md',
  "entwurf-gross.md:6: draft: must be true or false, written in lower case",
  "erfundenes-zitat.md:10: pullquote: quotes words that are not in the article text",
  "jahr-eins.md:4: date: 0001-01-01 is outside the dates Kiosk publishes: 1000-01-01 to 9999-12-31",
  "jahr-zehntausend.md:4: date: 9999-12-31T23:30:00-01:00 is outside the dates Kiosk publishes",
  "kein-utf8.md:8: file: is not valid UTF-8",
  // A comment line "# ---" does not end the frontmatter, for Astro or the check.
  "kommentar-im-kopf.md:6: source: is still a placeholder",
  "kommentar-im-kopf.md:10: link: links to the draft entwurf",
  'kommentar-im-kopf.md:7: authors: "niemand-bekannt" has no author file',
  "korrektur-ohne-text.md:8: corrections.0.text: must not be empty",
  "korrektur-vor-datum.md:9: corrections.1.date: must not be before the article's date",
  "leerer-text.md:7: body: is empty",
  "link-auf-entwurf.md:8: link: links to the draft entwurf",
  "ohne-titel.md:1: title: is required",
  "platzhalter-titel.md:2: title: is still a placeholder",
  "platzhalter-vorspann.md:3: dek: is still a placeholder",
  "steuerzeichen.md:2: title: holds the control character U+0007 at character 22: remove it",
  "titel-zu-lang.md:2: title: warning: is 119 characters long",
  "toter-link.md:8: link: links to an article that does not exist: /artikel/gibt-es-nicht/",
  'unbekannte-direktive.md:10: directive: unknown directive "::video"',
  "unmoegliches-datum.md:4: date: 2023-02-30 is not a day of the calendar",
  "unsicheres-html.md:10: html: <script> is not allowed",
  "update-vor-datum.md:6: updated: must not be before date",
  'wahr-als-dachzeile.md:6: dateline: is read by Astro as the boolean true, by the check as the text "True"',
  "wahr-als-dachzeile.md:7: topics.1: is read by Astro as the date 1989-11-09T00:00:00.000Z",
  "zeitzone-unmoeglich.md:4: date: +25:00 in 2024-04-08T10:00:00+25:00 is not a time zone offset",
  'zitat-als-zeile.md:10: pullquote: "::pullquote[…]" is not a pull quote: write :::pullquote{by="Bürgermeister"} on a line of its own',
  'zitat-im-satz.md:10: pullquote: ":pullquote[…]" is not a pull quote: write :::pullquote{by="Bürgermeister"}',
  'zitat-in-liste.md:10: pullquote: quotes words that are not in the article text: "Wir bauen bald eine Autobahn."',
];

function check(contentDir: string) {
  return runIn(ROOT, "npm", ["run", "--silent", "check"], { KIOSK_CONTENT_DIR: contentDir });
}

describe("npm run check", () => {
  it("should list each problem once, with file and line, then the count, and fail", async () => {
    const { exitCode, output } = await check(FIXTURES);
    const lines = output.trim().split("\n");
    expect(lines.at(-1)).toBe("32 errors, 1 warning");
    const problems = lines.slice(0, -1);
    expect(problems).toHaveLength(EXPECTED.length);
    for (const [index, expected] of EXPECTED.entries()) {
      expect(problems[index]).toContain(`${FIXTURES}/${expected}`);
    }
    expect(exitCode).toBe(1);
  });

  it("should print no problem and succeed on a clean collection", async () => {
    const { exitCode, output } = await check("tests/fixtures/articles-two");
    expect(output.trim()).toBe("0 errors, 0 warnings");
    expect(exitCode).toBe(0);
  });

  it("should refuse publication settings with a pale accent and a missing logo, and a page that takes a Kiosk address with a script in it, at their lines", async () => {
    const settings = "tests/fixtures/publication-refused/publication.yaml";
    const pages = "tests/fixtures/publication-refused/pages";
    const { exitCode, output } = await runIn(ROOT, "npm", ["run", "--silent", "check"], {
      KIOSK_CONTENT_DIR: "tests/fixtures/articles-two",
      KIOSK_PUBLICATION: settings,
    });
    expect(output.trim().split("\n")).toEqual([
      `${settings}:4: logo: file fehlt.svg does not exist beside ${settings}`,
      `${settings}:6: accent.light: #ff9f8f has a contrast of 1.93:1 on the light background #fdfcf9; text needs at least 4.5:1`,
      `${settings}:6: accent.light: #ff9f8f has a contrast of 1.68:1 on the sepia background #f4ecd8; text needs at least 4.5:1`,
      `${pages}/suche.md:1: slug: /suche/ is one of Kiosk's own addresses: name the page otherwise`,
      `${pages}/suche.md:7: html: <script> is not allowed: raw HTML may only use <abbr>, <b>, <br>, <cite>, <em>, <i>, <mark>, <small>, <span>, <strong>, <sub>, <sup>, <time>; write everything else in Markdown`,
      "5 errors, 0 warnings",
    ]);
    expect(exitCode).toBe(1);
  });

  it("should refuse a logo that runs script, a photo linked from outside its folder and a lead image too large to draw, at their lines", async () => {
    const newsroom = mkdtempSync(join(tmpdir(), "kiosk-hostile-images-"));
    try {
      mkdirSync(join(newsroom, "authors"));
      mkdirSync(join(newsroom, "articles"));
      const settings = join(newsroom, "publication.yaml");
      writeFileSync(
        settings,
        "name: Der Bote\ndescription: Nachrichten.\nlanguage: de\nlogo: logo.svg\nlegal:\n  publisher: Bote GmbH\n  address: Hafen 1\n  email: desk@bote.example\n  responsible: Erika Muster\n",
      );
      writeFileSync(
        join(newsroom, "logo.svg"),
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:s="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n<rect width="10" height="10"/>\n<s:script>alert(document.domain)</s:script>\n</svg>\n',
      );
      writeFileSync(join(newsroom, "portrait.jpg"), jpeg(400, 400));
      symlinkSync("../portrait.jpg", join(newsroom, "authors", "anna.jpg"));
      writeFileSync(
        join(newsroom, "authors", "anna.md"),
        "---\nname: Anna Beispiel\nrole: Reporterin\nphoto:\n  src: ./anna.jpg\n  alt: Anna Beispiel\n---\n",
      );
      writeFileSync(join(newsroom, "articles", "riesig.png"), png(30_000, 30_000));
      writeFileSync(
        join(newsroom, "articles", "hafen.md"),
        "---\ntitle: Hafen\ndek: Ein Bild.\ndate: 2024-01-02\nauthors: [anna]\nimage:\n  src: ./riesig.png\n  alt: Der Hafen\n---\n\nText.\n",
      );
      const { exitCode, output } = await runIn(ROOT, "npm", ["run", "--silent", "check"], {
        KIOSK_CONTENT_DIR: join(newsroom, "articles"),
        KIOSK_PUBLICATION: settings,
      });
      const expected = [
        `${settings}:4: logo: logo.svg:3: <s:script> is not allowed in a logo`,
        `${newsroom}/articles/hafen.md:7: image.src: ./riesig.png declares 30000 × 30000 pixels`,
        `${newsroom}/authors/anna.md:5: photo.src: ./anna.jpg is a link to a file outside the folder`,
        "3 errors, 0 warnings",
      ];
      const lines = output.trim().split("\n");
      expect(lines.map((line, index) => line.slice(0, expected[index]?.length))).toEqual(expected);
      expect(exitCode).toBe(1);
    } finally {
      rmSync(newsroom, { recursive: true, force: true });
    }
  });

  it("should pass the publication fixture: its settings, pages and articles", async () => {
    const { exitCode, output } = await runIn(ROOT, "npm", ["run", "--silent", "check"], {
      KIOSK_CONTENT_DIR: "tests/fixtures/publication-harbour/articles",
      KIOSK_PUBLICATION: "tests/fixtures/publication-harbour/publication.yaml",
    });
    expect(output.trim()).toBe("0 errors, 0 warnings");
    expect(exitCode).toBe(0);
  });

  it("should pass the real articles", async () => {
    const { exitCode, output } = await check("content/articles");
    expect(output.trim()).toBe("0 errors, 0 warnings");
    expect(exitCode).toBe(0);
  });
});
