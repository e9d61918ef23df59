import { cp, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import sharp from "sharp";
import { ROOT } from "../../tools/project-copy.ts";
import { corpusSlug } from "./corpus.ts";

/** The newsroom's sections, in the order of its navigation. */
export const SECTIONS = ["Politik", "Wirtschaft", "Kultur", "Sport"] as const;
/** The sizes of newsroom the front page must read well at. */
export const NEWSROOM_SIZES = [1, 12, 60] as const;
/** The newest day with articles; the newsroom's clock is Europe/Berlin, on winter time then. */
const NEWEST_DAY = Date.UTC(2026, 11, 2);
const OFFSET = "+01:00";
/** Three articles a day, newest first, on the newsroom's clock. */
const SLOTS = ["18:40", "12:15", "07:45"];
/** Each section's headlines and kickers, taken in turn. */
const DESK: Record<(typeof SECTIONS)[number], { titles: string[]; kickers: string[] }> = {
  Politik: {
    titles: [
      "Landtag streitet über den Haushalt",
      "Koalition einigt sich auf eine Wahlrechtsreform",
      "Bürgermeisterin stellt ein neues Verkehrskonzept vor",
    ],
    kickers: ["Landespolitik", "Wahlrecht", "Verkehrswende"],
  },
  Wirtschaft: {
    titles: [
      "Hafen meldet mehr Umschlag als erwartet",
      "Werft erhält Auftrag für zwei Fähren",
      "Einzelhandel klagt über schwaches Weihnachtsgeschäft",
    ],
    kickers: ["Hafenwirtschaft", "Schiffbau", "Handel"],
  },
  Kultur: {
    titles: [
      "Elbphilharmonie kündigt ihre neue Saison an",
      "Kunsthalle zeigt Werke aus drei Jahrhunderten",
      "Theaterpreis geht an ein junges Ensemble",
    ],
    kickers: ["Musik", "Ausstellung", "Theater"],
  },
  Sport: {
    titles: [
      "Heimmannschaft gewinnt knapp in Kiel",
      "Handballerinnen ziehen ins Halbfinale ein",
      "Marathon bricht seinen Teilnehmerrekord",
    ],
    kickers: ["Fußball", "Handball", "Laufsport"],
  },
};
const PLACES = ["Hamburg", "Kiel", "Lübeck", "Bremen", "Rostock", "Cuxhaven", "Stade"];
const FINDINGS = [
  "Die Zahlen lagen über dem Vorjahr, wenn auch nur knapp.",
  "Mehrere Beteiligte widersprachen der Darstellung noch am selben Abend.",
  "Ein Gutachten soll die offenen Fragen bis zum Frühjahr klären.",
  "Vertreter der Opposition forderten eine Sitzung des Ausschusses.",
  "Die Verwaltung kündigte an, die Pläne im Internet zu veröffentlichen.",
];
const OUTLOOKS = [
  "Wie es weitergeht, soll eine Anhörung im Januar zeigen.",
  "Fachleute rechnen damit, dass sich die Lage erst im Sommer entspannt.",
  "Eine Entscheidung wird für die kommende Woche erwartet.",
  "Die Beteiligten wollen sich nach den Feiertagen erneut treffen.",
];

/** What a generated article is, for the tests that look for it on the built site. */
export interface NewsroomArticle {
  slug: string;
  title: string;
  section: (typeof SECTIONS)[number];
  kicker: string | undefined;
  /** The `date:` as written: a date-time with offset, or a day alone. */
  date: string;
  /** The day on the newsroom's clock, `yyyy-mm-dd`. */
  day: string;
  /** When it counts as published: a day alone is the start of that day on the newsroom's clock. */
  published: number;
  hasTime: boolean;
  updated: string | undefined;
  image: boolean;
  authors: string[];
}

/**
 * The articles of a newsroom of `count` (1-based, article 1 the newest): three a day, a
 * day left out after every three, so that days, two months and gaps between days with
 * articles appear; sections in turn, kickers on most, lead images on two of three, some
 * by the authors, some only dated to the day, some updated later the same day.
 */
export function newsroomArticles(count: number): NewsroomArticle[] {
  return Array.from({ length: count }, (_, index) => {
    const n = index + 1;
    const dayIndex = Math.floor(index / SLOTS.length);
    const slot = index % SLOTS.length;
    const day = new Date(NEWEST_DAY - (dayIndex + Math.floor(dayIndex / 3)) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const section = SECTIONS[index % SECTIONS.length]!;
    const turn = Math.floor(index / SECTIONS.length) % 3;
    const hasTime = !(slot === SLOTS.length - 1 && dayIndex % 2 === 0);
    const time = SLOTS[slot]!;
    const later = `${String(Number(time.slice(0, 2)) + 3).padStart(2, "0")}:${time.slice(3)}`;
    return {
      slug: corpusSlug(n),
      title: `${DESK[section].titles[turn]} – Meldung ${n}`,
      section,
      kicker: n % 5 === 4 ? undefined : DESK[section].kickers[turn],
      date: hasTime ? `${day}T${time}:00${OFFSET}` : day,
      day,
      published: Date.parse(`${day}T${hasTime ? time : "00:00"}:00${OFFSET}`),
      hasTime,
      updated: hasTime && n % 4 === 2 ? `${day}T${later}:00${OFFSET}` : undefined,
      image: n % 3 !== 0,
      authors: n % 3 === 1 ? ["anna-beispiel"] : n % 3 === 0 ? ["max-muster"] : [],
    };
  });
}

/** Text of its own for article `n`, so that search and excerpts have words to tell apart. */
function body(article: NewsroomArticle, n: number): string {
  const place = PLACES[n % PLACES.length];
  return [
    `In ${place} ging es am ${article.day.slice(8)}. des Monats um das Thema der Meldung ${n}: ${article.title}. ${FINDINGS[n % FINDINGS.length]}`,
    `"Wir haben so etwas in ${place} seit ${1990 + (n % 30)} nicht erlebt", sagte eine Sprecherin im Ressort ${article.section}. ${FINDINGS[(n * 3) % FINDINGS.length]}`,
    `${OUTLOOKS[n % OUTLOOKS.length]} Bis dahin bleiben ${n + 2} Fragen offen.`,
  ].join("\n\n");
}

function frontmatter(article: NewsroomArticle, n: number): string[] {
  return [
    ...(article.kicker ? [`kicker: ${article.kicker}`] : []),
    `title: ${article.title}`,
    `dek: Was in Meldung ${n} aus dem Ressort ${article.section} geschah, in einem Satz.`,
    `date: ${article.date}`,
    ...(article.updated ? [`updated: ${article.updated}`] : []),
    ...(article.authors.length > 0 ? [`authors: [${article.authors.join(", ")}]`] : []),
    ...(article.authors.length === 0 || n % 3 === 0 ? [`source: ${n % 2 ? "dpa" : "Reuters"}`] : []),
    `topics: [${[article.section, ...(n % 3 === 0 ? ["Hamburg"] : [])].join(", ")}]`,
    ...(article.image
      ? [
          "image:",
          `  src: ./${article.slug}.jpg`,
          `  alt: Farbverlauf ${n} in Blau- und Grüntönen, ein Testbild`,
          "  credit: Kiosk-Testredaktion",
        ]
      : []),
    ...(n === 4
      ? [
          "corrections:",
          `  - date: ${article.day}T20:00:00${OFFSET}`,
          "    text: In einer früheren Fassung stand ein falscher Ort.",
        ]
      : []),
  ];
}

/** A small lead image of its own for article `n`: a gradient whose colours follow `n`. */
function leadImage(n: number): Promise<Buffer> {
  const width = 640;
  const height = 360;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 3;
      pixels[at] = (n * 37 + x) % 256;
      pixels[at + 1] = (n * 71 + y) % 256;
      pixels[at + 2] = (n * 13 + x + y) % 256;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 70 })
    .toBuffer();
}

const SETTINGS = `# A generated newsroom for the front-page tests: its sections, its clock, its authors,
# a GmbH's Impressum and its privacy settings.
name: Hafenkurier
description: Nachrichten aus Hamburg und dem Norden, jeden Tag.
language: de
timeZone: Europe/Berlin
sections: [${SECTIONS.join(", ")}]
logo: logo.svg
legal:
  publisher: Hafenkurier Verlag GmbH
  address: |
    Kaistraße 1
    20457 Hamburg
  email: redaktion@hafenkurier.example
  responsible: Erika Muster, Anschrift wie oben
  register: Amtsgericht Hamburg, HRB 12345
  vatId: DE123456789
  managingDirectors: [Erika Muster, Max Muster]
privacy:
  host: Hafen-Hosting GmbH, Kaistraße 2, 20457 Hamburg
  logRetentionDays: 30
  authority: Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit
`;

/**
 * Write a newsroom of `count` generated articles (see `newsroomArticles`) into `dir`:
 * `articles/` with their lead images, `publication.yaml` with sections and time zone, and
 * `authors/` beside it. Returns the environment that builds it.
 */
export async function writeNewsroom(dir: string, count: number): Promise<Record<string, string>> {
  const articles = join(dir, "articles");
  await mkdir(articles, { recursive: true });
  await Promise.all([
    writeFile(join(dir, "publication.yaml"), SETTINGS),
    cp(join(ROOT, "tests/fixtures/publication-harbour/logo.svg"), join(dir, "logo.svg")),
    cp(join(ROOT, "tests/fixtures/publishing-newsroom/authors"), join(dir, "authors"), { recursive: true }),
  ]);
  for (const [index, article] of newsroomArticles(count).entries()) {
    const n = index + 1;
    const text = `---\n${frontmatter(article, n).join("\n")}\n---\n\n${body(article, n)}\n`;
    await writeFile(join(articles, `${article.slug}.md`), text);
    if (article.image) await writeFile(join(articles, `${article.slug}.jpg`), await leadImage(n));
  }
  return { KIOSK_CONTENT_DIR: articles, KIOSK_PUBLICATION: join(dir, "publication.yaml") };
}
