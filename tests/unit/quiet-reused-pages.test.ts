import { describe, expect, it } from "vitest";
import { withoutReusedPages } from "../../src/integrations/quiet-reused-pages.ts";

/** What Astro writes for one page: its path first, then whether it was reused. */
const page = (path: string, end: string) => [`13:49:26   ├─ ${path}`, end];

function written(...chunks: string[]): { out: string; reused: number } {
  let out = "";
  const filter = withoutReusedPages((chunk) => ((out += String(chunk)), true));
  for (const chunk of chunks) filter.write(chunk);
  return { out, reused: filter.reused() };
}

describe("Astro's output without the lines of reused pages", () => {
  it("should leave out reused pages, in colour or not, and count them", () => {
    const { out, reused } = written(
      "generating static routes\n",
      ...page("/artikel/a/index.html", " \x1b[32m(cached)\x1b[39m\n"),
      ...page("/artikel/b/index.html", " (cached)\n"),
      "✓ Completed in 1.2s.\n",
    );
    expect(out).toBe("generating static routes\n✓ Completed in 1.2s.\n");
    expect(reused).toBe(2);
  });

  it("should keep the lines of rendered and restored pages whole, and every other line", () => {
    const rendered = page("/index.html", " (+21ms) \n");
    const restored = page("/artikel/c/index.html", " \x1b[32m(restored)\x1b[39m\n");
    const { out, reused } = written(...rendered, ...restored, "[build] Complete!\n");
    expect(out).toBe([...rendered, ...restored, "[build] Complete!\n"].join(""));
    expect(reused).toBe(0);
  });
});
