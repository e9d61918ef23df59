/*
 * Kiosk's search over its bundles, one a period of publication (docs/decisions/073): the
 * search page's Pagefind components load this file as their bundle's `pagefind.js` and get
 * Pagefind's own instance, every older period merged by `mergeIndex`, searching without
 * loose matches. Pagefind finds a word by its beginning ("contain" finds "containers") and,
 * in a bundle where no word begins with the query word, by the longest word that begins
 * the query word ("containerriese" finds "container"). One index falls back so only when
 * no page has the word; merged, each bundle that lacks it would. So a period counts only
 * if its match reaches as far into the query word as a page with the word itself (from
 * Pagefind's exact search); when no page has it, the periods whose match reaches furthest.
 */
import * as pagefind from "../pagefind.js";

/** A filter naming each page's period; never shown. */
const PERIOD = "kiosk-period";
const FOLDER = new URL("../", import.meta.url).pathname;
/** The search page's options that merged bundles share. */
const SHARED = [
  "baseUrl",
  "excerptLength",
  "excerptEllipsis",
  "highlightParam",
  "exactDiacritics",
  "ranking",
];

export function createInstance(options = {}) {
  const inner = pagefind.createInstance({ ...options, basePath: FOLDER });
  const shared = Object.fromEntries(SHARED.filter((key) => key in options).map((key) => [key, options[key]]));
  const ready = mergePeriods(inner, shared);
  const after =
    (method) =>
    async (...args) => {
      await ready;
      return method(...args);
    };
  return {
    ...inner,
    init: after(() => inner.init()),
    options: after((more) => inner.options(more)),
    mergeIndex: after((path, more) => inner.mergeIndex(path, more)),
    preload: after((term, more) => inner.preload(term, more)),
    filters: after(async () => withoutPeriods({ filters: await inner.filters() }).filters),
    search: after((term, more) => search(inner, term, more)),
  };
}

async function mergePeriods(inner, shared) {
  const { newest, older } = await (await fetch(`${FOLDER}periods.json`)).json();
  await inner.options({ mergeFilter: { [PERIOD]: newest } });
  for (const period of older) {
    await inner.mergeIndex(`${FOLDER}${period}/`, { ...shared, mergeFilter: { [PERIOD]: period } });
  }
}

async function search(inner, term, options = {}) {
  const found = await inner.search(term, options);
  if (!found || !term?.trim() || /^\s*".+"\s*$/.test(term)) return withoutPeriods(found);
  const counts = found.filters?.[PERIOD] ?? {};
  const periods = Object.keys(counts).filter((period) => counts[period] > 0);
  if (periods.length < 2) return withoutPeriods(found);
  const filters = options.filters ?? {};
  let kept = periods;
  for (const word of term.split(/\s+/).filter((word) => normal(word))) {
    kept = await reachingPeriods(inner, word, kept, filters);
  }
  if (kept.length === periods.length) return withoutPeriods(found);
  const narrowed = { ...options, filters: { ...filters, [PERIOD]: { any: kept } } };
  return withoutPeriods(await inner.search(term, narrowed));
}

/** The periods whose match of `word` is the word itself or a word that begins with it. */
async function reachingPeriods(inner, word, periods, filters) {
  const exact = await inner.search(`"${word}"`, { filters });
  const exactCounts = exact.filters?.[PERIOD] ?? {};
  const whole = exact.results[0] ? await reach(exact.results[0], word, Math.min) : normal(word).length;
  const reached = await Promise.all(
    periods.map(async (period) => {
      if (exactCounts[period] > 0) return whole;
      const probe = await inner.search(word, { filters: { ...filters, [PERIOD]: period } });
      return probe.results[0] ? reach(probe.results[0], word, Math.max) : 0;
    }),
  );
  const needed = Math.min(whole, Math.max(...reached));
  return periods.filter((_, i) => reached[i] >= needed);
}

/**
 * How many letters of `word` a matched word of the text or of a matched field (headline),
 * or its parts ("EU-Gipfel"), begin with.
 */
async function reach(result, word, pick) {
  const data = await result.data();
  const words = data.raw_content.split(data.raw_content.includes("\u200B") ? "\u200B" : /[^\S\uFEFF]+/);
  const matched = [
    ...data.locations.map((at) => [words[at] ?? ""]),
    ...(result.matchedMetaFields ?? []).map((field) => data.meta[field].split(/\s+/)),
  ];
  if (!matched.length) return 0;
  return pick(
    ...matched.map((surfaces) =>
      Math.max(
        ...surfaces
          .flatMap((surface) => [surface, ...surface.split(/[^\p{L}\p{N}]+/u)])
          .map((part) => sharedStart(normal(part), normal(word))),
      ),
    ),
  );
}

/** A word as Pagefind compares it: lower case, no marks or punctuation, ß as ss. */
function normal(word) {
  return word
    .toLocaleLowerCase("de")
    .normalize("NFD")
    .replace(/[^\p{L}\p{N}]/gu, "")
    .replace(/ß/g, "ss");
}

function sharedStart(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  return i;
}

function withoutPeriods(found) {
  if (found?.filters) delete found.filters[PERIOD];
  if (found?.totalFilters) delete found.totalFilters[PERIOD];
  return found;
}
