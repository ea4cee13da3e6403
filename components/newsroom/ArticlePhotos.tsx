import { getTranslations } from 'next-intl/server';
import type { ArticlePhotosView } from '@/lib/editorial/article-photos';
import type { Locale } from '@/lib/model/locales';
import { newsroom } from '@/lib/model/paths';

type Props = {
  locale: Locale;
  articleId: string;
  photos: ArticlePhotosView;
  editable: boolean;
  done: boolean;
  /** the server action (app/editor/[locale]/articles/[id]/actions.ts) */
  save: (form: FormData) => Promise<void>;
};

/** A report's photos: the lead photo, and the photo of each caption slot, chosen from the library. */
export async function ArticlePhotos({ locale, articleId, photos, editable, done, save }: Props) {
  const t = await getTranslations({ locale, namespace: 'Newsroom.articlePhotos' });
  const field = 'mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1';
  const select = (name: string, value: string | null, label: string) => (
    <label className="block">
      {label}
      <select name={name} defaultValue={value ?? ''} disabled={!editable} className={field}>
        <option value="">{t('none')}</option>
        {photos.choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="mt-8 max-w-4xl" aria-labelledby="article-photos">
      <h2 id="article-photos" className="text-xl font-semibold">
        {t('heading')}
      </h2>
      <p className="mb-3 text-sm">
        {t('intro')}{' '}
        <a className="underline" href={newsroom.photos(locale)}>
          {t('library')}
        </a>
      </p>
      {done && (
        <p role="status" className="mb-3 rounded border border-green-300 bg-green-50 p-2">
          {t('saved')}
        </p>
      )}
      <form action={save} className="space-y-3 rounded border border-stone-300 bg-white p-4">
        <input type="hidden" name="uiLocale" value={locale} />
        <input type="hidden" name="articleId" value={articleId} />
        {select('leadPhotoId', photos.leadPhotoId, t('lead'))}
        {photos.slots.length === 0 ? (
          <p className="text-sm text-stone-600">{t('noCaptions')}</p>
        ) : (
          photos.slots.map((s) =>
            select(`photo-${s.key}`, s.photoId, t('slot', { caption: s.text.slice(0, 80) })),
          )
        )}
        {editable && (
          <button className="rounded border border-stone-600 bg-white px-4 py-1.5 font-medium">
            {t('save')}
          </button>
        )}
      </form>
    </section>
  );
}
