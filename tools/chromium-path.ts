import { existsSync } from "node:fs";

/** Chromium from `CHROME_PATH`, else Debian's `/usr/bin/chromium`; never downloaded. */
export function chromiumPath(): string {
  const path = process.env["CHROME_PATH"] || "/usr/bin/chromium";
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install it (Debian: apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.`,
    );
  }
  return path;
}

/** Flags for a headless Chromium that talks to nothing but the pages it is sent to. */
export const QUIET_CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
