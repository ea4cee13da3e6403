import exifr from 'exifr';
import sharp from 'sharp';

/**
 * What an uploaded file is, before anything is stored: an image the portal can use (with its size
 * as displayed, and what its EXIF, IPTC and XMP say about credit, caption and date taken), or the
 * reason it is refused. The file's own bytes decide, never its name or the type the browser sent:
 * a PDF or a web page named `.jpg` is not an image. The pixel count is read from the header and
 * checked before anything is decoded (a small file can declare gigapixels: a decompression bomb).
 */

export const PHOTO_LIMITS = {
  /** bytes of one uploaded file */
  bytes: 30 * 1024 * 1024,
  /** pixels of one image (the largest camera sensors have about 61 million) */
  pixels: 80_000_000,
} as const;

export type PhotoFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif' | 'tiff';
export type PhotoProblem =
  | { problem: 'empty' }
  | { problem: 'tooLarge'; limit: number }
  | { problem: 'notAnImage' }
  | { problem: 'svg' }
  | { problem: 'heic' }
  | { problem: 'tooManyPixels'; width: number; height: number; limit: number }
  | { problem: 'truncated' };
/** What was done to a file the portal converts rather than refuses. */
export type PhotoNotice = 'cmykConverted' | 'deepColourConverted' | 'animatedFirstFrame' | 'locationRemoved';

export type EmbeddedMetadata = {
  credit: string | null;
  copyright: string | null;
  caption: string | null;
  /** ISO 8601; a camera's local time without a zone is read as written (no zone) */
  takenAt: string | null;
  hasLocation: boolean;
};
export type InspectedPhoto = {
  format: PhotoFormat;
  /** as displayed: after the EXIF orientation is applied */
  width: number;
  height: number;
  embedded: EmbeddedMetadata;
  notices: PhotoNotice[];
};
export type Inspection = ({ ok: true } & InspectedPhoto) | ({ ok: false } & PhotoProblem);

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  signature.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, to));

/** The container the bytes are, by their signature; 'svg' and 'heic' are known and refused. */
export function sniff(bytes: Uint8Array): PhotoFormat | 'svg' | 'heic' | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (/^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return 'tiff';
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const brand = ascii(bytes, 8, 12);
    if (/^avi[fs]$/.test(brand)) return 'avif';
    if (/^(?:hei[cxms]|hev[cxms]|mif1|msf1)$/.test(brand)) return 'heic';
    return null;
  }
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 4096))
    .replace(/^\uFEFF/u, '');
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/iu.test(head))
    return 'svg';
  return null;
}

/** A text value from EXIF, IPTC or XMP (XMP gives language alternatives and lists). */
function text(value: unknown): string | null {
  if (value == null) return null;
  if (typeof value === 'string') return value.replace(/\0+$/u, '').trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    return text(v.value ?? v['x-default'] ?? Object.values(v)[0]);
  }
  return String(value).trim() || null;
}

function isoDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    // exifr reads a camera's zone-less time as local time of this machine: write it back as printed
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}T${pad(value.getHours())}:${pad(value.getMinutes())}:${pad(value.getSeconds())}`;
  }
  return typeof value === 'string' && /^\d{4}-\d\d-\d\d/u.test(value) ? value : null;
}

/**
 * Credit, copyright, caption and date taken from IPTC and XMP (what a photo desk writes) before
 * EXIF (what the camera wrote).
 */
export async function readEmbedded(bytes: Uint8Array): Promise<EmbeddedMetadata> {
  let tags: Record<string, unknown> = {};
  try {
    tags =
      ((await exifr.parse(Buffer.from(bytes), {
        tiff: true,
        exif: true,
        gps: true,
        iptc: true,
        xmp: true,
        icc: false,
        mergeOutput: true,
        reviveValues: true,
      })) as Record<string, unknown> | undefined) ?? {};
  } catch {
    tags = {};
  }
  const first = (...keys: string[]) => keys.map((k) => text(tags[k])).find(Boolean) ?? null;
  return {
    credit: first('Credit', 'Byline', 'By-line', 'creator', 'Creator', 'Artist'),
    copyright: first('CopyrightNotice', 'rights', 'Rights', 'Copyright'),
    caption: first(
      'Caption',
      'Caption-Abstract',
      'CaptionAbstract',
      'description',
      'ImageDescription',
      'Description',
    ),
    takenAt: isoDate(tags.DateTimeOriginal ?? tags.CreateDate ?? tags.DateCreated),
    hasLocation: typeof tags.latitude === 'number' || tags.GPSLatitude !== undefined,
  };
}

/** Reads an uploaded file as the portal will use it, or says why it will not. */
export async function inspectPhoto(bytes: Uint8Array): Promise<Inspection> {
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (bytes.length > PHOTO_LIMITS.bytes) return { ok: false, problem: 'tooLarge', limit: PHOTO_LIMITS.bytes };
  const format = sniff(bytes);
  if (format === 'svg') return { ok: false, problem: 'svg' };
  if (format === 'heic') return { ok: false, problem: 'heic' };
  if (format === null) return { ok: false, problem: 'notAnImage' };
  let header: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    // the header only: nothing is decoded yet
    header = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, problem: 'truncated' };
  }
  const width = header.width ?? 0;
  const height = header.height ?? 0;
  if (!width || !height) return { ok: false, problem: 'truncated' };
  if (width * height > PHOTO_LIMITS.pixels)
    return { ok: false, problem: 'tooManyPixels', width, height, limit: PHOTO_LIMITS.pixels };
  try {
    // the whole image, once, small: a truncated or corrupt file fails here
    await sharp(bytes, { failOn: 'truncated', limitInputPixels: PHOTO_LIMITS.pixels })
      .resize(32, 32, { fit: 'inside' })
      .raw()
      .toBuffer();
  } catch {
    return { ok: false, problem: 'truncated' };
  }
  const embedded = await readEmbedded(bytes);
  const notices: PhotoNotice[] = [];
  if (header.space === 'cmyk') notices.push('cmykConverted');
  if (header.depth && !['uchar', 'char'].includes(header.depth)) notices.push('deepColourConverted');
  if ((header.pages ?? 1) > 1 && format !== 'tiff') notices.push('animatedFirstFrame');
  if (embedded.hasLocation) notices.push('locationRemoved');
  const turned = (header.orientation ?? 1) >= 5;
  return {
    ok: true,
    format,
    width: turned ? height : width,
    height: turned ? width : height,
    embedded,
    notices,
  };
}
