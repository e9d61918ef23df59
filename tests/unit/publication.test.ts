import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { accentStyle } from "../../src/settings/accent-style.ts";
import { contrastRatio, SCHEME_BACKGROUNDS } from "../../src/settings/contrast.ts";
import { readImageFile } from "../../src/files/image-file.ts";
import { readPublicationFile } from "../../src/settings/load-publication.ts";
import { formatProblem } from "../../src/lib/problem.ts";
import { DEMO_PUBLICATION, readPublication, type PublicationFiles } from "../../src/settings/publication.ts";
import { publisherJsonLd } from "../../src/metadata/news-article.ts";
import { strings } from "../../src/interface/strings.ts";
import { ROOT } from "../../tools/project-copy.ts";

/** A settings file's folder: a logo (64 × 40) and one page beside it. */
const files: PublicationFiles = {
  image: (src, rule) => readImageFile(join(ROOT, "tests/fixtures/publication-harbour"), src, rule),
  pages: new Set(["grundsaetze"]),
};

const VALID = `name: Abendblatt
description: Nachrichten am Abend.
language: de
logo: logo.svg
accent:
  light: "#1d4e89"
  dark: "#9cc4ff"
legal:
  publisher: Abendblatt GmbH
  address: |
    Hafenstraße 1
    20457 Hamburg
  email: redaktion@abendblatt.example
  responsible: Erika Muster
pages:
  publishingPrinciples: grundsaetze
  correctionsPolicy: korrekturen
  masthead: impressum
`;

/** The problems of settings made from `VALID` by replacing one line, as the check prints them. */
function problemsWith(from: string, to: string): string[] {
  expect(VALID).toContain(from);
  return readPublication("p.yaml", VALID.replace(from, to), files).problems.map(formatProblem);
}

describe("readPublication", () => {
  it("should read every setting of a valid file, the sepia accent from the light one", () => {
    const { publication, problems } = readPublication("p.yaml", VALID, files);
    expect(problems).toEqual([]);
    expect(publication).toMatchObject({
      name: "Abendblatt",
      language: "de",
      logo: { src: "logo.svg", type: "svg", width: 64, height: 40 },
      accent: { light: "#1d4e89", dark: "#9cc4ff", sepia: "#1d4e89" },
      legal: { address: "Hafenstraße 1\n20457 Hamburg", responsible: "Erika Muster" },
      pages: { publishingPrinciples: "grundsaetze", correctionsPolicy: "korrekturen", masthead: "impressum" },
      demo: false,
    });
    expect(publication.sections).toBeUndefined();
    const named = readPublication("p.yaml", `${VALID}sections: [Politik, " Wirtschaft ", Kultur]\n`, files);
    expect(named.problems).toEqual([]);
    expect(named.publication.sections).toEqual(["Politik", "Wirtschaft", "Kultur"]);
  });

  it.each([
    [
      '  light: "#1d4e89"',
      '  light: "#ff9f8f"',
      [
        "p.yaml:6: accent.light: #ff9f8f has a contrast of 1.93:1 on the light background #fdfcf9; text needs at least 4.5:1",
        "p.yaml:6: accent.light: #ff9f8f has a contrast of 1.68:1 on the sepia background #f4ecd8; text needs at least 4.5:1",
      ],
    ],
    [
      '  dark: "#9cc4ff"',
      '  dark: "#1d4e89"',
      [
        "p.yaml:7: accent.dark: #1d4e89 has a contrast of 2.20:1 on the dark background #141414; text needs at least 4.5:1",
      ],
    ],
    [
      '  dark: "#9cc4ff"',
      '  dark: "#9cc4ff"\n  sepia: "#c08040"',
      [
        "p.yaml:8: accent.sepia: #c08040 has a contrast of 2.79:1 on the sepia background #f4ecd8; text needs at least 4.5:1",
      ],
    ],
    [
      '  dark: "#9cc4ff"',
      "  dark: blue",
      ['p.yaml:7: accent.dark: must be a colour written #rrggbb, found "blue"'],
    ],
    ["logo: logo.svg", "logo: fehlt.svg", ["p.yaml:4: logo: file fehlt.svg does not exist beside p.yaml"]],
    [
      "logo: logo.svg",
      "logo: logo.gif",
      ["p.yaml:4: logo: logo.gif must be an image in SVG or PNG format (.svg or .png)"],
    ],
    [
      "logo: logo.svg",
      "logo: ../publication-harbour/logo.svg",
      [
        "p.yaml:4: logo: ../publication-harbour/logo.svg leads out of the folder: put the image beside p.yaml",
      ],
    ],
    ["language: de", "language: fr", ['p.yaml:3: language: must be de or en, found "fr"']],
    ["name: Abendblatt", "name: ", ["p.yaml:1: name: is required"]],
    [
      "  email: redaktion@abendblatt.example",
      "  email: redaktion",
      ['p.yaml:13: legal.email: must be an e-mail address, found "redaktion"'],
    ],
    ["  responsible: Erika Muster\n", "", ["p.yaml:8: legal.responsible: is required"]],
    [
      "  masthead: impressum",
      "  masthead: team",
      ["p.yaml:18: pages.masthead: there is no page team: add pages/team.md beside p.yaml"],
    ],
    [
      "language: de",
      "language: de\ncolour: red",
      [
        "p.yaml:4: colour: is not a setting Kiosk knows; expected name, description, language, timeZone, sections, logo, accent, legal, sameAs, pages, privacy, tdm, tdmPolicy",
      ],
    ],
    [
      "language: de",
      "language: de\nsections: Politik",
      ["p.yaml:4: sections: must be a list of topics, e.g. [Politik, Wirtschaft, Kultur, Sport]"],
    ],
    [
      "language: de",
      "language: de\nsections: [Politik, Außenpolitik, politik, '!!', 3]",
      [
        'p.yaml:4: sections.2: "politik" and "Politik" would share /themen/politik/',
        'p.yaml:4: sections.3: "!!" has no letters or digits for its URL',
        "p.yaml:4: sections.4: must be a topic's name, found 3",
      ],
    ],
    [
      "language: de",
      `language: de\nsections: [${Array.from({ length: 13 }, (_, n) => `R${n}`).join(", ")}]`,
      ["p.yaml:4: sections: has 13 entries; the navigation holds at most 12"],
    ],
    [
      "language: de",
      `language: de\nsections:\n  - ${"Sehr lange Ressortbezeichnung ".repeat(2)}`,
      ["p.yaml:5: sections.0: is 59 characters long; at most 40 are allowed"],
    ],
    [
      "language: de",
      "language: de\nsameAs: [http://example.org]",
      ['p.yaml:4: sameAs.0: must be an https:// address, found "http://example.org"'],
    ],
    ["language: de", "language: de\ntdm: no", ['p.yaml:4: tdm: must be reserved or allowed, found "no"']],
    ["language: de", "language: de\ntdm: false", ["p.yaml:4: tdm: must be reserved or allowed, found false"]],
    [
      "language: de",
      "language: de\ntdmPolicy: http://abendblatt.example/tdm",
      ['p.yaml:4: tdmPolicy: must be an https:// address, found "http://abendblatt.example/tdm"'],
    ],
    [
      "language: de",
      "language: de\ntdm: allowed\ntdmPolicy: https://abendblatt.example/tdm",
      ["p.yaml:5: tdmPolicy: applies only to reserved mining: remove it, or set tdm: reserved"],
    ],
    [
      "name: Abendblatt",
      "name: [Abendblatt",
      [
        "p.yaml:2: settings: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
      ],
    ],
  ])("should refuse %j → %j with file and line", (from, to, expected) => {
    const problems = problemsWith(from, to);
    expect(problems.map((line) => line.slice(0, expected[0]!.length))).toEqual(expected);
  });

  it("should read the Impressum's optional particulars and the privacy settings, a week of logs by default", () => {
    const legal = `  responsible: Erika Muster
  register: Amtsgericht Hamburg, HRB 12345
  vatId: DE 123 456 789
  managingDirectors: [Erika Muster, " Max Muster "]
  authority: |
    Behörde für Wirtschaft
    Hamburg
`;
    const privacy =
      "privacy:\n  host: Hafen-Hosting GmbH, Kaistraße 2, Hamburg\n  logRetentionDays: 14\n  authority: HmbBfDI\n";
    const { publication, problems } = readPublication(
      "p.yaml",
      VALID.replace("  responsible: Erika Muster\n", legal) + privacy,
      files,
    );
    expect(problems).toEqual([]);
    expect(publication.legal).toMatchObject({
      register: "Amtsgericht Hamburg, HRB 12345",
      vatId: "DE 123 456 789",
      managingDirectors: ["Erika Muster", "Max Muster"],
      authority: "Behörde für Wirtschaft\nHamburg",
    });
    expect(publication.privacy).toEqual({
      host: "Hafen-Hosting GmbH, Kaistraße 2, Hamburg",
      logRetentionDays: 14,
      authority: "HmbBfDI",
    });
    const plain = readPublication("p.yaml", VALID, files).publication;
    expect(plain.privacy).toEqual({ logRetentionDays: 7 });
    expect(plain.legal.register ?? plain.legal.vatId ?? plain.legal.managingDirectors).toBeUndefined();
    const euVat = VALID.replace(
      "  responsible: Erika Muster\n",
      "  responsible: Erika Muster\n  vatId: ATU12345678\n",
    );
    expect(readPublication("p.yaml", euVat, files).problems).toEqual([]);
  });

  it.each([
    ["  vatId: DE12345", ['p.yaml:15: legal.vatId: a German USt-IdNr. is DE and 9 digits, found "DE12345"']],
    [
      "  vatId: DE1234567890",
      ['p.yaml:15: legal.vatId: a German USt-IdNr. is DE and 9 digits, found "DE1234567890"'],
    ],
    [
      "  vatId: 123456789",
      [
        'p.yaml:15: legal.vatId: must be a VAT identification number: two capital letters for the country, then 2 to 13 letters or digits, such as DE123456789; found "123456789"',
      ],
    ],
    ["  vatId: FR1234567890123456", ["p.yaml:15: legal.vatId: must be a VAT identification number"]],
    ["  vatId: fr12345678901", ["p.yaml:15: legal.vatId: must be a VAT identification number"]],
    [
      "  managingDirectors: Erika Muster",
      ["p.yaml:15: legal.managingDirectors: must be a list of names, e.g. [Erika Muster, Max Muster]"],
    ],
    [
      "  managingDirectors: []",
      ["p.yaml:15: legal.managingDirectors: must be a list of names, e.g. [Erika Muster, Max Muster]"],
    ],
    [
      "  managingDirectors:\n    - Erika Muster\n    - 3",
      ["p.yaml:17: legal.managingDirectors.1: must be a person's name, found 3"],
    ],
    [
      `  managingDirectors: [${"Erika ".repeat(21)}]`,
      ["p.yaml:15: legal.managingDirectors.0: is 125 characters long; at most 120 are allowed"],
    ],
    ['  register: ""', ["p.yaml:15: legal.register: must not be empty"]],
    ["  register: [Amtsgericht Hamburg]", ["p.yaml:15: legal.register: must be text"]],
    ["  authority: {}", ["p.yaml:15: legal.authority: must be text"]],
    [
      "  court: Hamburg",
      [
        "p.yaml:15: legal.court: is not a setting Kiosk knows; expected publisher, address, email, phone, responsible, register, vatId, managingDirectors, authority",
      ],
    ],
  ])("should refuse the Impressum's particular %j with its line", (line, expected) => {
    const problems = problemsWith("  responsible: Erika Muster\n", `  responsible: Erika Muster\n${line}\n`);
    expect(problems.map((problem) => problem.slice(0, expected[0]!.length))).toEqual(expected);
  });

  it.each([
    [
      "privacy: yes",
      ["p.yaml:4: privacy: expected host, logRetentionDays, authority, each on a line of its own"],
    ],
    ["privacy: [host]", ["p.yaml:4: privacy: expected host, logRetentionDays, authority"]],
    [
      "privacy:\n  logRetentionDays: 0",
      ["p.yaml:5: privacy.logRetentionDays: must be a whole number of days from 1 to 365, found 0"],
    ],
    [
      "privacy:\n  logRetentionDays: 366",
      ["p.yaml:5: privacy.logRetentionDays: must be a whole number of days from 1 to 365, found 366"],
    ],
    [
      "privacy:\n  logRetentionDays: 7.5",
      ["p.yaml:5: privacy.logRetentionDays: must be a whole number of days from 1 to 365, found 7.5"],
    ],
    [
      "privacy:\n  logRetentionDays: eine Woche",
      [
        'p.yaml:5: privacy.logRetentionDays: must be a whole number of days from 1 to 365, found "eine Woche"',
      ],
    ],
    ['privacy:\n  host: " "', ["p.yaml:5: privacy.host: must not be empty"]],
    [`privacy:\n  authority: ${"x".repeat(501)}`, ["p.yaml:5: privacy.authority: is 501 characters long"]],
    [
      "privacy:\n  host: Hafen-Hosting\n  cookies: none",
      ["p.yaml:6: privacy.cookies: is not a setting Kiosk knows; expected host, logRetentionDays, authority"],
    ],
  ])("should refuse the privacy setting %j with its line", (lines, expected) => {
    const problems = problemsWith("language: de", `language: de\n${lines}`);
    expect(problems.map((problem) => problem.slice(0, expected[0]!.length))).toEqual(expected);
  });

  it("should reserve text and data mining unless the settings allow it, with a policy only where reserved", () => {
    const read = (lines: string) => readPublication("p.yaml", `${VALID}${lines}`, files);
    expect(DEMO_PUBLICATION.tdm).toBe("reserved");
    expect(read("").publication.tdm).toBe("reserved");
    expect(read("").publication.tdmPolicy).toBeUndefined();
    const policy = read("tdm: reserved\ntdmPolicy: https://abendblatt.example/tdm\n");
    expect(policy.problems).toEqual([]);
    expect(policy.publication).toMatchObject({
      tdm: "reserved",
      tdmPolicy: "https://abendblatt.example/tdm",
    });
    const allowed = read("tdm: allowed\n");
    expect(allowed.problems).toEqual([]);
    expect(allowed.publication.tdm).toBe("allowed");
  });

  it("should refuse one accent colour for every scheme: none reaches 4.5:1 on both light and dark", () => {
    const [problem] = problemsWith('accent:\n  light: "#1d4e89"\n  dark: "#9cc4ff"', 'accent: "#1d4e89"');
    expect(problem).toMatch(/^p\.yaml:5: accent: expected light: and dark: colours/);
  });

  it("should be the demo without a settings file, and name no logo or accent", () => {
    const loaded = readPublicationFile(join(ROOT, "tests/fixtures/no-such-folder/publication.yaml"));
    expect(loaded.problems).toEqual([]);
    expect(loaded.publication).toBe(DEMO_PUBLICATION);
    expect(loaded.publication).toMatchObject({ name: "Kiosk", language: "de" });
    expect(loaded.publication.logo ?? loaded.publication.accent).toBeUndefined();
  });

  it("should read the fixtures from disk: the harbour newsroom clean, the refused one with its two faults", () => {
    const harbour = readPublicationFile(
      join(ROOT, "tests/fixtures/publication-harbour/publication.yaml"),
      ROOT,
    );
    expect(harbour.problems).toEqual([]);
    expect(harbour.publication.pages).toEqual({
      publishingPrinciples: "principles",
      correctionsPolicy: "korrekturen",
      masthead: "impressum",
    });
    const refused = readPublicationFile(
      join(ROOT, "tests/fixtures/publication-refused/publication.yaml"),
      ROOT,
    );
    expect(refused.problems.map(({ line, field }) => `${line} ${field}`)).toEqual([
      "4 logo",
      "6 accent.light",
      "6 accent.light",
    ]);
  });
});

describe("the accent colours", () => {
  it("should check against the backgrounds the stylesheet really has", () => {
    const css = readFileSync(join(ROOT, "src/styles/global.css"), "utf8");
    expect(css).toContain(`--bg: light-dark(${SCHEME_BACKGROUNDS.light}, ${SCHEME_BACKGROUNDS.dark});`);
    expect(css).toMatch(new RegExp(`data-scheme="sepia"\\][^}]*--bg: ${SCHEME_BACKGROUNDS.sepia};`));
  });

  it("should compute WCAG contrast", () => {
    expect(contrastRatio("#000", "#ffffff")).toBe(21);
    expect(contrastRatio("#9a1b1b", SCHEME_BACKGROUNDS.light)).toBeGreaterThan(4.5);
  });

  it("should outrank global.css's accent in every scheme, with the hash of exactly its text", () => {
    const { css, hash } = accentStyle({ light: "#1d4e89", dark: "#9cc4ff", sepia: "#123456" });
    expect(css).toBe(
      ':root:root{--accent:light-dark(#1d4e89,#9cc4ff)}@media screen{:root:root[data-scheme="sepia"]{--accent:#123456}}',
    );
    expect(hash).toMatch(/^sha256-[A-Za-z0-9+/]+=*$/);
  });
});

describe("the publisher in JSON-LD", () => {
  const logo = "https://herald.example/logo.png";

  it("should stay an Organization while no page describes the newsroom", () => {
    expect(publisherJsonLd({ name: "Kiosk", logo })).toEqual({
      "@type": "Organization",
      name: "Kiosk",
      logo: { "@type": "ImageObject", url: logo, width: 512, height: 512 },
    });
  });

  it("should become a NewsMediaOrganization with the pages the settings name", () => {
    const masthead = "https://herald.example/impressum/";
    expect(
      publisherJsonLd({ name: "Herald", logo, masthead, sameAs: ["https://social.example/@h"] }),
    ).toMatchObject({
      "@type": "NewsMediaOrganization",
      masthead,
      sameAs: ["https://social.example/@h"],
    });
  });
});

describe("the interface strings", () => {
  it("should say everything in English too, in other words than the German where the words differ", () => {
    const keys = Object.keys(strings.de);
    expect(Object.keys(strings.en).sort()).toEqual(keys.sort());
    for (const key of keys) expect(strings.en[key as keyof typeof strings.en].trim(), key).not.toBe("");
    const same = keys.filter(
      (key) => strings.en[key as keyof typeof strings.en] === strings.de[key as keyof typeof strings.de],
    );
    expect(same.sort()).toEqual(["reader.schemeSepia", "reader.sizeNormal", "site.name"].sort());
  });
});
