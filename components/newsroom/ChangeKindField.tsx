'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ChangeKind } from '@/lib/model/corrections';

/**
 * The question a change to a published version asks (docs/decisions/030): a correction — readers
 * are told, with a dated note written in the version's language — or a minor fix they are not told
 * of. Either may be said with any save; a correction's publication waits until one is (the server
 * refuses to publish it undecided), and the note is required only for a correction.
 */
export function ChangeKindField({
  htmlLang,
  language,
  kind,
  note,
}: {
  htmlLang: string;
  /** the version's language, by its own name */
  language: string;
  /** what the waiting correction's last save said, or what a drafted correction suggests */
  kind: ChangeKind | null;
  note: string;
}) {
  const t = useTranslations('Newsroom.corrections');
  const [chosen, setChosen] = useState<ChangeKind | null>(kind);
  return (
    <fieldset className="rounded border border-sky-300 bg-sky-50 p-3" data-testid="change-kind">
      <legend className="px-1 font-semibold">{t('question')}</legend>
      {(['correction', 'minor'] as const).map((k) => (
        <label key={k} className="mt-1 flex items-start gap-2">
          <input
            type="radio"
            name="changeKind"
            value={k}
            defaultChecked={kind === k}
            onChange={() => setChosen(k)}
            className="mt-1"
          />
          <span>
            <span className="font-medium">{t(`${k}.label`)}</span>{' '}
            <span className="text-stone-700">{t(`${k}.help`)}</span>
          </span>
        </label>
      ))}
      <label className="mt-2 block" hidden={chosen === 'minor'}>
        {t('note', { language })}
        <textarea
          name="correctionNote"
          defaultValue={note}
          required={chosen === 'correction'}
          maxLength={1000}
          rows={2}
          lang={htmlLang}
          className="mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1"
        />
        <span className="text-sm text-stone-700">{t('noteHelp')}</span>
      </label>
    </fieldset>
  );
}
