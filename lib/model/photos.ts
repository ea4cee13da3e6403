import { createHash } from 'node:crypto';
import type { Locale } from './locales';
import { photoRenditionPath } from './paths';

/**
 * What every floor knows of photos (docs/decisions/026): the crops, the widths of the `srcset`
 * ladder, the formats, and the key in a rendition's address — a hash of the original's bytes, the
 * focal point and the recipe version, so a new focal point or file gives new addresses.
 */

export const crops = { wide: 16 / 9, standard: 4 / 3, square: 1, whole: null } as const;
export type Crop = keyof typeof crops;
export const renditionWidths = [320, 480, 640, 800, 960, 1280, 1600, 2048] as const;
/**
 * `sizes` of a photo as wide as the text: on wide screens the text column (40rem for one language:
 * the page's 48rem less its padding; 48rem side by side), on phones the screen less the padding.
 */
export const photoSizes = {
  column: '(min-width: 48rem) 40rem, calc(100vw - 2rem)',
  sideBySide: '(min-width: 50rem) 48rem, calc(100vw - 2rem)',
} as const;
export const renditionFormats = { avif: 'image/avif', webp: 'image/webp', jpeg: 'image/jpeg' } as const;
export type RenditionFormat = keyof typeof renditionFormats;
export type Focus = { x: number; y: number };

/** The version of the rendition recipe (lib/media/renditions.ts): raise it when the output changes. */
export const RECIPE = 1;

export const renditionKey = (originalSha256: string, focus: Focus) =>
  createHash('sha256')
    .update(`${RECIPE}:${originalSha256}:${focus.x.toFixed(4)}:${focus.y.toFixed(4)}`)
    .digest('hex')
    .slice(0, 16);

/** A photo as a page shows it: where its renditions are, its size, credit and texts per language. */
export type PhotoView = {
  id: string;
  key: string;
  width: number;
  height: number;
  credit: string;
  alt: Partial<Record<Locale, string>>;
  caption: Partial<Record<Locale, string>>;
};

/** The size of a crop of the photo (before any resizing). */
export function cropSize(photo: Pick<PhotoView, 'width' | 'height'>, crop: Crop) {
  const ratio = crops[crop];
  if (ratio === null) return { width: photo.width, height: photo.height };
  return photo.width / photo.height > ratio
    ? { width: Math.round(photo.height * ratio), height: photo.height }
    : { width: photo.width, height: Math.round(photo.width / ratio) };
}

/** Each format's `srcset` for a crop: every ladder width the crop can fill (and the crop's own). */
export function pictureSources(photo: PhotoView, crop: Crop) {
  const size = cropSize(photo, crop);
  const widths = renditionWidths.filter((w) => w <= size.width);
  const ladder = widths.length ? widths : [renditionWidths[0]];
  const srcset = (format: RenditionFormat) =>
    ladder
      .map((w) => `${photoRenditionPath(photo.id, photo.key, crop, w, format)} ${Math.min(w, size.width)}w`)
      .join(', ');
  const fallback = ladder.find((w) => w >= 960) ?? ladder.at(-1)!;
  return {
    avif: srcset('avif'),
    webp: srcset('webp'),
    jpeg: srcset('jpeg'),
    src: photoRenditionPath(photo.id, photo.key, crop, fallback, 'jpeg'),
    width: size.width,
    height: size.height,
  };
}

/**
 * One JPEG rendition for search engines and link previews: the crop at 1200 px or wider where the
 * photo allows it (Google Discover asks for 1200), with its real size.
 */
export function largeRendition(photo: PhotoView, crop: Crop) {
  const size = cropSize(photo, crop);
  const fits = renditionWidths.filter((w) => w <= size.width);
  const width = fits.find((w) => w >= 1200) ?? fits.at(-1) ?? renditionWidths[0];
  const shown = Math.min(width, size.width);
  return {
    path: photoRenditionPath(photo.id, photo.key, crop, width, 'jpeg'),
    width: shown,
    height: Math.round((shown * size.height) / size.width),
  };
}
