/** Sites whose name a reader knows better than their address, by host. */
const SITES: ReadonlyArray<readonly [host: string, name: string]> = [
  ["linkedin.com", "LinkedIn"],
  ["x.com", "X"],
  ["twitter.com", "X"],
  ["bsky.app", "Bluesky"],
  ["instagram.com", "Instagram"],
  ["facebook.com", "Facebook"],
  ["github.com", "GitHub"],
  ["threads.net", "Threads"],
  ["threads.com", "Threads"],
];

/** A host or any of its subdomains (`de.linkedin.com`, `mobile.twitter.com`). */
const within = (host: string, site: string) => host === site || host.endsWith(`.${site}`);

/**
 * What an author's profile link says: the site's name where it is a known one, else
 * the host without `www.`. Mastodon has no one host; its servers are known by a
 * `mastodon` in the name or by a profile path `/@user`, which the known sites that share
 * it are matched before.
 *
 * @example profileLabel("https://de.linkedin.com/in/anna") // "LinkedIn"
 * @example profileLabel("https://social.example/@anna") // "Mastodon"
 * @example profileLabel("https://www.anna-beispiel.example/") // "anna-beispiel.example"
 */
export function profileLabel(url: string): string {
  const { hostname, pathname } = new URL(url);
  const host = hostname.toLowerCase().replace(/^www\./, "");
  const known = SITES.find(([site]) => within(host, site));
  if (known) return known[1];
  if (host.split(".").includes("mastodon") || /^\/@[^/]+\/?$/.test(pathname)) return "Mastodon";
  return host;
}
