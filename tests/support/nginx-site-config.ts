/**
 * `deploy/nginx.conf` as an operator installs it, for a test server: only the lines its
 * own comments tell an operator to change are changed, each found exactly once, so every
 * other directive of the shipped file reaches the tests as it is.
 */

export interface SiteEdits {
  /** Loopback port to listen on. */
  port: number;
  /** The web root holding `dist/`, at its top or in the folder of `base`. */
  root: string;
  /** The path the site was built for (`KIOSK_BASE`), e.g. `/` or `/nachrichten/`. */
  base: string;
}

/** Each shipped line an operator changes, and what it becomes (`undefined`: removed). */
export function operatorEdits({ port, root, base }: SiteEdits): [string, string | undefined][] {
  return [
    // Loopback only: no request may leave the machine, and port 80 needs root.
    ["listen 80;", `listen 127.0.0.1:${port};`],
    ["listen [::]:80;", undefined],
    ["root /srv/kiosk;", `root ${root};`],
    ...(base === "/"
      ? []
      : [["error_page 404 /404.html;", `error_page 404 ${base}404.html;`] as [string, string]]),
  ];
}

/** The shipped configuration with `operatorEdits`; throws when a line to change is not there once. */
export function operatorConfig(shipped: string, edits: SiteEdits): string {
  const lines = shipped.split("\n");
  for (const [from, to] of operatorEdits(edits)) {
    const at = lines.flatMap((line, index) => (line.trim() === from ? [index] : []));
    if (at.length !== 1) {
      throw new Error(
        `deploy/nginx.conf has ${at.length} lines "${from}" where the tests expect one: ` +
          `update the operator's edits in tests/support/nginx-site-config.ts with the shipped file.`,
      );
    }
    const index = at[0]!;
    const indent = lines[index]!.match(/^\s*/)![0];
    if (to === undefined) lines.splice(index, 1);
    else lines[index] = `${indent}${to}`;
  }
  return lines.join("\n");
}
