/** X's hosts, old and new; their subdomains (`mobile.twitter.com`) count too. */
const X_HOSTS = ["x.com", "twitter.com"];

/** First path segments of X's own pages, which look like accounts but are none. */
const X_PAGES = new Set([
  "home",
  "i",
  "intent",
  "share",
  "search",
  "explore",
  "hashtag",
  "settings",
  "messages",
]);

/** An X username: letters, digits and underscores, at most fifteen of them. */
const USERNAME = /^\/([A-Za-z0-9_]{1,15})\/?$/;

/**
 * The `@handle` of the first X (Twitter) profile among `urls`, for `twitter:site` and
 * `twitter:creator`; none when no address is an account's profile page.
 *
 * @example xHandle(["https://social.example/@herald", "https://x.com/HarbourHerald"]) // "@HarbourHerald"
 * @example xHandle(["https://twitter.com/intent/tweet"]) // undefined
 */
export function xHandle(urls: readonly string[]): string | undefined {
  for (const url of urls) {
    const parsed = URL.parse(url);
    if (!parsed) continue;
    const host = parsed.hostname.toLowerCase();
    if (!X_HOSTS.some((site) => host === site || host.endsWith(`.${site}`))) continue;
    const name = USERNAME.exec(parsed.pathname)?.[1];
    if (name && !X_PAGES.has(name.toLowerCase())) return `@${name}`;
  }
  return undefined;
}
