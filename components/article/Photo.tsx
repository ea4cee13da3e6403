import type { ReactNode } from 'react';
import { localeTable, type Locale } from '@/lib/model/locales';
import { photoSizes, pictureSources, type Crop, type PhotoView } from '@/lib/model/photos';

/**
 * A photo as readers get it: `<picture>` with AVIF and WebP sources and a JPEG for the rest, each
 * with the widths of the ladder and `sizes`, the crop's `width`/`height` (no layout shift), the alt
 * text in the reader's language (empty where none is written: the caption then says it), lazy
 * except the lead photo, which the browser fetches first.
 */
export function Picture({
  photo,
  locale,
  crop,
  sizes,
  lead = false,
  decorative = false,
  alt,
  className = '',
}: {
  photo: PhotoView;
  locale: Locale;
  crop: Crop;
  sizes: string;
  lead?: boolean;
  /** beside a text that says the same (a thumbnail by its headline): no alt text */
  decorative?: boolean;
  /** the alt text when the photo has none in this language (the name a page is about) */
  alt?: string;
  className?: string;
}) {
  const s = pictureSources(photo, crop);
  return (
    <picture>
      <source type="image/avif" srcSet={s.avif} sizes={sizes} />
      <source type="image/webp" srcSet={s.webp} sizes={sizes} />
      <img
        src={s.src}
        srcSet={s.jpeg}
        sizes={sizes}
        width={s.width}
        height={s.height}
        alt={decorative ? '' : (photo.alt[locale] ?? alt ?? '')}
        loading={lead ? 'eager' : 'lazy'}
        decoding={lead ? 'auto' : 'async'}
        {...(lead ? { fetchPriority: 'high' as const } : {})}
        className={`h-auto w-full bg-black/5 ${className}`}
      />
    </picture>
  );
}

/** A photo with its caption (in the language given) and credit. */
export function Figure({
  photo,
  locale,
  caption,
  captionLocale,
  lead = false,
  id,
  sizes = photoSizes.column,
}: {
  photo: PhotoView;
  locale: Locale;
  caption: ReactNode;
  captionLocale?: Locale;
  lead?: boolean;
  id?: string;
  /** the column it spans (lib/model/photos.ts photoSizes) */
  sizes?: string;
}) {
  return (
    <figure id={id} data-kind="photo">
      <Picture photo={photo} locale={locale} crop={lead ? 'wide' : 'whole'} sizes={sizes} lead={lead} />
      {(caption || photo.credit) && (
        <figcaption
          className="mt-2 text-sm text-muted"
          lang={captionLocale ? localeTable[captionLocale].htmlLang : undefined}
        >
          {caption} {photo.credit && <span className="not-italic">{photo.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}

/**
 * A page's own photo at its head, the first thing fetched: a person's portrait (square, beside the
 * name) or a city's or an event's photo (wide). Its caption in the reader's language where one is
 * written, and its credit; without an alt text in that language, the name the page is about.
 */
export function PagePhoto({
  photo,
  locale,
  name,
  portrait = false,
}: {
  photo: PhotoView;
  locale: Locale;
  name: string;
  portrait?: boolean;
}) {
  const caption = photo.caption[locale];
  return (
    <figure
      data-kind="photo"
      data-testid="page-photo"
      className={portrait ? 'float-right mb-2 ml-4 w-28 sm:w-40' : 'mt-4'}
    >
      <Picture
        photo={photo}
        locale={locale}
        crop={portrait ? 'square' : 'wide'}
        sizes={portrait ? '(min-width: 640px) 160px, 112px' : photoSizes.column}
        lead
        alt={name}
        className={portrait ? 'rounded' : ''}
      />
      {(caption || photo.credit) && (
        <figcaption className="mt-1 text-xs text-muted">
          {caption} {photo.credit && <span>{photo.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
