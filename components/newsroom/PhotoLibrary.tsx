import { getTranslations } from 'next-intl/server';
import type { PhotoCard } from '@/lib/media/library';
import { formatBytes } from '@/lib/i18n/format';
import { localeTable, type Locale } from '@/lib/model/locales';
import { newsroom, photoRenditionPath } from '@/lib/model/paths';
import { PhotoUploadForm } from './PhotoUploadForm';

type Props = {
  locale: Locale;
  photos: PhotoCard[];
  q: string;
  canUpload: boolean;
  /** `id[:notice…]` per photo the last upload added */
  added: string[];
  /** `problem:file name` per file it refused */
  refused: string[];
  error: string | null;
  limit: number | null;
};

const problems = [
  'empty',
  'tooLarge',
  'notAnImage',
  'svg',
  'heic',
  'tooManyPixels',
  'truncated',
  'tooManyFiles',
  'noFiles',
  'rateLimited',
  'forbidden',
  'form',
  'unavailable',
] as const;
const notices = ['cmykConverted', 'deepColourConverted', 'animatedFirstFrame', 'locationRemoved'] as const;
const known = <T extends string>(list: readonly T[], v: string): v is T =>
  (list as readonly string[]).includes(v);

/** The newsroom's photo library: upload, the last upload's outcome, search, every photo. */
export async function PhotoLibrary({ locale, photos, q, canUpload, added, refused, error, limit }: Props) {
  const t = await getTranslations({ locale, namespace: 'Newsroom.photos' });
  const limitText = limit ? formatBytes(locale, limit) : '';
  const problem = (p: string) =>
    known(problems, p) ? t(`problems.${p}`, { limit: limitText }) : t('problems.form', { limit: limitText });
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t('heading')}</h1>
      <p className="mb-4 max-w-3xl">{t('intro')}</p>
      {canUpload && <PhotoUploadForm locale={locale} />}
      {error && (
        <p role="alert" className="my-3 rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {problem(error)}
        </p>
      )}
      {(added.length > 0 || refused.length > 0) && (
        <div
          role="status"
          className="my-3 space-y-1 rounded border border-stone-300 bg-white p-3"
          data-testid="upload-outcome"
        >
          {added.length > 0 && <p>{t('added', { count: added.length })}</p>}
          {added.flatMap((a) => {
            const [id, ...said] = a.split(':');
            return said
              .filter((n) => known(notices, n))
              .map((n) => (
                <p key={`${id}-${n}`} className="text-sm text-amber-900">
                  {id}: {t(`notices.${n as (typeof notices)[number]}`)}
                </p>
              ));
          })}
          {refused.map((r, i) => {
            const at = r.indexOf(':');
            return (
              <p key={i} className="text-sm text-red-900" data-testid="upload-refused">
                {t('refused', { name: r.slice(at + 1), reason: problem(r.slice(0, at)) })}
              </p>
            );
          })}
        </div>
      )}
      <form method="get" className="my-4 flex max-w-xl gap-2" role="search">
        <label className="sr-only" htmlFor="photo-search">
          {t('search')}
        </label>
        <input
          id="photo-search"
          name="q"
          defaultValue={q}
          maxLength={100}
          placeholder={t('search')}
          className="block w-full rounded border border-stone-400 bg-white px-2 py-1"
        />
        <button className="rounded border border-stone-600 bg-white px-4 py-1">{t('searchButton')}</button>
      </form>
      {photos.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5" data-testid="photo-library">
          {photos.map((p) => (
            <li key={p.id} className="rounded border border-stone-300 bg-white p-2 text-sm">
              <a href={newsroom.photo(locale, p.id)} className="block">
                {/* the editor's own thumbnails: a square rendition, no layout shift */}
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img
                  src={photoRenditionPath(p.id, p.key, 'square', 320, 'jpeg')}
                  width={160}
                  height={160}
                  alt=""
                  loading="lazy"
                  className="h-auto w-full bg-stone-100"
                />
                <span
                  className="mt-1 block font-medium"
                  lang={p.shown ? localeTable[p.shown.locale].htmlLang : undefined}
                >
                  {p.shown?.text ?? t('noCaption')}
                </span>
              </a>
              <span className="block text-stone-600">{p.credit || '—'}</span>
              <span className="block text-stone-600">
                {t('altIn', { languages: p.languages.join(' · ') || '—' })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
