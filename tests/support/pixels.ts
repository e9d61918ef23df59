import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import type { Browser } from "playwright-core";
import { contrastRatio } from "./colour.ts";

/** An image as RGBA bytes, row by row. */
export interface Pixels {
  width: number;
  height: number;
  rgba: Uint8Array;
}

/** A rectangle in CSS pixels of the page, as Playwright's `boundingBox()` gives it. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A PNG's pixels. resvg decodes it as an image inside an SVG: a decoder Kiosk did not
 * write, for screenshots, printed pages and the share-image tests alike.
 */
export function decodePng(png: Uint8Array): Pixels {
  const bytes = Buffer.from(png);
  // IHDR, the first chunk after the 8-byte signature: width and height at 16 and 20.
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${bytes.toString("base64")}"/></svg>`;
  const decoded = new Resvg(svg, { imageRendering: 1 }).render();
  return { width: decoded.width, height: decoded.height, rgba: new Uint8Array(decoded.pixels) };
}

/** How far one image lies from another of its size; alpha is left out. */
export interface PixelDifference {
  /** Mean absolute difference of red, green and blue over all pixels, each of 255. */
  mean: [number, number, number];
  /** Share of pixels whose red, green or blue differs by more than `far`. */
  farOff: number;
}

/** The difference of two images of one size, pixel by pixel. */
export function pixelDifference(a: Pixels, b: Pixels, far = 16): PixelDifference {
  if (a.width !== b.width || a.height !== b.height)
    throw new Error(`images of ${a.width}×${a.height} and ${b.width}×${b.height} differ in size`);
  const sums = [0, 0, 0];
  let farOff = 0;
  for (let at = 0; at < a.rgba.length; at += 4) {
    let most = 0;
    for (let channel = 0; channel < 3; channel++) {
      const difference = Math.abs(a.rgba[at + channel]! - b.rgba[at + channel]!);
      sums[channel]! += difference;
      most = Math.max(most, difference);
    }
    if (most > far) farOff++;
  }
  const count = a.width * a.height;
  return { mean: sums.map((sum) => sum / count) as PixelDifference["mean"], farOff: farOff / count };
}

/** unpdf's build of pdf.js, one ES module (`unpdf/pdfjs`, beside the package's main file). */
const PDFJS = join(dirname(createRequire(import.meta.url).resolve("unpdf")), "pdfjs.mjs");
/** An origin of its own for the PDF viewer, answered by Playwright, never by the network. */
const VIEWER = "http://pdf-viewer.invalid";

/**
 * Page `pageNumber` of a PDF as paper shows it: drawn by pdf.js (unpdf's build) on a
 * canvas in Chromium, `scale` device pixels to a PDF point.
 */
export async function pdfPagePixels(browser: Browser, pdf: Uint8Array, pageNumber = 1, scale = 1) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const pdfjs = await readFile(PDFJS);
    await page.route(`${VIEWER}/**`, (route) =>
      new URL(route.request().url()).pathname === "/pdf.mjs"
        ? route.fulfill({ body: pdfjs, contentType: "text/javascript" })
        : route.fulfill({ body: "<!doctype html><title>PDF</title>", contentType: "text/html" }),
    );
    await page.goto(`${VIEWER}/`);
    // A string, not a function: Vitest would rewrite a function's import() for Node.
    const dataUrl = (await page.evaluate(`(async () => {
      const { getDocument } = await import("/pdf.mjs");
      const data = Uint8Array.from(atob(${JSON.stringify(Buffer.from(pdf).toString("base64"))}), (c) => c.charCodeAt(0));
      const pdf = await getDocument({ data, isEvalSupported: false }).promise;
      const page = await pdf.getPage(${pageNumber});
      const viewport = page.getViewport({ scale: ${scale} });
      const canvas = document.createElement("canvas");
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      await page.render({ canvas, canvasContext: canvas.getContext("2d"), viewport }).promise;
      return canvas.toDataURL("image/png");
    })()`)) as string;
    return decodePng(Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ""), "base64"));
  } finally {
    await context.close();
  }
}

/** `rgb(r, g, b)` of a colour packed as 0xRRGGBB. */
const css = (packed: number) => `rgb(${packed >> 16}, ${(packed >> 8) & 255}, ${packed & 255})`;

/** How often each colour occurs in `box` (all of the image by default), commonest first. */
function histogram(image: Pixels, box?: Box): [string, number][] {
  const left = Math.max(0, Math.floor(box?.x ?? 0));
  const top = Math.max(0, Math.floor(box?.y ?? 0));
  const right = Math.min(image.width, Math.ceil(box ? box.x + box.width : image.width));
  const bottom = Math.min(image.height, Math.ceil(box ? box.y + box.height : image.height));
  const counts = new Map<number, number>();
  const { rgba, width } = image;
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      const at = (y * width + x) * 4;
      const packed = (rgba[at]! << 16) | (rgba[at + 1]! << 8) | rgba[at + 2]!;
      counts.set(packed, (counts.get(packed) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([packed, count]) => [css(packed), count]);
}

/** The commonest colour in `box`: the paper or background that text is set on. */
export function commonestColour(image: Pixels, box?: Box): string {
  return histogram(image, box)[0]![0];
}

/**
 * What is drawn on `background` in `box`: the share of its pixels that stand out from
 * it (contrast at least 1.5, more than anti-aliased edges of nothing), and the commonest
 * of those colours, which for text is the text's own colour.
 */
export function inkOn(image: Pixels, background: string, box?: Box) {
  const all = histogram(image, box);
  const total = all.reduce((sum, [, count]) => sum + count, 0);
  const ink = all.filter(([colour]) => contrastRatio(colour, background) >= 1.5);
  const inked = ink.reduce((sum, [, count]) => sum + count, 0);
  return { share: total === 0 ? 0 : inked / total, colour: ink[0]?.[0] };
}
