/** The newsroom's time zone: dates are shown and archived by its calendar days. */
export const TIME_ZONE = "Europe/Berlin";

/** The locale each interface language writes dates in. */
export const DATE_LOCALES = { de: "de-DE", en: "en-GB" } as const;

const longDates = {
  de: new Intl.DateTimeFormat(DATE_LOCALES.de, { dateStyle: "long", timeZone: TIME_ZONE }),
  en: new Intl.DateTimeFormat(DATE_LOCALES.en, { dateStyle: "long", timeZone: TIME_ZONE }),
};

/**
 * The date as German readers write it, in the newsroom's time zone.
 *
 * @example formatGermanDate(new Date("2023-12-20")) // "20. Dezember 2023"
 */
export function formatGermanDate(date: Date): string {
  return longDates.de.format(date);
}

/**
 * The date as readers of the interface's language write it.
 *
 * @example formatLongDate(new Date("2023-12-20"), "en") // "20 December 2023"
 */
export function formatLongDate(date: Date, lang: keyof typeof longDates): string {
  return longDates[lang].format(date);
}

/**
 * The machine-readable value for `<time datetime>`: the day for date-only values,
 * the full instant otherwise.
 *
 * @example isoDatetime(new Date("2023-12-20")) // "2023-12-20"
 */
export function isoDatetime(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}
