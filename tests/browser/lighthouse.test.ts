import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { AUDITED_PAGES, auditPages } from "../../cli/lighthouse-run.ts";
import {
  CHECKED_CATEGORIES,
  formatAuditTable,
  formatFailures,
  type PageAudit,
} from "../../cli/lighthouse-summary.ts";
import { serveStatic, type StaticServer } from "../../tools/static-server.ts";

/** The same run as `npm run audit`, on the global setup's build of the real site. */
describe("Lighthouse (mobile) on the real site", () => {
  let server: StaticServer;
  let pages: PageAudit[] = [];
  beforeAll(async () => {
    server = await serveStatic(inject("siteDist"), "/");
    pages = await auditPages(server.url);
    // Performance depends on the machine and on what runs beside it: printed, not asserted.
    console.log(`Lighthouse, mobile:\n${formatAuditTable(pages)}`);
  });
  afterAll(() => server?.close());

  it.each(AUDITED_PAGES.map((page) => page.name))(
    "should score 100 in accessibility, best practices and SEO on the %s page",
    (name) => {
      const page = pages.find((audited) => audited.name === name);
      expect(page, `no Lighthouse result for ${name}`).toBeDefined();
      expect(page!.failing, `failing audits:\n${formatFailures([page!])}`).toEqual([]);
      for (const category of CHECKED_CATEGORIES) expect(page!.scores[category], category).toBe(100);
    },
  );
});
