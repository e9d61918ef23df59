/**
 * The publication settings a newsroom edits (`content/publication.yaml`): its name,
 * language, logo, accent colours, legal details and the pages that describe it. Read by
 * `yaml` with file lines, so that every bad setting is one `file:line: field: message`.
 */
import { LineCounter, parseDocument } from "yaml";
import { contrastRatio, isHexColour, SCHEME_BACKGROUNDS, TEXT_CONTRAST, type Scheme } from "./contrast.ts";
import { SECTIONS_LIMIT, SETTINGS_SIZE_LIMIT, TEXT_LIMITS } from "../lib/input-limits.ts";
import { DEFAULT_TIME_ZONE, ianaTimeZone } from "../lib/german-date.ts";
import { LOGO_FORMATS, type ImageFile, type ImageFormat, type ImageRule } from "../files/image-file.ts";
import { DEFAULT_PRIVACY, readPrivacy, type PrivacyDetails } from "./privacy-settings.ts";
import type { Problem } from "../lib/problem.ts";
import { slugify } from "../lib/slug.ts";
import { TDM_CHOICES, type TdmChoice } from "./tdm-reservation.ts";
import { topicPath } from "../lib/urls.ts";
import { stringsIn, textProblem } from "../lib/unsafe-text.ts";
import { vatIdProblem } from "./vat-id.ts";
import { yamlKeyLine } from "./yaml-key-line.ts";

export type Language = "de" | "en";

/** What an Impressum must name (§ 5 DDG, § 18 MStV). */
export interface LegalDetails {
  /** Who publishes: the company or person, with its legal form. */
  publisher: string;
  /** A postal address where the publisher can be served; one line each. */
  address: string;
  /** An e-mail address for quick contact. */
  email: string;
  phone?: string | undefined;
  /** The person responsible for the content, with their address if it differs. */
  responsible: string;
  /** The register court and number, for a company in the commercial register. */
  register?: string | undefined;
  /** The VAT identification number (USt-IdNr.), when the publisher has one. */
  vatId?: string | undefined;
  /** Who represents a company: its managing directors, by name. */
  managingDirectors?: string[] | undefined;
  /** The authority that supervises the publisher's trade, if any. */
  authority?: string | undefined;
}

/** Pages that describe the newsroom, by their slugs; they make the publisher a `NewsMediaOrganization`. */
export interface PublicationPages {
  publishingPrinciples?: string | undefined;
  correctionsPolicy?: string | undefined;
  masthead?: string | undefined;
}

export interface Publication {
  name: string;
  /** One sentence about the publication: feeds, the front page's description. */
  description: string;
  /** The language of the interface, and of articles and pages that name none. */
  language: Language;
  /** The newsroom's clock (IANA name): times are shown in it and articles archived by its days. */
  timeZone: string;
  /** The sections (Ressorts), topics in the order of the navigation; none: derived from the articles. */
  sections?: string[] | undefined;
  /** The logo file, relative to the settings file, its format and size; the demo has none. */
  logo?: (ImageFile<(typeof LOGO_FORMATS)[number]> & { src: string }) | undefined;
  /** The accent colour in each colour scheme; without it the stylesheet's own. */
  accent?: Record<Scheme, string> | undefined;
  legal: LegalDetails;
  /** The publication's profiles elsewhere (schema.org `sameAs`). */
  sameAs: string[];
  pages: PublicationPages;
  /** What the Datenschutzerklärung made from the settings says about logs, host and authority. */
  privacy: PrivacyDetails;
  /** Whether text and data mining is reserved (§ 44b UrhG) or allowed: reserved unless the settings allow it. */
  tdm: TdmChoice;
  /** A page or file that says on what terms the newsroom licenses mining (TDMRep's `tdm-policy`). */
  tdmPolicy?: string | undefined;
  /** True when there is no settings file: the site is Kiosk's demo. */
  demo: boolean;
}

/** The site without a settings file: Kiosk's own demo. */
export const DEMO_PUBLICATION: Publication = {
  name: "Kiosk",
  description: "Nachrichten zum Lesen",
  language: "de",
  timeZone: DEFAULT_TIME_ZONE,
  legal: {
    publisher: "Kiosk-Demo (keine echte Redaktion)",
    address: "Musterstraße 1\n12345 Musterstadt",
    email: "redaktion@kiosk.example",
    responsible: "Erika Mustermann, Anschrift wie oben",
  },
  sameAs: [],
  pages: {},
  privacy: DEFAULT_PRIVACY,
  tdm: "reserved",
  demo: true,
};

/** Pages Kiosk makes itself; the settings may name them too. */
export const BUILT_IN_PAGES = ["impressum", "korrekturen", "datenschutz"] as const;

/** What the parser may look at beside the settings file. */
export interface PublicationFiles {
  /** The image a path relative to the settings file names, by `readImageFile`'s rule. */
  image: <F extends ImageFormat>(src: string, rule: ImageRule<F>) => ImageFile<F> | string;
  /** Slugs of the Markdown pages in `pages/` beside the settings file. */
  pages: ReadonlySet<string>;
}

/** The settings as read, with every problem found; invalid settings keep the demo's value. */
export interface ReadPublication {
  publication: Publication;
  problems: Problem[];
}

const SETTINGS = [
  "name",
  "description",
  "language",
  "timeZone",
  "sections",
  "logo",
  "accent",
  "legal",
  "sameAs",
  "pages",
  "privacy",
  "tdm",
  "tdmPolicy",
];
const LEGAL = [
  "publisher",
  "address",
  "email",
  "phone",
  "responsible",
  "register",
  "vatId",
  "managingDirectors",
  "authority",
];
const PAGE_ROLES = ["publishingPrinciples", "correctionsPolicy", "masthead"];
const SCHEMES = Object.keys(SCHEME_BACKGROUNDS) as Scheme[];

/** The longest text of each setting, by its path (list entries as `*`); a line otherwise. */
const SETTING_LIMITS: Record<string, number> = {
  name: TEXT_LIMITS.name,
  description: TEXT_LIMITS.paragraph,
  logo: TEXT_LIMITS.url,
  "sections.*": TEXT_LIMITS.section,
  "legal.address": TEXT_LIMITS.address,
  "legal.responsible": TEXT_LIMITS.address,
  "sameAs.*": TEXT_LIMITS.url,
  "legal.managingDirectors.*": TEXT_LIMITS.name,
  "legal.authority": TEXT_LIMITS.address,
  "privacy.host": TEXT_LIMITS.address,
  "privacy.authority": TEXT_LIMITS.address,
  tdmPolicy: TEXT_LIMITS.url,
};

function settingLimit(path: (string | number)[]): number {
  const key = path.map((part) => (typeof part === "number" ? "*" : part)).join(".");
  return SETTING_LIMITS[key] ?? TEXT_LIMITS.line;
}

/**
 * Read a publication settings file (`file` as the editor should read it, `source` its
 * text).
 *
 * @example readPublication("p.yaml", "name: Abendblatt\n…", files).publication.name // "Abendblatt"
 */
export function readPublication(file: string, source: string, files: PublicationFiles): ReadPublication {
  const problems: Problem[] = [];
  const problem = (line: number, field: string, message: string) =>
    problems.push({ file, line, field, message, severity: "error" });
  const fallback = { publication: { ...DEMO_PUBLICATION, demo: false }, problems };

  if (source.length > SETTINGS_SIZE_LIMIT) {
    problem(
      1,
      "settings",
      `the file is ${source.length} characters long; settings have at most ${SETTINGS_SIZE_LIMIT}`,
    );
    return fallback;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const fileLine = (offset: number) => lineCounter.linePos(offset).line;
  for (const error of doc.errors)
    problem(fileLine(error.pos[0]), "settings", `invalid YAML: ${error.message}`);
  if (problems.length > 0) return fallback;
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    problem(1, "settings", `cannot be read: ${(error as Error).message}`);
    return fallback;
  }
  if (!isRecord(data)) {
    problem(1, "settings", "expected the settings as `name: value` lines");
    return fallback;
  }

  const lineOf = (...path: (string | number)[]) => yamlKeyLine(doc, path, fileLine);
  const fail = (path: (string | number)[], message: string) => {
    problem(lineOf(...path), path.join("."), message);
    return undefined;
  };
  // Sizes and characters first, so no pattern below reads an outsized or broken text.
  for (const [path, value] of stringsIn(data)) {
    const wrong = textProblem(value, settingLimit(path));
    if (wrong) fail(path, wrong);
  }
  if (problems.length > 0) return fallback;
  const unknownKeys = (value: Record<string, unknown>, known: string[], path: string[]) => {
    for (const key of Object.keys(value)) {
      if (!known.includes(key))
        fail([...path, key], `is not a setting Kiosk knows; expected ${known.join(", ")}`);
    }
  };
  const text = (value: unknown, path: (string | number)[], required = true): string | undefined => {
    if (value === undefined || value === null) return required ? fail(path, "is required") : undefined;
    if (typeof value !== "string" && typeof value !== "number") return fail(path, "must be text");
    const trimmed = String(value).trim();
    return trimmed ? trimmed : fail(path, "must not be empty");
  };

  unknownKeys(data, SETTINGS, []);
  const publication: Publication = { ...DEMO_PUBLICATION, sameAs: [], pages: {}, demo: false };
  publication.name = text(data["name"], ["name"]) ?? DEMO_PUBLICATION.name;
  publication.description = text(data["description"], ["description"]) ?? DEMO_PUBLICATION.description;

  const language = data["language"] ?? "de";
  if (language === "de" || language === "en") publication.language = language;
  else fail(["language"], `must be de or en, found ${JSON.stringify(language)}`);

  const timeZone = text(data["timeZone"], ["timeZone"], false);
  if (timeZone !== undefined) {
    const known = ianaTimeZone(timeZone);
    if (known) publication.timeZone = known;
    else fail(["timeZone"], `"${timeZone}" is not a time zone of the IANA database, such as Europe/Berlin`);
  }

  const sections = data["sections"];
  if (sections !== undefined) publication.sections = readSections(sections, fail);

  const logo = data["logo"];
  if (logo !== undefined) {
    const src = text(logo, ["logo"]);
    const image =
      src === undefined ? undefined : files.image(src, { formats: LOGO_FORMATS, where: `beside ${file}` });
    if (typeof image === "string") fail(["logo"], image);
    else if (image && src !== undefined) publication.logo = { ...image, src };
  }

  const accent = data["accent"];
  if (accent !== undefined) publication.accent = readAccent(accent, fail, unknownKeys);

  const legal = data["legal"];
  if (isRecord(legal)) {
    unknownKeys(legal, LEGAL, ["legal"]);
    const field = (name: keyof LegalDetails, required = true) => text(legal[name], ["legal", name], required);
    const [publisher, address, email, responsible] = [
      field("publisher"),
      field("address"),
      field("email"),
      field("responsible"),
    ];
    if (email !== undefined && !isEmailAddress(email)) {
      fail(["legal", "email"], `must be an e-mail address, found "${email}"`);
    }
    const vatId = field("vatId", false);
    const vatIdWrong = vatId === undefined ? undefined : vatIdProblem(vatId);
    if (vatIdWrong) fail(["legal", "vatId"], vatIdWrong);
    const managingDirectors = readNames(legal["managingDirectors"], ["legal", "managingDirectors"], fail);
    const [phone, register, authority] = [
      field("phone", false),
      field("register", false),
      field("authority", false),
    ];
    if (publisher && address && email && responsible) {
      publication.legal = {
        publisher,
        address,
        email,
        phone,
        responsible,
        register,
        vatId,
        managingDirectors,
        authority,
      };
    }
  } else {
    fail(["legal"], "is required: publisher, address, email and responsible, for the Impressum");
  }

  const sameAs = data["sameAs"];
  if (sameAs !== undefined) {
    if (!Array.isArray(sameAs)) fail(["sameAs"], "must be a list of addresses (https://…)");
    else {
      publication.sameAs = sameAs.filter((url: unknown, index) =>
        typeof url === "string" && isWebAddress(url)
          ? true
          : fail(["sameAs", index], `must be an https:// address, found ${JSON.stringify(url)}`),
      );
    }
  }

  const pages = data["pages"];
  if (pages !== undefined) {
    if (!isRecord(pages)) fail(["pages"], `expected ${PAGE_ROLES.join(", ")}, each the slug of a page`);
    else {
      unknownKeys(pages, PAGE_ROLES, ["pages"]);
      for (const role of PAGE_ROLES) {
        const slug = text(pages[role], ["pages", role], false);
        if (slug === undefined) continue;
        const known = files.pages.has(slug) || (BUILT_IN_PAGES as readonly string[]).includes(slug);
        if (known) publication.pages[role as keyof PublicationPages] = slug;
        else fail(["pages", role], `there is no page ${slug}: add pages/${slug}.md beside ${file}`);
      }
    }
  }

  const privacy = data["privacy"];
  if (privacy !== undefined) publication.privacy = readPrivacy(privacy, fail, unknownKeys, text);
  readTdm(data, publication, fail);
  problems.sort((a, b) => a.line - b.line);
  return { publication, problems };
}

/** The sections as written, each a topic with its own URL segment; none twice. */
function readSections(
  sections: unknown,
  fail: (path: (string | number)[], message: string) => undefined,
): string[] | undefined {
  if (!Array.isArray(sections) || sections.length === 0) {
    return fail(["sections"], "must be a list of topics, e.g. [Politik, Wirtschaft, Kultur, Sport]");
  }
  if (sections.length > SECTIONS_LIMIT) {
    return fail(
      ["sections"],
      `has ${sections.length} entries; the navigation holds at most ${SECTIONS_LIMIT}`,
    );
  }
  const names = new Map<string, string>();
  let valid = true;
  sections.forEach((name: unknown, index) => {
    if (typeof name !== "string" || !name.trim()) {
      valid = false;
      return fail(["sections", index], `must be a topic's name, found ${JSON.stringify(name)}`);
    }
    const slug = slugify(name);
    const other = names.get(slug);
    if (!slug || other !== undefined) {
      valid = false;
      return fail(
        ["sections", index],
        slug
          ? `"${name}" and "${other}" would share ${topicPath("/", slug)}`
          : `"${name}" has no letters or digits for its URL`,
      );
    }
    names.set(slug, name.trim());
  });
  return valid ? [...names.values()] : undefined;
}

/** A list of people's names, such as the managing directors; none when the setting is left out. */
function readNames(
  names: unknown,
  path: string[],
  fail: (path: (string | number)[], message: string) => undefined,
): string[] | undefined {
  if (names === undefined || names === null) return undefined;
  if (!Array.isArray(names) || names.length === 0) {
    return fail(path, "must be a list of names, e.g. [Erika Muster, Max Muster]");
  }
  const valid = names.filter((name: unknown, index) =>
    typeof name === "string" && name.trim()
      ? true
      : fail([...path, index], `must be a person's name, found ${JSON.stringify(name)}`),
  );
  return valid.length === names.length ? valid.map((name: string) => name.trim()) : undefined;
}

/** Accent colours by scheme; sepia takes the light one unless given. */
function readAccent(
  accent: unknown,
  fail: (path: (string | number)[], message: string) => undefined,
  unknownKeys: (value: Record<string, unknown>, known: string[], path: string[]) => void,
): Record<Scheme, string> | undefined {
  if (!isRecord(accent)) {
    return fail(
      ["accent"],
      "expected light: and dark: colours (#rrggbb): no one colour has 4.5:1 contrast on both the light and the dark background",
    );
  }
  unknownKeys(accent, SCHEMES, ["accent"]);
  const colours: Partial<Record<Scheme, string>> = {};
  let valid = true;
  for (const scheme of SCHEMES) {
    const value = accent[scheme] ?? (scheme === "sepia" ? accent["light"] : undefined);
    const path = ["accent", accent[scheme] === undefined ? "light" : scheme];
    if (value === undefined) {
      valid = false;
      if (scheme !== "sepia") fail(["accent", scheme], "is required: a colour (#rrggbb)");
      continue;
    }
    if (typeof value !== "string" || !isHexColour(value)) {
      valid = false;
      if (accent[scheme] !== undefined)
        fail(path, `must be a colour written #rrggbb, found ${JSON.stringify(value)}`);
      continue;
    }
    const background = SCHEME_BACKGROUNDS[scheme];
    const ratio = contrastRatio(value, background);
    if (ratio < TEXT_CONTRAST) {
      valid = false;
      fail(
        path,
        `${value} has a contrast of ${ratio.toFixed(2)}:1 on the ${scheme} background ${background}; text needs at least ${TEXT_CONTRAST}:1`,
      );
    }
    colours[scheme] = value.toLowerCase();
  }
  return valid ? (colours as Record<Scheme, string>) : undefined;
}

/** `tdm:` and `tdmPolicy:`; a policy only where mining is reserved, since TDMRep reads it only then. */
function readTdm(
  data: Record<string, unknown>,
  publication: Publication,
  fail: (path: (string | number)[], message: string) => undefined,
): void {
  const tdm = data["tdm"] ?? "reserved";
  if ((TDM_CHOICES as readonly unknown[]).includes(tdm)) publication.tdm = tdm as TdmChoice;
  else fail(["tdm"], `must be ${TDM_CHOICES.join(" or ")}, found ${JSON.stringify(tdm)}`);
  const policy = data["tdmPolicy"];
  if (policy === undefined) return;
  if (typeof policy !== "string" || !isWebAddress(policy)) {
    fail(["tdmPolicy"], `must be an https:// address, found ${JSON.stringify(policy)}`);
  } else if (tdm === "allowed") {
    fail(["tdmPolicy"], "applies only to reserved mining: remove it, or set tdm: reserved");
  } else publication.tdmPolicy = policy;
}

/** A local part and a domain with a dot, nothing blank. */
function isEmailAddress(text: string): boolean {
  const [local, domain, ...more] = text.split("@");
  return (
    more.length === 0 &&
    !!local &&
    !!domain &&
    !/\s/.test(text) &&
    domain.includes(".") &&
    !domain.startsWith(".") &&
    !domain.endsWith(".")
  );
}

/** An https:// address of a named host. */
function isWebAddress(text: string): boolean {
  const url = URL.parse(text);
  return !!url && url.protocol === "https:" && url.hostname.includes(".") && !/\s/.test(text);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
