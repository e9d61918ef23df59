import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../tools/project-copy.ts";
import { operatorConfig } from "../support/nginx-site-config.ts";

const edits = { port: 40123, root: "/tmp/kiosk-nginx-x/www", base: "/nachrichten/" };

describe("the operator's edits of deploy/nginx.conf for the nginx tests", () => {
  it("should change only listen, root and, under a path, error_page", async () => {
    const shipped = (await readFile(join(ROOT, "deploy/nginx.conf"), "utf8")).split("\n");
    const edited = operatorConfig(shipped.join("\n"), edits).split("\n");
    expect(shipped.filter((line) => !edited.includes(line)).map((line) => line.trim())).toEqual([
      "listen 80;",
      "listen [::]:80;",
      "root /srv/kiosk;",
      "error_page 404 /404.html;",
    ]);
    expect(edited.filter((line) => !shipped.includes(line))).toEqual([
      "    listen 127.0.0.1:40123;",
      "    root /tmp/kiosk-nginx-x/www;",
      "    error_page 404 /nachrichten/404.html;",
    ]);
  });

  it("should keep error_page at the root", async () => {
    const shipped = await readFile(join(ROOT, "deploy/nginx.conf"), "utf8");
    expect(operatorConfig(shipped, { ...edits, base: "/" })).toContain("    error_page 404 /404.html;\n");
  });

  it("should stop when a line to change is missing or doubled, rather than test another configuration", () => {
    const shipped = "server {\n    listen 80;\n    listen [::]:80;\n    root /srv/kiosk;\n}\n";
    expect(() => operatorConfig(shipped.replace("listen 80;", "listen 8080;"), edits)).toThrow(
      'deploy/nginx.conf has 0 lines "listen 80;"',
    );
    expect(() => operatorConfig(shipped.replace("}", "root /srv/kiosk;\n}"), edits)).toThrow(
      'has 2 lines "root /srv/kiosk;"',
    );
    expect(operatorConfig(shipped, { ...edits, base: "/" })).toBe(
      "server {\n    listen 127.0.0.1:40123;\n    root /tmp/kiosk-nginx-x/www;\n}\n",
    );
  });
});
