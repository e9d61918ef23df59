/**
 * A content store for `glob()` that keeps each entry's rendered HTML out of Astro's
 * store, which Astro writes as one string (docs/decisions/107). `glob()` renders as
 * before and hands each entry over with its HTML; the HTML goes to a file of its own
 * (./rendered-html.ts), and the entry keeps its data, the file's key and what remark
 * plugins added to the frontmatter (the reading time), as `render()` would have
 * returned it. An entry whose Markdown failed is kept without a key, as `glob()` keeps
 * it without HTML.
 */
import type { DataStore } from "astro/loaders";
import { htmlKey, keyIn, removeAllBut, removeHtml, withKey, writeHtml } from "./rendered-html.ts";

export interface HtmlApart {
  store: DataStore;
  /**
   * Remove the files no entry names any more: those of entries replaced or deleted
   * since the last call, or, with `everything`, every file but those named.
   */
  removeUnused(everything: boolean): void;
}

export function htmlApart(store: DataStore, folder: string): HtmlApart {
  const dropped = new Set<string>();
  let cleared = false;
  return {
    store: {
      ...store,
      set({ rendered, ...entry }) {
        const before = keyIn(store.get(entry.id)?.data);
        let data = entry.data;
        if (rendered) {
          const added = addedByPlugins(rendered.metadata?.frontmatter ?? {}, data);
          const key = htmlKey(rendered.html, added);
          writeHtml(folder, key, rendered.html);
          data = withKey({ ...data, ...added }, key);
        }
        const changed = store.set({ ...entry, data });
        if (changed && before && before !== keyIn(data)) dropped.add(before);
        return changed;
      },
      delete(id) {
        const key = keyIn(store.get(id)?.data);
        if (key) dropped.add(key);
        store.delete(id);
      },
      clear() {
        cleared = true;
        store.clear();
      },
    },
    removeUnused(everything) {
      if (!everything && !cleared && dropped.size === 0) return;
      const named = new Set(store.values().flatMap(({ data }) => keyIn(data) ?? []));
      const unused = [...dropped].filter((key) => !named.has(key));
      if (everything || cleared) removeAllBut(folder, named);
      else removeHtml(folder, unused);
      dropped.clear();
      cleared = false;
    },
  };
}

/**
 * What remark plugins added to the frontmatter Astro handed them: each field of the
 * frontmatter is in the entry's `data` too, whose schema allows no other.
 */
function addedByPlugins(frontmatter: Record<string, unknown>, data: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(frontmatter).filter(([name]) => !(name in data)));
}
