import { readFile } from "node:fs/promises";
import { logoPath, publication } from "../data/publication.ts";

const TYPES = { svg: "image/svg+xml", png: "image/png" } as const;

/** The logo file of the settings, as it is, at `/site-logo.svg` or `/site-logo.png`; the demo has none. */
export function getStaticPaths() {
  return publication.logo ? [{ params: { ext: publication.logo.type } }] : [];
}

export async function GET() {
  if (!publication.logo || !logoPath) return new Response(null, { status: 404 });
  return new Response(await readFile(logoPath), {
    headers: { "Content-Type": TYPES[publication.logo.type] },
  });
}
