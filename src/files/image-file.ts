/**
 * The one rule for every image a newsroom names (the logo, author photos, lead images):
 * a file inside the folder of the file that names it, of a format Kiosk publishes, and
 * small enough, in bytes and in declared pixels, for the image pipeline to decode.
 */
import { closeSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { basename, extname, isAbsolute, relative, resolve } from "node:path";
import { imageSize } from "image-size";
import {
  IMAGE_PIXEL_LIMIT,
  IMAGE_SIDE_LIMIT,
  IMAGE_SIZE_LIMIT,
  SVG_SIZE_LIMIT,
} from "../lib/input-limits.ts";
import { staticSvg } from "../lib/static-svg.ts";

export type ImageFormat = "svg" | "png" | "jpg" | "webp" | "gif" | "avif";

/** A file's name endings for each format, and the format's name for editors. */
const FORMATS: Record<ImageFormat, { endings: string[]; name: string }> = {
  svg: { endings: [".svg"], name: "SVG" },
  png: { endings: [".png"], name: "PNG" },
  jpg: { endings: [".jpg", ".jpeg"], name: "JPEG" },
  webp: { endings: [".webp"], name: "WebP" },
  gif: { endings: [".gif"], name: "GIF" },
  avif: { endings: [".avif"], name: "AVIF" },
};

/** The formats of photos and lead images: those the image pipeline turns into web sizes. */
export const PHOTO_FORMATS = ["jpg", "png", "webp", "avif", "gif"] as const satisfies readonly ImageFormat[];

/** The formats of the logo: served as they are and drawn into the publisher's logo. */
export const LOGO_FORMATS = ["svg", "png"] as const satisfies readonly ImageFormat[];

/** What the rule needs to know besides the path. */
export interface ImageRule<F extends ImageFormat = ImageFormat> {
  formats: readonly F[];
  /** Where the file must be, as a message says it: "next to the article". */
  where: string;
}

/** An image file that passed, with the size its header declares (an SVG's in its own units). */
export interface ImageFile<F extends ImageFormat = ImageFormat> {
  type: F;
  width: number;
  height: number;
}

/** The header of a raster image is near its start; a JPEG's may follow long metadata. */
const HEAD_BYTES = 64 * 1024;

/**
 * The facts of the image `src` names in `folder`, or what is wrong with it, in words
 * that start with `src`. Nothing but the file's start is read, except of an SVG, which
 * is read in full and must only draw (`staticSvg`).
 *
 * @example readImageFile("content/articles", "../x.jpg", { formats: PHOTO_FORMATS, where: "next to the article" })
 * // "../x.jpg leads out of the folder: put the image next to the article"
 */
export function readImageFile<F extends ImageFormat>(
  folder: string,
  src: string,
  rule: ImageRule<F>,
): ImageFile<F> | string {
  const { formats, where } = rule;
  if (/^[a-z][a-z0-9+.-]*:/i.test(src)) return `${src} is an address: name a file ${where}`;
  if (isAbsolute(src)) return `${src} is an absolute path: name a file ${where}, e.g. ./${basename(src)}`;
  if (src.split(/[/\\]/).includes("..")) return `${src} leads out of the folder: put the image ${where}`;
  const format = formats.find((format) => FORMATS[format].endings.includes(extname(src).toLowerCase()));
  if (!format) {
    const names = formats.map((format) => FORMATS[format].name);
    const endings = formats.flatMap((format) => FORMATS[format].endings);
    return `${src} must be an image in ${listed(names, "or")} format (${listed(endings, "or")})`;
  }

  let path: string;
  try {
    path = realpathSync(resolve(folder, src));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return `file ${src} does not exist ${where}`;
    return `${src} cannot be read (${code ?? (error as Error).message})`;
  }
  const inside = relative(realpathSync(folder), path);
  if (inside.startsWith("..") || isAbsolute(inside)) {
    return `${src} is a link to a file outside the folder: put the image itself ${where}`;
  }
  const stat = statSync(path);
  if (stat.isDirectory()) return `${src} is a folder, not an image file`;
  if (!stat.isFile()) return `${src} is not a regular file`;
  if (stat.size === 0) return `${src} is empty (0 bytes)`;
  const sizeLimit = format === "svg" ? SVG_SIZE_LIMIT : IMAGE_SIZE_LIMIT;
  if (stat.size > sizeLimit) return `${src} has ${stat.size} bytes; Kiosk takes at most ${sizeLimit}`;

  if (format === "svg") {
    const svg = staticSvg(readStart(path, stat.size));
    return "message" in svg ? `${src}:${svg.line}: ${svg.message}` : { type: format, ...svg };
  }
  const size = rasterSize(path, stat.size);
  if (!size) return `${src} is not a ${FORMATS[format].name} image`;
  if (size.type !== format) {
    const actual = size.type in FORMATS ? FORMATS[size.type as ImageFormat].name : size.type.toUpperCase();
    return `${src} is a ${actual} image, not ${FORMATS[format].name}: give it the ending of its format`;
  }
  const { width, height } = size;
  if (width === 0 || height === 0) return `${src} declares ${width} × ${height} pixels: no picture`;
  if (Math.max(width, height) > IMAGE_SIDE_LIMIT || width * height > IMAGE_PIXEL_LIMIT) {
    return `${src} declares ${width} × ${height} pixels; Kiosk takes at most ${IMAGE_SIDE_LIMIT} a side and ${IMAGE_PIXEL_LIMIT / 1e6} megapixels: scale it down`;
  }
  return { type: format, width, height };
}

/** The size and format the header declares, from the file's start, else from all of it. */
function rasterSize(
  path: string,
  bytes: number,
): { width: number; height: number; type: string } | undefined {
  for (const length of bytes > HEAD_BYTES ? [HEAD_BYTES, bytes] : [bytes]) {
    try {
      const { width, height, type } = imageSize(readStart(path, length));
      if (type) return { width, height, type };
    } catch {
      // Not this format, or its header lies further in.
    }
  }
  return undefined;
}

function readStart(path: string, length: number): Uint8Array {
  const buffer = new Uint8Array(length);
  const fd = openSync(path, "r");
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

/** @example listed(["a", "b", "c"], "or") // "a, b or c" */
function listed(words: readonly string[], conjunction: string): string {
  return words.length < 2
    ? words.join("")
    : `${words.slice(0, -1).join(", ")} ${conjunction} ${words.at(-1)}`;
}
