import exifr from 'exifr';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectPhoto, PHOTO_LIMITS, sniff } from '@/lib/media/inspect';
import { cropBox, renderRendition, renditionKey } from '@/lib/media/renditions';

/**
 * Photos as the newsroom will receive them, made here with sharp (no photograph was invented and
 * none came with the releases): a 24-megapixel camera JPEG carrying EXIF, XMP credit and caption
 * and GPS, a phone photo stored sideways with an orientation tag, a CMYK JPEG, a 16-bit PNG, a PNG
 * with transparency, an animated GIF — and the files that must be refused.
 */

const xmp = (credit: string, caption: string, rights: string) =>
  `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"><photoshop:Credit>${credit}</photoshop:Credit><dc:description><rdf:Alt><rdf:li xml:lang="x-default">${caption}</rdf:li></rdf:Alt></dc:description><dc:rights><rdf:Alt><rdf:li xml:lang="x-default">${rights}</rdf:li></rdf:Alt></dc:rights></rdf:Description></rdf:RDF></x:xmpmeta>`;

const solid = (width: number, height: number, background: string, channels: 3 | 4 = 3) =>
  sharp({ create: { width, height, channels, background } });

const files = {} as Record<
  'camera' | 'phone' | 'cmyk' | 'deep' | 'transparent' | 'animated' | 'truncated' | 'bomb',
  Buffer
>;

beforeAll(async () => {
  // 6000 × 4000 with a red square centred at (3600, 2000): the focal point x = 0.6
  const marker = await solid(600, 600, '#ff0000').png().toBuffer();
  files.camera = await solid(6000, 4000, '#557799')
    .composite([{ input: marker, left: 3300, top: 1700 }])
    .withExif({
      IFD0: { Artist: 'Lu Wen', Copyright: 'Nanning Daily', ImageDescription: 'Signing ceremony' },
      IFD2: { DateTimeOriginal: '2025:01:16 10:30:00' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '22/1 49/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '108/1 22/1 0/1',
      },
    })
    .withXmp(xmp('Lu Wen / Nanning Daily', 'Mayors sign the memorandum', '© 2025 Nanning Daily'))
    .jpeg({ quality: 85 })
    .toBuffer();
  // stored 4000 × 3000, shown upright as 3000 × 4000 (orientation 6: turn clockwise)
  files.phone = await solid(4000, 3000, '#33aa55').jpeg().withMetadata({ orientation: 6 }).toBuffer();
  files.cmyk = await solid(800, 600, '#cc3333').toColourspace('cmyk').jpeg().toBuffer();
  files.deep = await solid(800, 600, '#3366cc').toColourspace('rgb16').png().toBuffer();
  files.transparent = await solid(800, 600, '#00000000', 4).png().toBuffer();
  const frames = await Promise.all(['#ff0000', '#0000ff'].map((c) => solid(40, 40, c).png().toBuffer()));
  files.animated = await sharp(frames, { join: { animated: true } })
    .gif()
    .toBuffer();
  files.truncated = files.camera.subarray(0, Math.floor(files.camera.length / 3));
  // a small PNG whose header declares 30000 × 30000 pixels: refused before anything is decoded
  const png = await solid(16, 16, '#000000').png().toBuffer();
  files.bomb = Buffer.from(png);
  files.bomb.writeUInt32BE(30_000, 16);
  files.bomb.writeUInt32BE(30_000, 20);
  const crc = crc32(files.bomb.subarray(12, 29));
  files.bomb.writeUInt32BE(crc, 29);
}, 60_000);

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

describe('what an uploaded file is', () => {
  it('reads a camera JPEG: its size, credit, caption, copyright, date taken and that it has a location', async () => {
    const read = await inspectPhoto(files.camera);
    expect(read).toMatchObject({
      ok: true,
      format: 'jpeg',
      width: 6000,
      height: 4000,
      embedded: {
        credit: 'Lu Wen / Nanning Daily',
        caption: 'Mayors sign the memorandum',
        copyright: '© 2025 Nanning Daily',
        takenAt: '2025-01-16T10:30:00',
        hasLocation: true,
      },
      notices: ['locationRemoved'],
    });
  });

  it('shows a phone photo upright: the orientation tag turns 4000 × 3000 into 3000 × 4000', async () => {
    expect(await inspectPhoto(files.phone)).toMatchObject({ ok: true, width: 3000, height: 4000 });
  });

  it('converts rather than refuses CMYK, 16-bit and animated files, and says so', async () => {
    expect(await inspectPhoto(files.cmyk)).toMatchObject({ ok: true, notices: ['cmykConverted'] });
    expect(await inspectPhoto(files.deep)).toMatchObject({ ok: true, notices: ['deepColourConverted'] });
    expect(await inspectPhoto(files.animated)).toMatchObject({
      ok: true,
      format: 'gif',
      notices: ['animatedFirstFrame'],
    });
    expect(await inspectPhoto(files.transparent)).toMatchObject({ ok: true, format: 'png', notices: [] });
  });

  it.each([
    ['nothing at all', () => Buffer.alloc(0), { problem: 'empty' }],
    [
      'a PDF named .jpg',
      () => Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n'),
      { problem: 'notAnImage' },
    ],
    [
      'a web page named .jpg',
      () => Buffer.from('<!DOCTYPE html><html><body><img src=x onerror=alert(1)>'),
      { problem: 'notAnImage' },
    ],
    [
      'an SVG (it can carry script)',
      () =>
        Buffer.from(
          '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        ),
      { problem: 'svg' },
    ],
    [
      'a HEIC photo from a phone (no decoder here)',
      () => Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.alloc(64)]),
      { problem: 'heic' },
    ],
    ['a JPEG cut off in transfer', () => files.truncated, { problem: 'truncated' }],
    [
      'a decompression bomb (30000 × 30000 declared in a few bytes)',
      () => files.bomb,
      { problem: 'tooManyPixels', width: 30_000, height: 30_000, limit: PHOTO_LIMITS.pixels },
    ],
    [
      'a file over the size limit',
      () => Buffer.alloc(PHOTO_LIMITS.bytes + 1, 0xff),
      { problem: 'tooLarge', limit: PHOTO_LIMITS.bytes },
    ],
  ])('refuses %s, saying why', async (_, file, problem) => {
    expect(await inspectPhoto(file())).toEqual({ ok: false, ...problem });
  });

  it('tells the formats by their bytes, whatever the name says', () => {
    expect(sniff(files.camera)).toBe('jpeg');
    expect(sniff(files.transparent)).toBe('png');
    expect(sniff(files.animated)).toBe('gif');
    expect(sniff(Buffer.from('\uFEFF  <svg viewBox="0 0 1 1"/>'))).toBe('svg');
    expect(sniff(Buffer.from('GIF87'))).toBeNull();
  });
});

describe('renditions', () => {
  it('crops around the focal point: the red square stays in the middle of a square crop', async () => {
    const focus = { x: 0.6, y: 0.5 };
    const r = await renderRendition(files.camera, { crop: 'square', width: 640, format: 'jpeg' }, focus);
    expect([r.width, r.height, r.type]).toEqual([640, 640, 'image/jpeg']);
    const { data, info } = await sharp(r.data).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3),
    ];
    const [red, green, blue] = at(320, 320);
    expect(red).toBeGreaterThan(200);
    expect(green! + blue!).toBeLessThan(80);
    // a centred crop would have missed it
    const centred = await renderRendition(
      files.camera,
      { crop: 'square', width: 640, format: 'jpeg' },
      { x: 0.5, y: 0.5 },
    );
    const raw = await sharp(centred.data).raw().toBuffer();
    expect(raw[(320 * 640 + 320) * 3]).toBeLessThan(150);
  });

  it('makes every crop at its ratio, never wider than the original, in AVIF, WebP and JPEG', async () => {
    const focus = { x: 0.5, y: 0.5 };
    const wide = await renderRendition(files.camera, { crop: 'wide', width: 1280, format: 'webp' }, focus);
    expect([wide.width, wide.height, wide.type]).toEqual([1280, 720, 'image/webp']);
    const standard = await renderRendition(
      files.cmyk,
      { crop: 'standard', width: 2048, format: 'avif' },
      focus,
    );
    expect([standard.width, standard.height, standard.type]).toEqual([800, 600, 'image/avif']);
    const whole = await renderRendition(files.phone, { crop: 'whole', width: 480, format: 'jpeg' }, focus);
    expect([whole.width, whole.height]).toEqual([480, 640]);
  });

  it('carries no EXIF, GPS, XMP or colour profile, and is sRGB', async () => {
    for (const format of ['jpeg', 'webp', 'avif'] as const) {
      const r = await renderRendition(files.camera, { crop: 'wide', width: 960, format }, { x: 0.5, y: 0.5 });
      const meta = await sharp(r.data).metadata();
      expect([meta.exif, meta.xmp, meta.iptc, meta.icc]).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
      expect(meta.space).toBe('srgb');
      expect(await exifr.parse(r.data, { gps: true, xmp: true }).catch(() => undefined)).toBeUndefined();
    }
    const cmyk = await renderRendition(
      files.cmyk,
      { crop: 'whole', width: 320, format: 'jpeg' },
      { x: 0.5, y: 0.5 },
    );
    expect((await sharp(cmyk.data).metadata()).space).toBe('srgb');
    const deep = await renderRendition(
      files.deep,
      { crop: 'whole', width: 320, format: 'webp' },
      { x: 0.5, y: 0.5 },
    );
    expect((await sharp(deep.data).metadata()).depth).toBe('uchar');
  });

  it('has an address that changes with the file and with the focal point, and only then', () => {
    const a = renditionKey('a'.repeat(64), { x: 0.5, y: 0.5 });
    expect(renditionKey('a'.repeat(64), { x: 0.5, y: 0.5 })).toBe(a);
    expect(renditionKey('b'.repeat(64), { x: 0.5, y: 0.5 })).not.toBe(a);
    expect(renditionKey('a'.repeat(64), { x: 0.5, y: 0.6 })).not.toBe(a);
  });

  it('keeps a crop inside the frame however far out the focal point is', () => {
    expect(cropBox(6000, 4000, 'square', { x: 1, y: 0 })).toEqual({
      left: 2000,
      top: 0,
      width: 4000,
      height: 4000,
    });
    expect(cropBox(3000, 4000, 'wide', { x: 0.5, y: 0 })).toEqual({
      left: 0,
      top: 0,
      width: 3000,
      height: 1688,
    });
    expect(cropBox(3000, 4000, 'wide', { x: 0.5, y: 1 })).toEqual({
      left: 0,
      top: 2312,
      width: 3000,
      height: 1688,
    });
  });
});
