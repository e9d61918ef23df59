import { chromium, type Browser } from "playwright-core";
import { chromiumPath, QUIET_CHROMIUM_FLAGS } from "../../tools/chromium-path.ts";

/** Headless Chromium that talks to nothing but the pages it is sent to. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: QUIET_CHROMIUM_FLAGS });
}
