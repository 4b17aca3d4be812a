import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { deflateSync } from 'node:zlib';

const run = promisify(execFile);

/** The whole X display, as xwd (x11-apps) reads it: what a person would see, browser dialogs included. */
export interface Screen {
  width: number;
  height: number;
  /** RGB, 3 bytes per pixel, row after row. */
  rgb: Buffer;
}

export async function captureScreen(display: string): Promise<Screen> {
  const { stdout } = await run('xwd', ['-root', '-silent'], { env: { ...process.env, DISPLAY: display }, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 });
  return fromXwd(stdout);
}

/** Decode an XWD dump in ZPixmap format, 24 or 32 bits per pixel (what Xvfb gives). */
export function fromXwd(b: Buffer): Screen {
  const u = (o: number) => b.readUInt32BE(o);
  const headerSize = u(0);
  const width = u(16);
  const height = u(20);
  const byteOrder = u(28);
  const bitsPerPixel = u(44);
  const bytesPerLine = u(48);
  const colors = u(76);
  if (bitsPerPixel !== 32 && bitsPerPixel !== 24) throw new Error(`xwd: ${bitsPerPixel} bits per pixel`);
  const data = headerSize + colors * 12;
  const step = bitsPerPixel / 8;
  const rgb = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = data + y * bytesPerLine + x * step;
      const px = step === 4 ? (byteOrder === 0 ? b.readUInt32LE(o) : b.readUInt32BE(o)) : b.readUIntLE(o, 3);
      const i = (y * width + x) * 3;
      rgb[i] = (px >> 16) & 255;
      rgb[i + 1] = (px >> 8) & 255;
      rgb[i + 2] = px & 255;
    }
  }
  return { width, height, rgb };
}

/** How many pixels differ between two captures of the same display. */
export function changedPixels(a: Screen, b: Screen): number {
  let n = 0;
  for (let i = 0; i < a.rgb.length; i += 3) if (a.rgb[i] !== b.rgb[i] || a.rgb[i + 1] !== b.rgb[i + 1] || a.rgb[i + 2] !== b.rgb[i + 2]) n++;
  return n;
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf: Buffer) => {
  let c = 0xffffffff;
  for (const x of buf) c = CRC[(c ^ x) & 255]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** Save a capture as PNG, to look at. */
export function writePng(path: string, s: Screen): void {
  const raw = Buffer.alloc((s.width * 3 + 1) * s.height);
  for (let y = 0; y < s.height; y++) s.rgb.copy(raw, y * (s.width * 3 + 1) + 1, y * s.width * 3, (y + 1) * s.width * 3);
  const chunk = (type: string, d: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(d.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), d]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(s.width, 0);
  ihdr.writeUInt32BE(s.height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  writeFileSync(path, Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
}
