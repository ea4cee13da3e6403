'use client';

import { useTranslations } from 'next-intl';

/**
 * A newsroom page that could not be shown — the database is away, most often — in the newsroom's
 * language (the layout's message provider is above this boundary). Nothing was changed.
 */
export default function NewsroomError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('Newsroom.errors');
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-4 text-red-900">
      <h1 className="text-xl font-semibold">{t('pageUnavailableTitle')}</h1>
      <p className="mt-2">{t('pageUnavailable')}</p>
      <button type="button" onClick={reset} className="mt-4 rounded border border-red-400 bg-white px-3 py-1">
        {t('retry')}
      </button>
    </div>
  );
}
