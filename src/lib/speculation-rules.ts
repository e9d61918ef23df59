import { createHash } from "node:crypto";
import { SEGMENTS } from "../consts.ts";
import { jsonForScript } from "./json-for-script.ts";

/** A `<script type="speculationrules">` body and its hash for the page's Content-Security-Policy. */
export interface SpeculationRules {
  script: string;
  hash: `sha256-${string}`;
}

/**
 * Rules that let the browser prerender an article while the reader points at or touches
 * its link (`moderate`), so the next article shows at once. Only article addresses under
 * the site's base path: other pages change more often and are cheap anyway. Browsers
 * that do not know the rules read the element as data and do nothing.
 *
 * @example speculationRules("/nachrichten/").script // '{"prerender":[{"source":"document","where":{"href_matches":"/nachrichten/artikel/*"},"eagerness":"moderate"}]}'
 */
export function speculationRules(base: string): SpeculationRules {
  const script = jsonForScript({
    prerender: [
      { source: "document", where: { href_matches: `${base}${SEGMENTS.article}/*` }, eagerness: "moderate" },
    ],
  });
  return { script, hash: `sha256-${createHash("sha256").update(script).digest("base64")}` };
}
