import { describe, expect, it } from "vitest";
import {
  feedInstant,
  formatDateTime,
  formatUpdate,
  ianaTimeZone,
  isDateOnly,
  isoDatetime,
} from "../../src/lib/german-date.ts";
import { readPublication } from "../../src/settings/publication.ts";

const BERLIN = "Europe/Berlin";

describe("formatDateTime", () => {
  it.each([
    ["2026-12-05T06:45:00Z", "de", BERLIN, "5. Dezember 2026, 7:45 Uhr"],
    ["2026-12-05T06:45:00Z", "en", BERLIN, "5 December 2026, 7:45 am"],
    ["2026-07-05T14:05:00Z", "de", BERLIN, "5. Juli 2026, 16:05 Uhr"],
    ["2026-12-05T06:45:00Z", "en", "America/New_York", "5 December 2026, 1:45 am"],
    ["2026-12-04T23:30:00Z", "de", BERLIN, "5. Dezember 2026, 0:30 Uhr"],
  ] as const)("should show %s in %s on the clock of %s as %s", (value, lang, zone, shown) => {
    expect(formatDateTime(new Date(value), lang, zone)).toBe(shown);
  });

  it("should show a date alone as written, without a time, in any zone", () => {
    for (const zone of [BERLIN, "America/New_York", "Pacific/Kiritimati"]) {
      expect(formatDateTime(new Date("2023-12-20"), "de", zone)).toBe("20. Dezember 2023");
      expect(formatDateTime(new Date("2023-12-20"), "en", zone)).toBe("20 December 2023");
    }
  });
});

describe("formatUpdate", () => {
  const published = new Date("2026-12-05T06:45:00Z");
  it("should give the time alone for an update on the day of publication", () => {
    const update = new Date("2026-12-05T15:05:00Z");
    expect(formatUpdate(published, update, "de", BERLIN)).toEqual({ sameDay: true, text: "16:05 Uhr" });
    expect(formatUpdate(published, update, "en", BERLIN)).toEqual({ sameDay: true, text: "4:05 pm" });
  });

  it("should give the date and time of an update on another day of the newsroom's clock", () => {
    // 23:30 UTC is the next day in Berlin.
    const update = new Date("2026-12-05T23:30:00Z");
    expect(formatUpdate(published, update, "de", BERLIN)).toEqual({
      sameDay: false,
      text: "6. Dezember 2026, 0:30 Uhr",
    });
    expect(formatUpdate(published, update, "en", "Europe/London").sameDay).toBe(true);
  });

  it("should give a date-only update its date", () => {
    expect(formatUpdate(new Date("2023-12-20"), new Date("2023-12-20"), "de", BERLIN)).toEqual({
      sameDay: false,
      text: "20. Dezember 2023",
    });
  });
});

describe("machine-readable dates", () => {
  it("should tell a date alone from a date-time", () => {
    expect(isDateOnly(new Date("2023-12-20"))).toBe(true);
    expect(isDateOnly(new Date("2023-12-20T09:30:00+01:00"))).toBe(false);
    expect(isDateOnly(new Date("1969-07-20T20:17:00Z"))).toBe(false);
    expect(isDateOnly(new Date("2023-12-20T00:30:00Z"))).toBe(false);
    expect(isoDatetime(new Date("2023-12-20"))).toBe("2023-12-20");
    expect(isoDatetime(new Date("2023-12-20T09:30:00+01:00"))).toBe("2023-12-20T08:30:00.000Z");
  });

  it.each([
    ["2023-12-20", BERLIN, "2023-12-19T23:00:00.000Z"],
    ["2023-07-20", BERLIN, "2023-07-19T22:00:00.000Z"],
    ["2023-12-20", "America/New_York", "2023-12-20T05:00:00.000Z"],
    ["2023-03-26", BERLIN, "2023-03-25T23:00:00.000Z"],
    // Clocks jump from 00:00 to 01:00 there: the day starts at 01:00, on either side of UTC.
    ["2023-03-26", "Asia/Beirut", "2023-03-25T22:00:00.000Z"],
    ["2022-09-11", "America/Santiago", "2022-09-11T04:00:00.000Z"],
    ["2023-12-20T09:30:00Z", BERLIN, "2023-12-20T09:30:00.000Z"],
  ])("should give feeds %s in %s as the start of its day there, %s", (value, zone, instant) => {
    expect(feedInstant(new Date(value), zone).toISOString()).toBe(instant);
  });
});

describe("timeZone setting", () => {
  const files = { image: () => "no images", pages: new Set<string>() };
  const read = (source: string) => readPublication("publication.yaml", source, files);

  it("should default to Berlin and read an IANA zone in its canonical spelling", () => {
    expect(read("name: Blatt\n").publication.timeZone).toBe(BERLIN);
    expect(read("name: Blatt\ntimeZone: america/new_york\n").publication.timeZone).toBe("America/New_York");
    expect(ianaTimeZone("UTC")).toBe("UTC");
  });

  it.each(["Mars/Olympus", "+01:00", "CET+1"])("should refuse %s with its line", (zone) => {
    const problems = read(`name: Blatt\ntimeZone: ${JSON.stringify(zone)}\n`).problems.filter(
      ({ field }) => field === "timeZone",
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: "publication.yaml", line: 2, field: "timeZone", severity: "error" }),
    ]);
    expect(problems[0]!.message).toContain("is not a time zone of the IANA database");
  });
});
