/** A logo's kind, from its file name, and the size it is drawn at in its own units. */
export interface LogoSize {
  type: "svg" | "png";
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Markup that runs or loads something when the SVG file is opened at its own address,
 * where no page's Content Security Policy guards it.
 */
const ACTIVE_SVG = /<script\b|<foreignObject\b|\son[a-z]+\s*=|javascript:|<!ENTITY/i;

/**
 * The size of a PNG (its IHDR chunk) or an SVG (`width`/`height` of its root, else its
 * `viewBox`), or what is wrong with the file. Pages reserve that box before the logo
 * arrives, so nothing moves when it does.
 *
 * @example logoSize("logo.svg", new TextEncoder().encode('<svg viewBox="0 0 40 20"/>')) // { type: "svg", width: 40, height: 20 }
 */
export function logoSize(name: string, bytes: Uint8Array): LogoSize | string {
  if (/\.png$/i.test(name)) return pngSize(bytes);
  if (/\.svg$/i.test(name)) return svgSize(new TextDecoder().decode(bytes));
  return "must be an SVG or PNG file (.svg or .png)";
}

function pngSize(bytes: Uint8Array): LogoSize | string {
  const ihdr = new TextDecoder().decode(bytes.subarray(12, 16));
  if (bytes.length < 24 || PNG_SIGNATURE.some((byte, at) => bytes[at] !== byte) || ihdr !== "IHDR") {
    return "is not a PNG image";
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { type: "png", width: view.getUint32(16), height: view.getUint32(20) };
}

function svgSize(text: string): LogoSize | string {
  const root = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!root) return "is not an SVG image: it has no <svg> element";
  if (ACTIVE_SVG.test(text)) {
    return "must not contain scripts, event handlers, foreignObject or entities: the file is served as it is";
  }
  const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, "i").exec(root)?.[1];
  const length = (value: string | undefined) => {
    const match = value === undefined ? null : /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/.exec(value);
    return match ? Number(match[1]) : undefined;
  };
  const width = length(attribute("width"));
  const height = length(attribute("height"));
  if (width && height) return { type: "svg", width, height };
  const box = attribute("viewBox")
    ?.trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box?.length === 4 && box.every(Number.isFinite) && box[2]! > 0 && box[3]! > 0) {
    return { type: "svg", width: box[2]!, height: box[3]! };
  }
  return "needs a viewBox (or width and height in pixels) on its <svg> element, so pages can reserve its space";
}
