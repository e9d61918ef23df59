import leven from "leven";

/** Letters a name may be off by and still be taken for a slip of the keyboard. */
const TYPOS = 2;

/**
 * The names among `names` that look meant to be `wanted`: the same name in other
 * letter case, with another extension or one more (`publication.yml`,
 * `Publication.yaml`, `publication.yaml.txt`), or a letter or two apart
 * (`publikation.yaml`).
 *
 * @example nearMisses("publication.yaml", ["publication.yml", "logo.svg"]) // ["publication.yml"]
 */
export function nearMisses(wanted: string, names: readonly string[]): string[] {
  const target = wanted.toLowerCase();
  return names.filter((name) => {
    const lower = name.toLowerCase();
    if (name === wanted) return false;
    return stem(lower) === stem(target) || leven(lower, target, { maxDistance: TYPOS + 1 }) <= TYPOS;
  });
}

/** A file name up to its first dot. */
function stem(name: string): string {
  const dot = name.indexOf(".");
  return dot < 0 ? name : name.slice(0, dot);
}
