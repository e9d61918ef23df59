/**
 * The Datenschutzerklärung Kiosk makes from the settings when `pages/datenschutz.md` is
 * missing, in the interface's language: who is responsible (the Impressum's
 * publisher), what the server logs and for how long, who hosts the site, that no page
 * sets cookies, tracks or asks another server for anything, and the reader's rights
 * under Art. 15–21 and 77 GDPR. What it says of cookies and other servers holds for
 * every page Kiosk builds; the host's logs are the only personal data left.
 */
import type { PrivacyDetails } from "./privacy-settings.ts";
import type { Language } from "./publication.ts";

export interface StatementSection {
  heading: string;
  paragraphs: string[];
}

export interface PrivacyStatement {
  intro: string;
  /** The heading and sentence before the publisher's name, address and e-mail. */
  controller: StatementSection;
  sections: StatementSection[];
}

/** A setting of several lines as one line of running text. */
const oneLine = (text: string) => text.split("\n").join(", ");

const STATEMENTS: Record<Language, (privacy: PrivacyDetails) => PrivacyStatement> = {
  de: ({ host, logRetentionDays: days, authority }) => ({
    intro:
      "Hier steht, welche personenbezogenen Daten beim Besuch dieser Website verarbeitet werden, wozu und wie lange, und welche Rechte Sie haben (Art.\u00a013 DSGVO).",
    controller: {
      heading: "Verantwortlicher",
      paragraphs: [
        "Verantwortlich für die Verarbeitung im Sinne der Datenschutz-Grundverordnung (DSGVO) ist:",
      ],
    },
    sections: [
      {
        heading: "Zugriffsdaten in den Server-Protokollen",
        paragraphs: [
          "Bei jedem Abruf einer Seite verarbeitet der Server, der diese Website ausliefert, Ihre IP-Adresse, Datum und Uhrzeit des Abrufs, die aufgerufene Adresse, die Kennung Ihres Browsers (User-Agent) und die Seite, von der Sie kamen (Referrer).",
          `Das ist nötig, um Ihnen die Seiten zu senden und den Betrieb gegen Störungen und Angriffe zu sichern. Rechtsgrundlage ist unser berechtigtes Interesse an einer sicheren, funktionierenden Website (Art.\u00a06 Abs.\u00a01 lit.\u00a0f DSGVO). Die Protokolle werden nach ${days === 1 ? "einem Tag" : `${days}\u00a0Tagen`} gelöscht.`,
        ],
      },
      ...(host
        ? [
            {
              heading: "Hosting",
              paragraphs: [
                `Die Website wird gehostet von: ${oneLine(host)}. Dieser Anbieter verarbeitet die Zugriffsdaten in unserem Auftrag (Art.\u00a028 DSGVO).`,
              ],
            },
          ]
        : []),
      {
        heading: "Keine Cookies, kein Tracking",
        paragraphs: [
          "Diese Website setzt keine Cookies, nutzt keine Werkzeuge zur Reichweitenmessung, zum Tracking oder für Werbung und lädt nichts von fremden Servern: Schriften, Bilder, Suche und Skripte kommen von derselben Adresse wie die Seite. Ihr Browser fragt bei niemandem sonst an.",
          "Ihre Einstellungen zur Darstellung (Schriftgröße und Farben) speichert nur Ihr Browser, in seinem lokalen Speicher (localStorage); sie werden nie an uns oder andere gesendet. Sie können sie in Ihrem Browser jederzeit löschen.",
        ],
      },
      {
        heading: "Ihre Rechte",
        paragraphs: [
          "Sie haben nach Art.\u00a015 bis 21 DSGVO das Recht auf Auskunft über die Daten, die wir über Sie verarbeiten, auf ihre Berichtigung und Löschung, auf Einschränkung der Verarbeitung und auf Datenübertragbarkeit, und Sie können der Verarbeitung widersprechen. Schreiben Sie uns dazu an die oben genannte E-Mail-Adresse.",
          `Außerdem können Sie sich bei einer Datenschutz-Aufsichtsbehörde beschweren (Art.\u00a077 DSGVO)${authority ? `; für uns zuständig ist: ${oneLine(authority)}.` : ", etwa bei der Aufsichtsbehörde Ihres Wohnorts."}`,
        ],
      },
    ],
  }),
  en: ({ host, logRetentionDays: days, authority }) => ({
    intro:
      "This statement says which personal data are processed when you visit this website, why and for how long, and what rights you have (Art.\u00a013 GDPR).",
    controller: {
      heading: "Controller",
      paragraphs: ["The controller under the General Data Protection Regulation (GDPR) is:"],
    },
    sections: [
      {
        heading: "Server logs",
        paragraphs: [
          "Each time a page is requested, the server that delivers this website processes your IP address, the date and time of the request, the address requested, what your browser says about itself (user agent) and the page you came from (referrer).",
          `This is needed to send you the pages and to keep the site safe from faults and attacks. The legal basis is our legitimate interest in a secure, working website (Art.\u00a06(1)(f) GDPR). The logs are deleted after ${days === 1 ? "one day" : `${days}\u00a0days`}.`,
        ],
      },
      ...(host
        ? [
            {
              heading: "Hosting",
              paragraphs: [
                `The website is hosted by ${oneLine(host)}, which processes these data on our behalf (Art.\u00a028 GDPR).`,
              ],
            },
          ]
        : []),
      {
        heading: "No cookies, no tracking",
        paragraphs: [
          "This website sets no cookies, uses no analytics, tracking or advertising tools and loads nothing from other servers: fonts, images, search and scripts all come from the same address as the page. Your browser asks no one else for anything.",
          "Your display settings (text size and colours) are kept only by your browser, in its local storage (localStorage), and are never sent to us or anyone else. You can delete them in your browser at any time.",
        ],
      },
      {
        heading: "Your rights",
        paragraphs: [
          "Under Art.\u00a015 to 21 GDPR you have the right of access to the data we process about you, to their rectification and erasure, to restriction of processing and to data portability, and you may object to the processing. Write to us at the email address above.",
          `You may also lodge a complaint with a data-protection supervisory authority (Art.\u00a077 GDPR)${authority ? `; the authority responsible for us is: ${oneLine(authority)}.` : ", for example the one where you live."}`,
        ],
      },
    ],
  }),
};

/**
 * The statement in `language`, from the `privacy:` settings.
 *
 * @example privacyStatement({ logRetentionDays: 7 }, "en").sections[0].heading // "Server logs"
 */
export function privacyStatement(privacy: PrivacyDetails, language: Language): PrivacyStatement {
  return STATEMENTS[language](privacy);
}
