/**
 * Astro's `glob()` loader for a folder a newsroom may do without (`authors/`, `pages/`):
 * without the folder the collection is empty and nothing is logged, where `glob()` warns
 * of a missing base folder on every build. Anything else in the folder's place is
 * `npm run check`'s to report. The dev server loads the folder once a file appears in it.
 */
import { glob, type Loader } from "astro/loaders";
import { resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { pathKind } from "../files/markdown-files.ts";

type GlobOptions = Parameters<typeof glob>[0] & { base: URL };

export function optionalGlob(options: GlobOptions): Loader {
  const loader = glob(options);
  const folder = resolve(fileURLToPath(options.base));
  return {
    name: "kiosk-optional-glob",
    async load(context) {
      if (pathKind(folder) === "folder") return loader.load(context);
      context.store.clear();
      const { watcher } = context;
      if (!watcher) return;
      watcher.add(folder);
      const appeared = (path: string) => {
        if (!path.startsWith(folder + sep)) return;
        watcher.off("add", appeared);
        // glob() reads the folder and watches it from then on.
        void loader.load(context);
      };
      watcher.on("add", appeared);
    },
  };
}
