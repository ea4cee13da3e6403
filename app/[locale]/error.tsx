'use client';

import { useParams } from 'next/navigation';
import { errorMessages } from '@/lib/i18n/error-messages';
import { defaultLocale, locales, type Locale } from '@/lib/model/locales';

/** A page that failed to render (e.g. never cached and the database is down), in the page's language. */
export default function LocalizedError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale: segment } = useParams<{ locale: string }>();
  const locale: Locale = (locales as readonly string[]).includes(segment)
    ? (segment as Locale)
    : defaultLocale;
  const t = errorMessages[locale];
  return (
    <main id="content" className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="mt-4">{t.body}</p>
      <p className="mt-6 flex gap-6">
        <button type="button" onClick={reset} className="font-semibold underline">
          {t.retry}
        </button>
        <a href={`/${locale}`} className="font-semibold underline">
          {t.home}
        </a>
      </p>
    </main>
  );
}
