import { renditionKey, type PhotoView } from '../model/photos';
import type { Locale } from '../model/locales';

/**
 * A photo as the pages read it (a report's lead and body photos, a person's portrait, a city's or
 * an event's photo): the columns to select, and the view pages render.
 */

export type PhotoRow = {
  id: string;
  originalSha256: string;
  focalX: number;
  focalY: number;
  width: number;
  height: number;
  credit: string;
  translations: Array<{ locale: Locale; caption: string; alt: string }>;
};
/** The columns a page needs of a photo (with photoView). */
export const photoSelect = {
  id: true,
  originalSha256: true,
  focalX: true,
  focalY: true,
  width: true,
  height: true,
  credit: true,
  translations: { select: { locale: true, caption: true, alt: true } },
} as const;

/** A photo as pages show it: the key of its renditions, its texts per language. */
export function photoView(p: PhotoRow): PhotoView {
  const texts = (field: 'caption' | 'alt') =>
    Object.fromEntries(p.translations.filter((t) => t[field]).map((t) => [t.locale, t[field]]));
  return {
    id: p.id,
    key: renditionKey(p.originalSha256, { x: p.focalX, y: p.focalY }),
    width: p.width,
    height: p.height,
    credit: p.credit,
    alt: texts('alt'),
    caption: texts('caption'),
  };
}
