/**
 * Where Astro's reading of a frontmatter differs from the check's. The check reads YAML
 * with `yaml` for its lines and its stricter core schema; Astro's collections read the
 * same text with js-yaml, which takes `True`, `0b101` or an unquoted date in a list as
 * a boolean, a number and a date. Whatever Astro would read otherwise, or refuse, is
 * refused by the check with its field and line, so the check passes only what Astro
 * publishes exactly as checked.
 */
import type { z } from "astro/zod";

type Path = (string | number)[];

/**
 * The paths where Astro's fields (`astro`) fail `schema`, or, when the check's reading
 * passed it too (`kioskParsed`, its result), where the two give other values.
 *
 * @example readDifferently(schema, schema.safeParse({ title: "True" }), { title: true }) // [["title"]]
 */
export function readDifferently(
  schema: z.ZodType,
  kioskParsed: z.ZodSafeParseResult<unknown>,
  astro: unknown,
): Path[] {
  const astroParsed = schema.safeParse(astro);
  if (!astroParsed.success) return astroParsed.error.issues.map(({ path }) => path as Path);
  return kioskParsed.success ? [...differences(kioskParsed.data, astroParsed.data, [])] : [];
}

function* differences(a: unknown, b: unknown, path: Path): Generator<Path> {
  if (a instanceof Date || b instanceof Date) {
    if (!(a instanceof Date && b instanceof Date && Object.is(a.getTime(), b.getTime()))) yield path;
  } else if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) yield path;
    else for (const [index, item] of a.entries()) yield* differences(item, b[index], [...path, index]);
  } else if (isRecord(a) && isRecord(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      yield* differences(a[key], b[key], [...path, key]);
    }
  } else if (!Object.is(a, b)) yield path;
}

/**
 * The problem of a value Astro reads otherwise than the check.
 *
 * @example astroReadsOtherwise(true, "True") // 'is read by Astro as the boolean true, by the check as the text "True": write true or false …'
 */
export function astroReadsOtherwise(astro: unknown, kiosk: unknown): string {
  const check = kiosk === undefined ? "" : `, by the check as ${describe(kiosk)}`;
  const advice =
    typeof astro === "boolean"
      ? "write true or false in lower case, or put text in quotes"
      : "put text in quotes";
  return `is read by Astro as ${describe(astro)}${check}: ${advice}`;
}

function describe(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "empty (null)";
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? "an invalid date" : `the date ${value.toISOString()}`;
  }
  if (value instanceof Uint8Array) return "binary data";
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === "object") return "a mapping of fields";
  if (typeof value === "string") {
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  }
  return `the ${typeof value} ${String(value)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
