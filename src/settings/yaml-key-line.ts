import { isMap, isScalar, isSeq, type Document } from "yaml";

/**
 * File line of the deepest key of `path` that a YAML document has, a list's entry by
 * its index (`["corrections", 1, "date"]`); line 1 if none. `fileLine` turns an
 * offset in the YAML into a line of its file.
 */
export function yamlKeyLine(
  doc: Document,
  path: readonly PropertyKey[],
  fileLine: (offset: number) => number,
): number {
  let node: unknown = doc.contents;
  let line = 1;
  for (const key of path) {
    if (isSeq(node) && typeof key === "number") {
      const item: unknown = node.items[key];
      if (!isMap(item) && !isScalar(item)) break;
      if (!item.range) break;
      line = fileLine(item.range[0]);
      node = item;
      continue;
    }
    if (!isMap(node)) break;
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
    if (!pair || !isScalar(pair.key) || !pair.key.range) break;
    line = fileLine(pair.key.range[0]);
    node = pair.value;
  }
  return line;
}
