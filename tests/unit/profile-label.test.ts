import { describe, expect, it } from "vitest";
import { profileLabel } from "../../src/lib/profile-label.ts";

describe("profileLabel", () => {
  it.each([
    ["https://social.example/@anna", "Mastodon"],
    ["https://mastodon.social/@anna/", "Mastodon"],
    ["https://mastodon.example/users/anna", "Mastodon"],
    ["https://www.linkedin.com/in/anna-beispiel/", "LinkedIn"],
    ["https://de.linkedin.com/in/anna", "LinkedIn"],
    ["https://x.com/anna", "X"],
    ["https://mobile.twitter.com/anna", "X"],
    ["https://bsky.app/profile/anna.bsky.social", "Bluesky"],
    ["https://www.instagram.com/anna/", "Instagram"],
    ["https://facebook.com/anna", "Facebook"],
    ["https://github.com/anna", "GitHub"],
    ["https://www.threads.net/@anna", "Threads"],
    ["https://www.anna-beispiel.example/", "anna-beispiel.example"],
    ["http://WWW.Zeitung.example/autoren/anna", "zeitung.example"],
    ["https://notx.com/anna", "notx.com"],
    ["https://example.org/@anna/123", "example.org"],
  ])("should label %s as %s", (url, label) => {
    expect(profileLabel(url)).toBe(label);
  });
});
