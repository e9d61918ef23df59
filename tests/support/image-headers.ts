/** Image files made of their headers alone: all a check reads of them. */

/** The start of a PNG: signature and IHDR chunk, declaring `width` × `height`. */
export function png(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write("IHDR", 4, "latin1");
  ihdr.writeUInt32BE(width, 8);
  ihdr.writeUInt32BE(height, 12);
  ihdr.set([8, 6, 0, 0, 0], 16);
  return Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), ihdr]);
}

/** A JPEG's markers up to its frame header, after `padding` bytes of APP1 metadata (JPEGs start with some). */
export function jpeg(width: number, height: number, padding = 16): Buffer {
  const segments = [];
  for (let left = padding; left > 0; left -= 65_533) {
    const length = Math.min(left, 65_533);
    const app1 = Buffer.alloc(4 + length);
    app1.writeUInt16BE(0xffe1, 0);
    app1.writeUInt16BE(length + 2, 2);
    segments.push(app1);
  }
  const sof = Buffer.from([0xff, 0xc0, 0, 17, 8, 0, 0, 0, 0, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), ...segments, sof, Buffer.from([0xff, 0xd9])]);
}
