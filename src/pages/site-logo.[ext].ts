import { readFile } from "node:fs/promises";
import { pageKey } from "../data/page-keys.ts";
import { logoPath, publication } from "../data/publication.ts";

const TYPES = { svg: "image/svg+xml", png: "image/png" } as const;

/** The logo file of the settings, as it is, at `/site-logo.svg` or `/site-logo.png`; the demo has none. */
export async function getStaticPaths() {
  if (!publication.logo) return [];
  return [{ params: { ext: publication.logo.type }, cacheKey: await pageKey([], "logo") }];
}

export async function GET() {
  if (!publication.logo || !logoPath) return new Response(null, { status: 404 });
  return new Response(await readFile(logoPath), {
    headers: { "Content-Type": TYPES[publication.logo.type] },
  });
}
