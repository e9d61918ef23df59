import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic, type StaticServer } from "../../tools/static-server.ts";

describe("the test static server", () => {
  let server: StaticServer;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), "kiosk-static-"));
    await mkdir(join(dir, "artikel/a"), { recursive: true });
    await writeFile(join(dir, "artikel/a/index.html"), "<p>a</p>");
    await writeFile(join(dir, "404.html"), "<p>weg</p>");
    server = await serveStatic(dir, "/nachrichten/");
  });
  afterAll(() => server.close());

  it("should serve folders with the slash under the base, and 404.html otherwise", async () => {
    const status = async (path: string) => (await fetch(`${server.origin}${path}`)).status;
    expect(await status("/nachrichten/artikel/a/")).toBe(200);
    expect(await status("/nachrichten/artikel/a")).toBe(404);
    expect(await status("/artikel/a/")).toBe(404);
    expect(await status("/nachrichten/../404.html")).toBe(404);
    expect(await (await fetch(`${server.url}fehlt/`)).text()).toBe("<p>weg</p>");
  });

  it("should answer an address that does not decode with 400, and go on serving", async () => {
    // %E0 opens a three-byte UTF-8 character that never comes; %zz is no escape at all.
    for (const path of ["/%E0", "/nachrichten/%E0", "/nachrichten/%zz"]) {
      // Without an answer the request would wait for the test's timeout.
      const response = await fetch(`${server.origin}${path}`, { signal: AbortSignal.timeout(5_000) });
      expect(response.status, path).toBe(400);
    }
    expect(server.requests.at(-1)).toEqual({ path: "/nachrichten/%zz", status: 400 });
    expect((await fetch(`${server.url}artikel/a/`)).status).toBe(200);
  });
});
