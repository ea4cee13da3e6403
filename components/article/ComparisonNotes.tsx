import { getTranslations } from 'next-intl/server';
import { languageName } from '@/lib/i18n/format';
import type { Locale } from '@/lib/model/locales';
import type { CompareNote } from '@/lib/reading/compare';

/** What the URL asked for that cannot be shown, said plainly instead of failing. */
export async function ComparisonNotes({ locale, notes }: { locale: Locale; notes: CompareNote[] }) {
  if (notes.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'ArticlePage' });
  return (
    <div
      role="note"
      className="mt-4 max-w-3xl rounded border border-black/15 p-3 text-sm dark:border-white/20"
    >
      <ul className="space-y-1">
        {notes.map((note, i) => (
          <li key={i}>
            {t('compareNote', {
              reason: note.reason,
              value: note.value,
              language: note.reason === 'unknown' ? '' : languageName(locale, note.value),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
