import { describe, expect, it } from "vitest";
import { withoutReusedPages } from "../../build/astro-output.ts";

/** What Astro writes for one page: its file first, then how it was made (plain). */
const page = (path: string, end: string) => [`13:49:26   ├─ ${path}`, `${end}\n`];
/** The same in colour, as Astro writes it to a terminal or with FORCE_COLOR. */
const colouredPage = (path: string, end: string) => [
  `\x1b[2m13:49:26\x1b[22m   \x1b[32m├─\x1b[39m \x1b[2m${path}\x1b[22m`,
  ` \x1b[32m${end}\x1b[39m\n`,
];

/** Astro's output given to the filter in `pieces`, as a pipe may cut it. */
function shown(...pieces: string[]): { out: string; summary: string | undefined } {
  const filter = withoutReusedPages();
  const out = pieces.map((piece) => filter.write(piece)).join("") + filter.end();
  return { out, summary: filter.summary() };
}

describe("Astro's output without the lines of reused pages", () => {
  it("should leave out reused pages, in colour or not, and count them in one line", () => {
    const { out, summary } = shown(
      "generating static routes\n",
      ...colouredPage("/artikel/a/index.html", "(cached)"),
      ...page("/artikel/b/index.html", " (cached)"),
      "✓ Completed in 1.2s.\n",
    );
    expect(out).toBe("generating static routes\n✓ Completed in 1.2s.\n");
    expect(summary).toBe("2 unchanged pages reused");
  });

  it("should keep the lines of rendered and restored pages whole, and every other line", () => {
    const rendered = page("/index.html", " (+21ms) ");
    const restored = colouredPage("/artikel/c/index.html", "(restored)");
    const other = ["[build] Complete!\n", "\x1b[32m✓ Completed in 20ms.\x1b[39m\n", "\n"];
    const { out, summary } = shown(...rendered, ...restored, ...other);
    expect(out).toBe([...rendered, ...restored, ...other].join(""));
    expect(summary).toBeUndefined();
  });

  it("should find a line however the pipe cuts it", () => {
    const text = [
      ...page("/artikel/a/index.html", " (cached)"),
      ...page("/artikel/b/index.html", " (+3ms) "),
      ...page("/artikel/c/index.html", " (cached)"),
    ].join("");
    for (const size of [1, 2, 7, 40]) {
      const pieces = Array.from({ length: Math.ceil(text.length / size) }, (_, n) =>
        text.slice(n * size, (n + 1) * size),
      );
      expect(shown(...pieces)).toMatchObject({
        out: "13:49:26   ├─ /artikel/b/index.html (+3ms) \n",
        summary: "2 unchanged pages reused",
      });
    }
  });

  it("should show a last line Astro did not end once its output has ended", () => {
    const { out } = shown("[build] building\n", "13:49:26   ├─ /artikel/d/index.html");
    expect(out).toBe("[build] building\n13:49:26   ├─ /artikel/d/index.html");
  });

  it("should keep lines that only mention a reused page", () => {
    const lines = [
      "13:49:26 [WARN] page ├─ /a (cached) was removed\n",
      "13:49:26 [build] 3 pages (cached)\n",
    ];
    expect(shown(...lines)).toMatchObject({ out: lines.join(""), summary: undefined });
  });

  it("should count thousands as the operator reads them", () => {
    const pieces = Array.from({ length: 1200 }, (_, n) =>
      page(`/artikel/${n}/index.html`, " (cached)"),
    ).flat();
    expect(shown(...pieces)).toMatchObject({ out: "", summary: "1,200 unchanged pages reused" });
    expect(shown(...page("/index.html", " (cached)")).summary).toBe("1 unchanged page reused");
  });
});
