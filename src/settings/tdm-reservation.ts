/**
 * The machine-readable reservation of text and data mining (§ 44b UrhG, Art. 4 of the
 * EU's DSM directive) in the forms of the W3C TDM Reservation Protocol (TDMRep, Final
 * Community Group Report): `/.well-known/tdmrep.json` and a `<meta>` pair on each page.
 */

/** What the settings' `tdm:` may say; `reserved` is the default. */
export const TDM_CHOICES = ["reserved", "allowed"] as const;
export type TdmChoice = (typeof TDM_CHOICES)[number];

/** The newsroom's choice, as the settings hold it. */
export interface TdmSettings {
  tdm: TdmChoice;
  tdmPolicy?: string | undefined;
}

/** One rule of `tdmrep.json`: the paths it covers and the newsroom's choice for them. */
export interface TdmRepRule {
  location: string;
  "tdm-reservation": 1;
  "tdm-policy"?: string;
}

/**
 * The rules of `tdmrep.json`: one reserving every path under the site's base path; none
 * where mining is allowed (the file is then left out).
 *
 * @example tdmRepRules("/nachrichten/", { tdm: "reserved" }) // [{ location: "/nachrichten/*", "tdm-reservation": 1 }]
 */
export function tdmRepRules(base: string, { tdm, tdmPolicy }: TdmSettings): TdmRepRule[] {
  if (tdm === "allowed") return [];
  return [{ location: `${base}*`, "tdm-reservation": 1, ...(tdmPolicy && { "tdm-policy": tdmPolicy }) }];
}

/**
 * The `<meta>` elements each page carries: TDMRep's HTML technique.
 *
 * @example tdmMeta({ tdm: "reserved" }) // [{ name: "tdm-reservation", content: "1" }]
 */
export function tdmMeta({ tdm, tdmPolicy }: TdmSettings): { name: string; content: string }[] {
  if (tdm === "allowed") return [];
  return [
    { name: "tdm-reservation", content: "1" },
    ...(tdmPolicy ? [{ name: "tdm-policy", content: tdmPolicy }] : []),
  ];
}
