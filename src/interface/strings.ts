/**
 * Every word the interface says, in German and in English, with `area.purpose` keys.
 * The interface speaks the publication's language (`language:` in its settings); a key
 * missing in either language is a type error. The publication's name and description
 * stand in for `site.name` and `site.tagline`.
 */
import { publication } from "../settings/load-publication.ts";
import { formatDateTime, formatShortDateTime, formatLongDate, formatUpdate } from "../lib/german-date.ts";
import type { Language } from "../settings/publication.ts";

const de = {
  "site.name": "Kiosk",
  "site.tagline": "Nachrichten zum Lesen",
  "nav.skipToContent": "Zum Inhalt springen",
  "nav.home": "Startseite",
  "nav.topics": "Themen",
  "nav.sections": "Ressorts",
  "nav.menu": "Menü",
  "nav.search": "Suche",
  "nav.overview": "Übersicht",
  "article.source": "Quelle",
  "article.by": "Von",
  "article.published": "Veröffentlicht am",
  "article.updated": "Aktualisiert am",
  "article.updatedAt": "Aktualisiert",
  "article.correction": "Korrektur vom",
  "article.readingTime": "Lesezeit",
  "article.minutes": "Min.",
  "article.minutesLong": "Minuten",
  "article.minute": "Minute",
  "article.imageCredit": "Foto",
  "share.label": "Teilen",
  "share.copied": "Link kopiert",
  "reader.title": "Darstellung",
  "reader.size": "Schriftgröße",
  "reader.sizeNormal": "Normal",
  "reader.sizeLarge": "Groß",
  "reader.sizeLarger": "Sehr groß",
  "reader.scheme": "Farben",
  "reader.schemeSystem": "Automatisch",
  "reader.schemeLight": "Hell",
  "reader.schemeDark": "Dunkel",
  "reader.schemeSepia": "Sepia",
  "front.title": "Aktuelle Nachrichten",
  "front.empty": "Noch keine Artikel veröffentlicht.",
  "front.topicLink": "Alle Artikel zum Thema",
  "front.latest": "Neueste Meldungen",
  "pagination.label": "Seiten",
  "pagination.page": "Seite",
  "pagination.newer": "Neuere Artikel",
  "pagination.older": "Ältere Artikel",
  "archive.title": "Archiv",
  "archive.intro": "Alle Artikel nach dem Tag ihres Erscheinens.",
  "archive.articles": "Artikel",
  "archive.older": "Ältere Artikel im Archiv",
  "archive.article": "Artikel",
  "archive.none": "keine Artikel",
  "archive.path": "Navigationspfad",
  "archive.browse": "Im Archiv blättern",
  "archive.earlier1": "Vorheriges Jahr",
  "archive.later1": "Nächstes Jahr",
  "archive.earlier2": "Vorheriger Monat",
  "archive.later2": "Nächster Monat",
  "archive.earlier3": "Vorheriger Tag",
  "archive.later3": "Nächster Tag",
  "archive.byMonth": "Artikel je Monat",
  "archive.byDay": "Artikel je Tag",
  "topics.title": "Themen",
  "topics.intro": "Alle Themen, zu denen Artikel erschienen sind, mit der Zahl ihrer Artikel.",
  "topics.articles": "Artikel",
  "topic.label": "Thema",
  "article.topics": "Themen",
  "related.title": "Mehr zum Thema",
  "corrections.title": "Korrekturen",
  "corrections.intro": "Jede Korrektur an einem veröffentlichten Artikel, die neueste zuerst.",
  "corrections.empty": "Bisher wurde kein Artikel korrigiert.",
  "author.articles": "Artikel von",
  "author.empty": "Noch keine Artikel veröffentlicht.",
  "author.profiles": "Im Netz",
  "author.label": "Autor",
  "search.title": "Suche",
  "search.intro": "Durchsuchen Sie Überschriften, Vorspann und Text aller Artikel.",
  "search.noScript":
    "Die Suche braucht JavaScript, das in Ihrem Browser ausgeschaltet ist. Alle Artikel finden Sie auch über die",
  "search.topicsLink": "Liste der Themen",
  "feed.rss": "RSS-Feed",
  "feed.json": "JSON-Feed",
  "notFound.title": "Seite nicht gefunden",
  "notFound.text": "Diese Seite gibt es nicht (mehr). Vielleicht finden Sie den Artikel auf der Startseite.",
  "notFound.home": "Zur Startseite mit allen Artikeln",
  "footer.links": "Über die Redaktion",
  "footer.sections": "Ressorts und Archiv",
  "impressum.title": "Impressum",
  "impressum.intro":
    "Angaben nach §\u00a05 Digitale-Dienste-Gesetz (DDG) und §\u00a018 Medienstaatsvertrag (MStV).",
  "impressum.publisher": "Herausgeber",
  "impressum.contact": "Kontakt",
  "impressum.email": "E-Mail",
  "impressum.phone": "Telefon",
  "impressum.responsible": "Verantwortlich für den Inhalt nach §\u00a018 Abs.\u00a02 MStV",
  "impressum.managingDirectors": "Geschäftsführung",
  "impressum.register": "Registereintrag",
  "impressum.vatId": "Umsatzsteuer-Identifikationsnummer nach §\u00a027a UStG",
  "impressum.authority": "Aufsichtsbehörde",
  "privacy.title": "Datenschutzerklärung",
} as const;

export type StringKey = keyof typeof de;

const en: Record<StringKey, string> = {
  "site.name": "Kiosk",
  "site.tagline": "News to read",
  "nav.skipToContent": "Skip to content",
  "nav.home": "Front page",
  "nav.topics": "Topics",
  "nav.sections": "Sections",
  "nav.menu": "Menu",
  "nav.search": "Search",
  "nav.overview": "Overview",
  "article.source": "Source",
  "article.by": "By",
  "article.published": "Published on",
  "article.updated": "Updated on",
  "article.updatedAt": "Updated",
  "article.correction": "Correction of",
  "article.readingTime": "Reading time",
  "article.minutes": "min",
  "article.minutesLong": "minutes",
  "article.minute": "minute",
  "article.imageCredit": "Photo",
  "share.label": "Share",
  "share.copied": "Link copied",
  "reader.title": "Display",
  "reader.size": "Text size",
  "reader.sizeNormal": "Normal",
  "reader.sizeLarge": "Large",
  "reader.sizeLarger": "Larger",
  "reader.scheme": "Colours",
  "reader.schemeSystem": "Automatic",
  "reader.schemeLight": "Light",
  "reader.schemeDark": "Dark",
  "reader.schemeSepia": "Sepia",
  "front.title": "Latest news",
  "front.empty": "No articles published yet.",
  "front.topicLink": "All articles on",
  "front.latest": "Latest headlines",
  "pagination.label": "Pages",
  "pagination.page": "Page",
  "pagination.newer": "Newer articles",
  "pagination.older": "Older articles",
  "archive.title": "Archive",
  "archive.intro": "Every article by the day it was published.",
  "archive.articles": "articles",
  "archive.older": "Older articles in the archive",
  "archive.article": "article",
  "archive.none": "no articles",
  "archive.path": "Breadcrumb",
  "archive.browse": "Browse the archive",
  "archive.earlier1": "Previous year",
  "archive.later1": "Next year",
  "archive.earlier2": "Previous month",
  "archive.later2": "Next month",
  "archive.earlier3": "Previous day",
  "archive.later3": "Next day",
  "archive.byMonth": "Articles per month",
  "archive.byDay": "Articles per day",
  "topics.title": "Topics",
  "topics.intro": "Every topic articles have been published on, with the number of its articles.",
  "topics.articles": "articles",
  "topic.label": "Topic",
  "article.topics": "Topics",
  "related.title": "More on this",
  "corrections.title": "Corrections",
  "corrections.intro": "Every correction to a published article, newest first.",
  "corrections.empty": "No article has been corrected so far.",
  "author.articles": "Articles by",
  "author.empty": "No articles published yet.",
  "author.profiles": "Elsewhere",
  "author.label": "Author",
  "search.title": "Search",
  "search.intro": "Search the headlines, standfirsts and text of all articles.",
  "search.noScript":
    "Search needs JavaScript, which is switched off in your browser. You can also find every article through the",
  "search.topicsLink": "list of topics",
  "feed.rss": "RSS feed",
  "feed.json": "JSON feed",
  "notFound.title": "Page not found",
  "notFound.text": "This page does not exist (any more). You may find the article on the front page.",
  "notFound.home": "To the front page with every article",
  "footer.links": "About the newsroom",
  "footer.sections": "Sections and archive",
  "impressum.title": "Imprint",
  "impressum.intro":
    "Information under §\u00a05 of the German Digital Services Act (DDG) and §\u00a018 of the Interstate Media Treaty (MStV).",
  "impressum.publisher": "Publisher",
  "impressum.contact": "Contact",
  "impressum.email": "Email",
  "impressum.phone": "Phone",
  "impressum.responsible": "Responsible for the content under §\u00a018 (2) MStV",
  "impressum.managingDirectors": "Managing directors",
  "impressum.register": "Register entry",
  "impressum.vatId": "VAT identification number under §\u00a027a UStG",
  "impressum.authority": "Supervisory authority",
  "privacy.title": "Privacy",
};

export const strings: Record<Language, Record<StringKey, string>> = { de, en };

/** The language the interface speaks: the publication's. */
export function interfaceLanguage(): Language {
  return publication().language;
}

/** @example t("nav.home") // "Startseite" (on a German site) */
export function t(key: StringKey): string {
  const { name, description } = publication();
  if (key === "site.name") return name;
  if (key === "site.tagline") return description;
  return strings[interfaceLanguage()][key];
}

/**
 * `lang` for interface words inside text in `contentLang`: none when the two agree.
 *
 * @example interfaceLangWithin("en") // "de" (on a German site)
 */
export function interfaceLangWithin(contentLang: string): Language | undefined {
  const ui = interfaceLanguage();
  return contentLang === ui ? undefined : ui;
}

/**
 * `lang` for text in `contentLang` on a page in the interface's language.
 *
 * @example contentLangWithin("en") // "en" (on a German site)
 */
export function contentLangWithin(contentLang: string): string | undefined {
  return contentLang === interfaceLanguage() ? undefined : contentLang;
}

/** @example interfaceDate(new Date("2023-12-20")) // "20. Dezember 2023" (on a German site) */
export function interfaceDate(date: Date): string {
  return formatLongDate(date, interfaceLanguage(), publication().timeZone);
}

/**
 * A date with its clock time on the newsroom's clock; a date alone without one.
 *
 * @example interfaceDateTime(new Date("2026-12-05T06:45:00Z")) // "5. Dezember 2026, 7:45 Uhr" (in Berlin)
 */
export function interfaceDateTime(date: Date): string {
  return formatDateTime(date, interfaceLanguage(), publication().timeZone);
}

/** A date and time in few characters, for a list of headlines (see `formatShortDateTime`). */
export function interfaceShortDateTime(date: Date): string {
  return formatShortDateTime(date, interfaceLanguage(), publication().timeZone);
}

/**
 * The words and date of an update in the meta line: „Aktualisiert 16:05 Uhr“ on the
 * day of publication, „Aktualisiert am …“ on another.
 */
export function interfaceUpdate(published: Date, updated: Date): { label: string; text: string } {
  const { sameDay, text } = formatUpdate(published, updated, interfaceLanguage(), publication().timeZone);
  return { label: t(sameDay ? "article.updatedAt" : "article.updated"), text };
}
