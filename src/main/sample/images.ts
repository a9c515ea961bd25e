// Small generated PNG pictures for the sample articles (a stylised paddy-field landscape), so a
// sample workspace shows main images and photos in bodies without shipping binary files.
import { crc32, deflateSync } from 'node:zlib';

type Rgb = [number, number, number];

export interface Palette {
  skyTop: Rgb;
  skyBottom: Rgb;
  field: Rgb;
  sun: Rgb;
}

export const PALETTES: Palette[] = [
  { skyTop: [70, 130, 200], skyBottom: [190, 225, 245], field: [80, 160, 60], sun: [255, 220, 90] },
  { skyTop: [230, 120, 60], skyBottom: [250, 210, 150], field: [110, 140, 50], sun: [255, 245, 200] },
  { skyTop: [40, 60, 120], skyBottom: [120, 150, 200], field: [50, 110, 80], sun: [245, 245, 255] }
];

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [0, 1, 2].map((i) => Math.round(a[i]! + (b[i]! - a[i]!) * t)) as Rgb;

/** A width×height RGB PNG: sky gradient, sun, and a field with furrows. */
export function landscapePng(p: Palette, width = 640, height = 360): Uint8Array {
  const horizon = Math.round(height * 0.62);
  const sunX = width * 0.72;
  const sunY = height * 0.3;
  const sunR = height * 0.09;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x++) {
      let c: Rgb;
      if (y < horizon) {
        c = Math.hypot(x - sunX, y - sunY) < sunR ? p.sun : mix(p.skyTop, p.skyBottom, y / horizon);
      } else {
        const depth = (y - horizon) / (height - horizon);
        const furrow = Math.sin((x - width / 2) / (4 + depth * 30) + depth * 40) > 0.85;
        c = mix(p.field, [20, 60, 20], furrow ? 0.35 : depth * 0.25);
      }
      raw.set(c, row + 1 + x * 3);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0))
  ]);
  return new Uint8Array(png);
}
