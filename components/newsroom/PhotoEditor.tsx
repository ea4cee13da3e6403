'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState, type MouseEvent } from 'react';
import type { PhotoState } from '@/lib/editorial/form-states';
import { formatList } from '@/lib/i18n/format';
import type { PhotoForm } from '@/lib/media/library';
import { isLocale, type Locale } from '@/lib/model/locales';

type Props = {
  /** the server action (app/editor/[locale]/photos/actions.ts), handed down by the page */
  save: (state: PhotoState, form: FormData) => Promise<PhotoState>;
  uiLocale: Locale;
  photo: PhotoForm;
  /** the whole frame, to click the focal point on */
  image: string;
  crops: Record<'wide' | 'standard' | 'square', string>;
  languages: Array<{ locale: Locale; name: string; htmlLang: string }>;
  editable: boolean;
};

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * A photo's form. The focal point is two number fields (percent from the left and from the top),
 * which work without JavaScript; with it, a click on the photo sets them and a mark shows where.
 */
export function PhotoEditor({ save, uiLocale, photo, image, crops, languages, editable }: Props) {
  const t = useTranslations('Newsroom.photos.edit');
  const te = useTranslations('Newsroom.errors');
  const [state, action, pending] = useActionState<PhotoState, FormData>(save, { status: 'idle' });
  const typed = state.status === 'error' ? state.values : undefined;
  const [focus, setFocus] = useState({
    x: Number(typed?.focalX ?? round(photo.focalX * 100)),
    y: Number(typed?.focalY ?? round(photo.focalY * 100)),
  });
  const control = 'mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1';
  const pick = (event: MouseEvent<HTMLImageElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    setFocus({
      x: round(((event.clientX - box.left) / box.width) * 100),
      y: round(((event.clientY - box.top) / box.height) * 100),
    });
  };
  let error: string | null = null;
  if (state.status === 'error') {
    const key = state.error as Parameters<typeof te>[0];
    error =
      state.error === 'invalid'
        ? te('invalid', {
            fields: formatList(isLocale(uiLocale) ? uiLocale : 'en', state.fields ?? [], 'enumeration'),
          })
        : te.has(key)
          ? te(key)
          : te('unexpected');
  }
  return (
    <form action={action} className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <input type="hidden" name="id" value={photo.id} />
      <input type="hidden" name="uiLocale" value={uiLocale} />
      <div>
        <div className="relative inline-block max-w-full">
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={image}
            alt=""
            width={photo.width}
            height={photo.height}
            onClick={editable ? pick : undefined}
            className="h-auto max-w-full cursor-crosshair bg-stone-100"
            data-testid="focal-image"
          />
          <span
            aria-hidden
            className="pointer-events-none absolute h-5 w-5 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-white shadow-[0_0_0_2px_#b45309]"
            style={{ left: `${focus.x}%`, top: `${focus.y}%` }}
          />
        </div>
        <fieldset className="mt-3">
          <legend className="font-semibold">{t('focal')}</legend>
          <p className="text-sm text-stone-600">{t('focalHelp')}</p>
          <div className="mt-2 flex gap-4">
            {(['x', 'y'] as const).map((axis) => (
              <label key={axis} className="block">
                {t(axis === 'x' ? 'focalX' : 'focalY')}
                <input
                  type="number"
                  name={axis === 'x' ? 'focalX' : 'focalY'}
                  min={0}
                  max={100}
                  step={0.1}
                  value={focus[axis]}
                  onChange={(e) => setFocus({ ...focus, [axis]: Number(e.target.value) })}
                  disabled={!editable}
                  className={control}
                />
              </label>
            ))}
          </div>
        </fieldset>
        <h2 className="mt-4 font-semibold">{t('crops')}</h2>
        <div className="mt-2 flex flex-wrap items-end gap-3">
          {(['wide', 'standard', 'square'] as const).map((c) => (
            // eslint-disable-next-line @next/next/no-img-element
            <img key={c} src={crops[c]} alt="" width={160} className="h-auto w-40 bg-stone-100" />
          ))}
        </div>
      </div>
      <div className="space-y-3">
        {error && (
          <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
            {error}
          </p>
        )}
        {languages.map((l) => (
          <fieldset key={l.locale} className="rounded border border-stone-300 bg-white p-3">
            <legend className="px-1 font-semibold">{l.name}</legend>
            <label className="block">
              {t('caption', { language: l.name })}
              <textarea
                name={`caption-${l.locale}`}
                lang={l.htmlLang}
                rows={2}
                maxLength={1000}
                defaultValue={typed?.[`caption-${l.locale}`] ?? photo.caption[l.locale] ?? ''}
                disabled={!editable}
                className={control}
              />
            </label>
            <label className="mt-2 block">
              {t('alt', { language: l.name })}
              <input
                name={`alt-${l.locale}`}
                lang={l.htmlLang}
                maxLength={500}
                defaultValue={typed?.[`alt-${l.locale}`] ?? photo.alt[l.locale] ?? ''}
                disabled={!editable}
                className={control}
              />
              <span className="text-sm text-stone-600">{t('altHelp')}</span>
            </label>
          </fieldset>
        ))}
        <label className="block">
          {t('credit')}
          <input
            name="credit"
            maxLength={300}
            defaultValue={typed?.credit ?? photo.credit}
            disabled={!editable}
            className={control}
          />
        </label>
        <label className="block">
          {t('takenAt')}
          <input
            type="datetime-local"
            name="takenAt"
            defaultValue={typed?.takenAt ?? photo.takenAt}
            disabled={!editable}
            className={control}
          />
        </label>
        {editable && (
          <button
            className="rounded border border-stone-600 bg-white px-4 py-1.5 font-medium"
            disabled={pending}
          >
            {t('save')}
          </button>
        )}
      </div>
    </form>
  );
}
