/**
 * An SVG that only draws. A logo is served as it is, on the site's own address, where a
 * reader who opens it gets a document of its own: whatever in it runs or loads, runs or
 * loads there. So the file is read as XML (namespaces resolved, no DOCTYPE and so no
 * entities, nothing loaded) and every element and attribute must be on a short list of
 * shapes, text, gradients, clips and masks in the SVG namespace. docs/decisions/088 says
 * what is on the list and why.
 */
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from "saxes";
import { NESTING_DEPTH_LIMIT } from "./input-limits.ts";

const SVG = "http://www.w3.org/2000/svg";
const XML = "http://www.w3.org/XML/1998/namespace";
const XLINK = "http://www.w3.org/1999/xlink";
const XMLNS = "http://www.w3.org/2000/xmlns/";

/** Elements that draw, group or describe, and paint servers, clips and masks referred to by `url(#id)`. */
const ELEMENTS = new Set([
  "svg",
  "g",
  "defs",
  "title",
  "desc",
  "path",
  "rect",
  "circle",
  "ellipse",
  "line",
  "polyline",
  "polygon",
  "text",
  "tspan",
  "linearGradient",
  "radialGradient",
  "stop",
  "clipPath",
  "mask",
]);

/** Attributes without a namespace: geometry, paint and text properties, and `href` to this file. */
const ATTRIBUTES = new Set([
  ...["id", "class", "lang", "version", "baseProfile", "enable-background"],
  ...["viewBox", "preserveAspectRatio", "x", "y", "width", "height", "transform", "transform-origin"],
  ...["d", "pathLength", "cx", "cy", "r", "rx", "ry", "x1", "y1", "x2", "y2", "points"],
  ...["href", "gradientUnits", "gradientTransform", "spreadMethod", "offset", "fx", "fy", "fr"],
  ...["clipPathUnits", "maskUnits", "maskContentUnits", "mask-type"],
  ...["dx", "dy", "rotate", "textLength", "lengthAdjust"],
  ...["fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap"],
  ...["stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "paint-order"],
  ...["opacity", "color", "clip-path", "clip-rule", "mask", "display", "visibility", "overflow"],
  ...["font-family", "font-size", "font-size-adjust", "font-weight", "font-style", "font-stretch"],
  ...["font-variant", "letter-spacing", "word-spacing", "text-anchor", "text-decoration"],
  ...["dominant-baseline", "alignment-baseline", "baseline-shift", "writing-mode", "direction"],
  ...["unicode-bidi", "stop-color", "stop-opacity", "shape-rendering", "text-rendering"],
  ...["image-rendering", "color-interpolation", "color-rendering", "vector-effect", "isolation"],
  "mix-blend-mode",
]);

/** Attributes in the XML and XLink namespaces, by namespace and local name. */
const NAMESPACED_ATTRIBUTES = new Set([`${XML} space`, `${XML} lang`, `${XLINK} href`]);

/** CSS functions an attribute value may call: colours and transforms, none of which loads anything. */
const FUNCTIONS = new Set([
  ...["rgb", "rgba", "hsl", "hsla", "hwb", "lab", "lch", "oklab", "oklch"],
  ...["matrix", "translate", "translatex", "translatey", "scale", "scalex", "scaley"],
  ...["rotate", "skew", "skewx", "skewy"],
]);

/** `url(#id)`, read where a `url(` starts: a paint server, clip or mask of this file. */
const SAME_FILE_URL = /url\(\s*(["']?)#[\w.:-]+\1\s*\)/iy;

/** `#id`: something in this file. */
const FRAGMENT = /^#[\w.:-]+$/;

/** The box a logo is drawn in, in its own units. */
export interface SvgSize {
  width: number;
  height: number;
}

/** What is wrong, at a line of the SVG file. */
export interface SvgProblem {
  line: number;
  message: string;
}

/** Thrown out of the parser's handlers to stop at the first problem. */
class Refusal extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.line = line;
  }
}

/**
 * The size of an SVG that only draws (its root's `width` and `height` in pixels, else
 * its `viewBox`), or its first problem. Parsing stops at the first problem, and no
 * element is nested deeper than the input limit, so the time grows with the file.
 *
 * @example staticSvg(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"/>')) // { width: 40, height: 20 }
 */
export function staticSvg(bytes: Uint8Array): SvgSize | SvgProblem {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { line: 1, message: "is not UTF-8 text: save it as UTF-8" };
  }
  const parser = new SaxesParser({ xmlns: true, position: true });
  const refuse = (message: string, line = parser.line) => {
    throw new Refusal(line, message);
  };
  let root: SaxesTagNS | undefined;
  let depth = 0;
  let tagLine = 1;
  const attributeLines = new Map<string, number>();

  parser.on("error", (error) => refuse(`is not well-formed XML: ${error.message.replace(/^\d+:\d+: /, "")}`));
  parser.on("xmldecl", ({ encoding }) => {
    if (encoding !== undefined && encoding.toLowerCase() !== "utf-8")
      refuse(`declares the encoding ${encoding}: save it as UTF-8 and declare that, or nothing`);
  });
  parser.on("doctype", () =>
    refuse("has a <!DOCTYPE>: remove it; a DOCTYPE can declare entities that change what the file says"),
  );
  parser.on("processinginstruction", ({ target }) =>
    refuse(`has the processing instruction <?${target} …?>: remove it; it can load a stylesheet`),
  );
  parser.on("cdata", () =>
    refuse(
      "has a <![CDATA[ section: remove it; only <style> and <script>, which a logo may not have, need one",
    ),
  );
  parser.on("opentagstart", () => {
    tagLine = parser.line;
    attributeLines.clear();
    if (++depth > NESTING_DEPTH_LIMIT)
      refuse(`nests elements more than ${NESTING_DEPTH_LIMIT} deep: flatten its groups`);
  });
  parser.on("attribute", ({ name }) => attributeLines.set(name, parser.line));
  parser.on("opentag", (tag) => {
    const problem = elementProblem(tag, root === undefined);
    if (problem) refuse(problem, tagLine);
    root ??= tag;
    for (const attribute of Object.values(tag.attributes)) {
      const problem = attributeProblem(tag.name, attribute);
      if (problem) refuse(problem, attributeLines.get(attribute.name));
    }
  });
  parser.on("closetag", () => depth--);

  try {
    parser.write(text.replace(/^\uFEFF/, "")).close();
  } catch (error) {
    if (error instanceof Refusal) return { line: error.line, message: error.message };
    throw error;
  }
  return root ? svgSize(root) : { line: 1, message: "is not an SVG image: it has no <svg> element" };
}

function elementProblem({ name, uri, local }: SaxesTagNS, isRoot: boolean): string | undefined {
  if (isRoot && (uri !== SVG || local !== "svg")) {
    return `starts with <${name}>, not <svg xmlns="${SVG}">: browsers draw only that as SVG`;
  }
  if (uri !== SVG) {
    return `<${name}> is in the namespace ${uri ? `"${uri}"` : "of no name"}: a logo has only SVG elements; export it as plain SVG`;
  }
  if (!ELEMENTS.has(local)) {
    return `<${name}> is not allowed in a logo (it is served as it is, on the site's own address); allowed are ${[...ELEMENTS].join(", ")}`;
  }
  return undefined;
}

function attributeProblem(
  element: string,
  { name, uri, local, value }: SaxesAttributeNS,
): string | undefined {
  const where = `${name}=${JSON.stringify(shortened(value))} on <${element}>`;
  if (uri === XMLNS) return undefined;
  if (/^on/i.test(local)) return `${where} is an event handler: a logo runs no script`;
  if (uri !== "" && !NAMESPACED_ATTRIBUTES.has(`${uri} ${local}`)) {
    return `${where} is not an attribute Kiosk allows in a logo; export it as plain SVG`;
  }
  if (uri === "" && !ATTRIBUTES.has(local)) {
    return local === "style"
      ? `${where}: style attributes are not allowed in a logo; write each property as its own attribute (fill="…"), as an optimised SVG export does`
      : `${where} is not an attribute Kiosk allows in a logo`;
  }
  if (local === "href" && !FRAGMENT.test(value)) {
    return `${where} points outside the file: a logo may refer only to its own parts (#id)`;
  }
  if (value.includes("\\")) return `${where} has a backslash, which CSS reads as an escape`;
  const call = unsafeCall(value);
  if (call === "url") return `${where} loads something: url() may name only a part of this file (url(#id))`;
  if (call !== undefined) return `${where} calls ${shortened(call)}(), which Kiosk does not allow in a logo`;
  return undefined;
}

/**
 * The first CSS function in `value` that is not on the list, or a `url()` that names
 * anything but a part of this file. Each name is read backwards from its `(`, so every
 * character is looked at a bounded number of times.
 */
function unsafeCall(value: string): string | undefined {
  for (let open = value.indexOf("("); open !== -1; open = value.indexOf("(", open + 1)) {
    let start = open;
    while (start > 0 && /[\w-]/.test(value[start - 1]!)) start--;
    const name = value.slice(start, open).toLowerCase();
    if (name === "url") {
      SAME_FILE_URL.lastIndex = start;
      if (!SAME_FILE_URL.test(value)) return name;
    } else if (!FUNCTIONS.has(name)) return name;
  }
  return undefined;
}

/** Enough of a value to find it in the file. */
function shortened(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

function svgSize(root: SaxesTagNS): SvgSize | SvgProblem {
  const attribute = (name: string) => root.attributes[name]?.value;
  const length = (value: string | undefined) => {
    const match = value === undefined ? null : /^(\d+(?:\.\d+)?)(?:\s*px)?$/.exec(value.trim());
    return match ? Number(match[1]) : undefined;
  };
  const width = length(attribute("width"));
  const height = length(attribute("height"));
  if (width && height) return { width, height };
  const box = attribute("viewBox")
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box?.length === 4 && box.every(Number.isFinite) && box[2]! > 0 && box[3]! > 0) {
    return { width: box[2]!, height: box[3]! };
  }
  return {
    line: 1,
    message:
      "needs a viewBox (or width and height in pixels) on its <svg> element, so pages can reserve its space",
  };
}
