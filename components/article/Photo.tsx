import type { ReactNode } from 'react';
import { localeTable, type Locale } from '@/lib/model/locales';
import { pictureSources, type Crop, type PhotoView } from '@/lib/model/photos';

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
  className = '',
}: {
  photo: PhotoView;
  locale: Locale;
  crop: Crop;
  sizes: string;
  lead?: boolean;
  /** beside a text that says the same (a thumbnail by its headline): no alt text */
  decorative?: boolean;
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
        alt={decorative ? '' : (photo.alt[locale] ?? '')}
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
}: {
  photo: PhotoView;
  locale: Locale;
  caption: ReactNode;
  captionLocale?: Locale;
  lead?: boolean;
  id?: string;
}) {
  return (
    <figure id={id} data-kind="photo">
      <Picture
        photo={photo}
        locale={locale}
        crop={lead ? 'wide' : 'whole'}
        sizes="(min-width: 768px) 768px, 100vw"
        lead={lead}
      />
      {(caption || photo.credit) && (
        <figcaption
          className="mt-2 text-sm text-muted"
          lang={captionLocale ? localeTable[captionLocale].htmlLang : undefined}
        >
          {caption} {photo.credit && <span className="not-italic opacity-80">{photo.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
