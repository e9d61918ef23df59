/**
 * Every word the interface says, in German, with `area.purpose` keys. A missing key is
 * a type error.
 */
export const strings = {
  "site.name": "Kiosk",
  "site.tagline": "Nachrichten zum Lesen",
  "nav.skipToContent": "Zum Inhalt springen",
  "nav.home": "Startseite",
  "nav.main": "Hauptnavigation",
  "nav.topics": "Themen",
  "nav.search": "Suche",
  "article.source": "Quelle",
  "article.published": "Veröffentlicht am",
  "article.updated": "Aktualisiert am",
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
  "pagination.label": "Seiten",
  "pagination.page": "Seite",
  "pagination.newer": "Neuere Artikel",
  "pagination.older": "Ältere Artikel",
  "topics.title": "Themen",
  "topics.intro": "Alle Themen, zu denen Artikel erschienen sind, mit der Zahl ihrer Artikel.",
  "topics.articles": "Artikel",
  "topic.label": "Thema",
  "article.topics": "Themen",
  "related.title": "Mehr zum Thema",
  "corrections.title": "Korrekturen",
  "corrections.intro": "Jede Korrektur an einem veröffentlichten Artikel, die neueste zuerst.",
  "corrections.empty": "Bisher wurde kein Artikel korrigiert.",
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
  "footer.about": "Kiosk – statisch erzeugte Nachrichtenseiten, ohne Tracking, lesbar auch ohne JavaScript.",
} as const;

export type StringKey = keyof typeof strings;

/** @example t("nav.home") // "Startseite" */
export function t(key: StringKey): string {
  return strings[key];
}
