import sharp from 'sharp';
import {
  crops,
  renditionFormats,
  renditionWidths,
  type Crop,
  type Focus,
  type RenditionFormat,
} from '../model/photos';
import { PHOTO_LIMITS } from './inspect';

/**
 * Renditions: what readers are sent of a photo, derived from its original and never stored as
 * truth. Each is a crop around the photo's focal point (16:9, 4:3, 1:1, or the whole frame), at
 * one width of the `srcset` ladder (never wider than the crop), as AVIF, WebP or JPEG, in sRGB,
 * with the orientation applied and no metadata at all (no EXIF, no GPS, no XMP, no ICC profile:
 * sRGB is what browsers assume). Its address holds a hash of everything it is made from, so a new
 * focal point or a replaced file gives new addresses and an old one can be cached for a year.
 */

export { crops, renditionFormats, renditionKey, renditionWidths } from '../model/photos';
export type { Crop, Focus, RenditionFormat } from '../model/photos';
export type RenditionSpec = { crop: Crop; width: number; format: RenditionFormat };

/**
 * The region of a width × height frame with the crop's aspect ratio, as large as it fits, centred
 * on the focal point as far as the frame allows.
 */
export function cropBox(width: number, height: number, crop: Crop, focus: Focus) {
  const ratio = crops[crop];
  if (ratio === null) return { left: 0, top: 0, width, height };
  const clamp = (v: number, max: number) => Math.max(0, Math.min(max, v));
  if (width / height > ratio) {
    const w = Math.max(1, Math.round(height * ratio));
    return { left: clamp(Math.round(focus.x * width - w / 2), width - w), top: 0, width: w, height };
  }
  const h = Math.max(1, Math.round(width / ratio));
  return { left: 0, top: clamp(Math.round(focus.y * height - h / 2), height - h), width, height: h };
}

/** The rendition's bytes and size, from the original's bytes. */
export async function renderRendition(
  original: Uint8Array,
  spec: RenditionSpec,
  focus: Focus,
): Promise<{ data: Buffer; width: number; height: number; type: string }> {
  const input = () => sharp(original, { limitInputPixels: PHOTO_LIMITS.pixels, failOn: 'truncated' });
  const header = await input().metadata();
  const turned = (header.orientation ?? 1) >= 5;
  const width = (turned ? header.height : header.width) ?? 1;
  const height = (turned ? header.width : header.height) ?? 1;
  const box = cropBox(width, height, spec.crop, focus);
  const pipeline = input()
    .autoOrient()
    .extract(box)
    .resize({ width: Math.min(spec.width, box.width), withoutEnlargement: true })
    .toColourspace('srgb');
  const encoded =
    spec.format === 'avif'
      ? pipeline.avif({ quality: 50, effort: 2 })
      : spec.format === 'webp'
        ? pipeline.webp({ quality: 76 })
        : pipeline.jpeg({ quality: 80, mozjpeg: true, progressive: true });
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, type: renditionFormats[spec.format] };
}

const fileName = /^(wide|standard|square|whole)-(\d{3,4})\.(avif|webp|jpg)$/u;

/** The rendition a file name asks for (`wide-1280.avif`), or null: only the ladder's widths exist. */
export function parseRenditionFile(file: string): RenditionSpec | null {
  const m = fileName.exec(file);
  if (!m) return null;
  const width = Number(m[2]);
  if (!(renditionWidths as readonly number[]).includes(width)) return null;
  return { crop: m[1] as Crop, width, format: m[3] === 'jpg' ? 'jpeg' : (m[3] as RenditionFormat) };
}
