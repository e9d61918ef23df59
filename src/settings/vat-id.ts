/**
 * The shape of a VAT identification number: two letters for the country, then 2 to 13
 * letters and digits (the EU's VIES formats all fit); a German USt-IdNr. is DE and
 * nine digits. Spaces, as printed on letters, are ignored.
 */
const EU_VAT_ID = /^[A-Z]{2}[0-9A-Z]{2,13}$/;
const GERMAN_VAT_ID = /^DE[0-9]{9}$/;

/**
 * What is wrong with `text` as a VAT identification number, if anything.
 *
 * @example vatIdProblem("DE 123 456 789") // undefined
 * @example vatIdProblem("DE12345") // 'a German USt-IdNr. is DE and 9 digits, found "DE12345"'
 */
export function vatIdProblem(text: string): string | undefined {
  const id = text.replaceAll(" ", "");
  if (id.startsWith("DE")) {
    return GERMAN_VAT_ID.test(id) ? undefined : `a German USt-IdNr. is DE and 9 digits, found "${text}"`;
  }
  return EU_VAT_ID.test(id)
    ? undefined
    : `must be a VAT identification number: two capital letters for the country, then 2 to 13 letters or digits, such as DE123456789; found "${text}"`;
}
