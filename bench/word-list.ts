/**
 * Debian's German word list (package `wngerman`), the words the distinct benchmark
 * corpus puts into the wire text. The benchmark installs it as CI installs Chromium:
 * with apt-get when it runs as root, else it says in one line what to install.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";

export const WORD_LIST = "/usr/share/dict/ngerman";

/** The list's words by how German writes them: nouns capitalised, the rest not. */
export interface WordList {
  nouns: string[];
  others: string[];
}

/** Letters, and hyphens between them: no apostrophes, abbreviations or stray marks. */
const PLAIN_WORD = /^\p{L}+(?:-\p{L}+)*$/u;

interface Installer {
  root: boolean;
  install: () => boolean;
}

const apt: Installer = {
  root: process.getuid?.() === 0,
  install: () =>
    [
      ["update", "-qq"],
      ["install", "-y", "-qq", "wngerman"],
    ].every(
      (args) =>
        spawnSync("apt-get", args, {
          stdio: ["ignore", "inherit", "inherit"],
          env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
        }).status === 0,
    ),
};

/** Install the word list when `path` is missing; throws a one-line message when it cannot. */
export function ensureWordList(path: string = WORD_LIST, { root, install }: Installer = apt): void {
  if (existsSync(path)) return;
  if (!root) throw new Error(`${path} is missing and this user cannot install it: apt-get install wngerman.`);
  if (!install() || !existsSync(path))
    throw new Error(`${path} is missing and apt-get could not install it: apt-get install wngerman.`);
}

/** The plain words of the list at `path`, in its order. */
export async function readWordList(path: string = WORD_LIST): Promise<WordList> {
  const list: WordList = { nouns: [], others: [] };
  for (const word of (await readFile(path, "utf8")).split("\n")) {
    if (!PLAIN_WORD.test(word)) continue;
    (/^\p{Lu}/u.test(word) ? list.nouns : list.others).push(word);
  }
  return list;
}
