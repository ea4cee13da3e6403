import { getTranslations } from 'next-intl/server';
import type { RevisionDiff as Diff } from '@/lib/editorial/revisions';
import type { Locale } from '@/lib/model/locales';
import { WordDiff } from './WordDiff';

/**
 * Two revisions of a version compared, above the editor form where the editor is looking: the
 * title and each changed paragraph word by word (removed struck through, added marked).
 */
export async function RevisionDiff({ diff, lang, ui }: { diff: Diff; lang: Locale; ui: Locale }) {
  const t = await getTranslations({ locale: ui, namespace: 'Newsroom' });
  const changed = diff.paragraphs.filter((p) => p.change !== 'unchanged');
  return (
    <section
      aria-labelledby="diff-heading"
      className="mb-4 rounded border border-sky-300 bg-white p-3 text-sm"
      data-testid="revision-diff"
    >
      <h2 id="diff-heading" className="mb-2 font-semibold">
        {t('revisions.compare')}: {diff.from} → {diff.to}
      </h2>
      {diff.title[0] !== diff.title[1] && (
        <p className="mb-2">
          <span className="font-semibold">{t('version.title')}: </span>
          <WordDiff before={diff.title[0]} after={diff.title[1]} locale={lang} />
        </p>
      )}
      <p>{t('revisions.unchanged', { count: diff.paragraphs.length - changed.length })}</p>
      <ul className="mt-2 space-y-2">
        {changed.map((p) => (
          <li key={p.key} data-change={p.change}>
            <p className="font-semibold">{t(`revisions.${p.change as 'added'}`)}</p>
            <p>
              <WordDiff before={p.before} after={p.after} locale={lang} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
