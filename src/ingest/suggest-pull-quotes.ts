/** A sentence of direct speech and who said it, offered to the editor as a pull quote. */
export interface PullQuoteSuggestion {
  words: string;
  /** The speaker as the text names them, or "" when the text does not say nearby. */
  by: string;
}

/** Words of speaking that wire copy puts next to a quote: `"…", sagte Nono`. */
const VERB = "(?:sagte|sagten|sagt|erklärte|erklärten|betonte|betonten|so|said|says|told)";
const QUOTE = /"([^"\n]+?)"/g;
/** `", sagte der Sprecher, John Kirby, am Mittwoch …` → the speaker up to time or place. */
const SPEAKER_AFTER = new RegExp(
  `^,\\s*${VERB}\\s+(?!er\\b|sie\\b|he\\b|she\\b)([^.;:"]{2,80}?),?(?= am | in | vor | gegenüber | auf | on | at |[.;:]|$)`,
  "u",
);
/** `US-Präsident Joe Biden sagte …, fügte aber hinzu: "…"` → the subject of the sentence. */
const SPEAKER_BEFORE = new RegExp(
  `(?:^|[.!?]\\s+)(\\p{Lu}[^,.;:"]{1,60}?)\\s+(?:${VERB}|fügte)\\b[^"]*:\\s*$`,
  "u",
);

/** Pull quotes are short; longer speech is offered sentence by sentence. */
const MAX_LENGTH = 160;
const MIN_LENGTH = 15;

/**
 * Direct speech in one paragraph whose speaker the text names next to it. Quotes
 * without a speaking verb nearby (scare quotes, titles) are not speech.
 *
 * @example suggestPullQuotes('"Wir drängen auf eine schnelle Lösung", sagte Nono.')
 * // [{ words: "Wir drängen auf eine schnelle Lösung", by: "Nono" }]
 */
export function suggestPullQuotes(paragraph: string): PullQuoteSuggestion[] {
  const suggestions: PullQuoteSuggestion[] = [];
  for (const match of paragraph.matchAll(QUOTE)) {
    const after = paragraph.slice(match.index + match[0].length);
    const before = paragraph.slice(0, match.index);
    const speechAfter = new RegExp(`^,\\s*${VERB}\\b`, "u").test(after);
    const speakerBefore = SPEAKER_BEFORE.exec(before)?.[1];
    if (!speechAfter && speakerBefore === undefined) continue;
    const by = (speechAfter ? SPEAKER_AFTER.exec(after)?.[1] : speakerBefore)?.trim() ?? "";
    for (const words of shortPieces(match[1]!.trim().replace(/[,]$/, ""))) suggestions.push({ words, by });
  }
  return suggestions;
}

function shortPieces(quote: string): string[] {
  if (quote.length <= MAX_LENGTH) return quote.length >= MIN_LENGTH ? [quote] : [];
  const sentences = quote.match(/[^.!?…]+(?:[.!?…]+|$)/g) ?? [];
  return sentences
    .map((sentence) => sentence.trim())
    .filter((s) => s.length >= MIN_LENGTH && s.length <= MAX_LENGTH);
}
