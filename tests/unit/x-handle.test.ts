import { describe, expect, it } from "vitest";
import * as module from "../../src/settings/x-handle.ts";

const { xHandle } = module;

describe("xHandle", () => {
  it("should export only xHandle", () => {
    expect(Object.keys(module)).toEqual(["xHandle"]);
  });

  it.each([
    [["https://x.com/HarbourHerald"], "@HarbourHerald"],
    [["https://twitter.com/kiosk_news/"], "@kiosk_news"],
    [["https://mobile.twitter.com/anna"], "@anna"],
    [["https://www.x.com/anna"], "@anna"],
    [["https://social.example/@anna", "https://x.com/first", "https://x.com/second"], "@first"],
    [["https://x.com/intent/tweet", "https://x.com/anna"], "@anna"],
    [["https://x.com/home"], undefined],
    [["https://x.com/anna/status/123"], undefined],
    [["https://x.com/"], undefined],
    [["https://x.com/a_name_of_sixteen"], undefined],
    [["https://notx.com/anna", "https://x.com.example/anna"], undefined],
    [["https://social.example/@anna"], undefined],
    [[], undefined],
  ])("should find the X handle of %j: %s", (urls, handle) => {
    expect(xHandle(urls)).toBe(handle);
  });
});
