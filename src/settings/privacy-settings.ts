/**
 * The `privacy:` settings: what the Datenschutzerklärung made from the settings says
 * about the host, how long the server keeps its logs and the data-protection authority.
 */

export interface PrivacyDetails {
  /** Who hosts the site, and so processes the server's logs on the newsroom's behalf. */
  host?: string | undefined;
  /** Whole days the server keeps its logs (IP address, time, address, browser, referrer). */
  logRetentionDays: number;
  /** The data-protection authority responsible for the newsroom. */
  authority?: string | undefined;
}

/** Without `privacy:`: a week of logs, host and authority unnamed. */
export const DEFAULT_PRIVACY: PrivacyDetails = { logRetentionDays: 7 };

/** A year: logs kept longer serve no purpose the statement could name. */
export const MOST_LOG_RETENTION_DAYS = 365;

const PRIVACY = ["host", "logRetentionDays", "authority"];

type Fail = (path: (string | number)[], message: string) => undefined;
type UnknownKeys = (value: Record<string, unknown>, known: string[], path: string[]) => void;
type Text = (value: unknown, path: (string | number)[], required?: boolean) => string | undefined;

/** The `privacy:` mapping as written; its faults through `fail`, with the defaults kept. */
export function readPrivacy(
  privacy: unknown,
  fail: Fail,
  unknownKeys: UnknownKeys,
  text: Text,
): PrivacyDetails {
  if (typeof privacy !== "object" || privacy === null || Array.isArray(privacy)) {
    fail(["privacy"], `expected ${PRIVACY.join(", ")}, each on a line of its own`);
    return DEFAULT_PRIVACY;
  }
  const fields = privacy as Record<string, unknown>;
  unknownKeys(fields, PRIVACY, ["privacy"]);
  const days = fields["logRetentionDays"] ?? DEFAULT_PRIVACY.logRetentionDays;
  const wholeDays =
    typeof days === "number" && Number.isInteger(days) && days >= 1 && days <= MOST_LOG_RETENTION_DAYS;
  if (!wholeDays) {
    fail(
      ["privacy", "logRetentionDays"],
      `must be a whole number of days from 1 to ${MOST_LOG_RETENTION_DAYS}, found ${JSON.stringify(days)}`,
    );
  }
  return {
    host: text(fields["host"], ["privacy", "host"], false),
    logRetentionDays: wholeDays ? days : DEFAULT_PRIVACY.logRetentionDays,
    authority: text(fields["authority"], ["privacy", "authority"], false),
  };
}
