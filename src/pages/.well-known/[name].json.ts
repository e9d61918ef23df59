import { pageKey } from "../../data/page-keys.ts";
import { publication } from "../../data/publication.ts";
import { tdmRepRules } from "../../settings/tdm-reservation.ts";

const rules = tdmRepRules(import.meta.env.BASE_URL, publication);

/** `/.well-known/tdmrep.json` (W3C TDMRep) while mining is reserved; no file where it is allowed. */
export async function getStaticPaths() {
  if (rules.length === 0) return [];
  return [{ params: { name: "tdmrep" }, cacheKey: await pageKey([], "tdmrep") }];
}

export function GET() {
  return new Response(`${JSON.stringify(rules, null, 2)}\n`, {
    headers: { "Content-Type": "application/json" },
  });
}
