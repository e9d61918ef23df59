import { dirname, join } from "node:path";

/**
 * The folder of author files, `authors/` beside the publication settings: a newsroom
 * keeps everything about itself in one place, next to its articles.
 *
 * @example authorsFolder("/repo/content/publication.yaml") // "/repo/content/authors"
 */
export function authorsFolder(publicationFile: string): string {
  return join(dirname(publicationFile), "authors");
}
