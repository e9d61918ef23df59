import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_filter": "application/octet-stream",
};

export interface StaticServer {
  /** Origin and base path, e.g. `http://127.0.0.1:40123/nachrichten/`. */
  url: string;
  origin: string;
  /** Every path asked for, with its status, in order. */
  requests: { path: string; status: number }[];
  close(): Promise<void>;
}

/**
 * A plain static file server on a free loopback port, as a newsroom's would be: files
 * and folder `index.html`s under `base`, `404.html` for anything else, no rewrites; 400
 * for an address whose escapes do not decode.
 */
export async function serveStatic(dir: string, base = "/"): Promise<StaticServer> {
  const requests: StaticServer["requests"] = [];
  const server: Server = createServer(async (request, response) => {
    const path = decodedPath(request.url ?? "/");
    if (path === undefined) {
      requests.push({ path: request.url ?? "", status: 400 });
      response.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("Bad Request\n");
      return;
    }
    const send = async (file: string, status: number) => {
      requests.push({ path, status });
      response.writeHead(status, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      createReadStream(file).pipe(response);
    };
    const file = await resolveFile(dir, base, path);
    if (file) return send(file, 200);
    const notFound = join(dir, "404.html");
    if (await isFile(notFound)) return send(notFound, 404);
    requests.push({ path, status: 404 });
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}${base}`,
    origin,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * The request's path with its percent-escapes decoded, or undefined when they do not
 * decode: `/%zz` is no escape, `/%E0` no UTF-8, and `decodeURIComponent` throws on both.
 */
function decodedPath(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url, "http://x").pathname);
  } catch {
    return undefined;
  }
}

async function resolveFile(dir: string, base: string, path: string): Promise<string | undefined> {
  if (!path.startsWith(base)) return undefined;
  const relative = normalize(path.slice(base.length));
  if (relative.startsWith("..")) return undefined;
  const candidate = join(dir, relative);
  if (await isFile(candidate)) return candidate;
  // Folders are served by their index.html only when asked for with the slash.
  if (path.endsWith("/") && (await isFile(join(candidate, "index.html"))))
    return join(candidate, "index.html");
  return undefined;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}
