import { getTranslations } from 'next-intl/server';
import { localeTable, type Locale } from '@/lib/model/locales';
import { newsroom } from '@/lib/model/paths';

const problems = ['noFile', 'tooLarge', 'notXml', 'notTmx', 'noPairs'] as const;

/** The translation memory's page (app/editor/[locale]/memory): counts, TMX out, TMX in. */
export async function MemoryPage({
  locale,
  counts,
  mayImport,
  outcome,
}: {
  locale: Locale;
  counts: Array<{ from: Locale; to: Locale; units: number; approved: number }>;
  mayImport: boolean;
  outcome: { done: boolean; units: number; added: number; error: string | null };
}) {
  const t = await getTranslations({ locale, namespace: 'Newsroom.memoryPage' });
  const errors = await getTranslations({ locale, namespace: 'Newsroom.errors' });
  const name = (l: Locale) => localeTable[l].nativeName;
  const problem = problems.find((p) => p === outcome.error);
  const failure = (['forbidden', 'signedOut', 'unavailable', 'unexpected'] as const).find(
    (p) => p === outcome.error,
  );
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t('heading')}</h1>
      <p className="mb-4 max-w-prose">{t('intro')}</p>
      {outcome.done && (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t('imported', { units: outcome.units, added: outcome.added })}
        </p>
      )}
      {(problem || failure) && (
        <p role="alert" className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {problem ? t(`problems.${problem}`) : errors(failure!)}
        </p>
      )}
      {counts.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <table className="mb-6 border-collapse bg-white text-sm" data-testid="memory-counts">
          <thead>
            <tr className="border-b border-stone-300 text-left">
              <th className="p-2">{t('direction')}</th>
              <th className="p-2">{t('units')}</th>
              <th className="p-2">{t('approved')}</th>
              <th className="p-2" />
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr
                key={`${c.from}-${c.to}`}
                className="border-b border-stone-200"
                data-direction={`${c.from}-${c.to}`}
              >
                <td className="p-2">
                  {name(c.from)} → {name(c.to)}
                </td>
                <td className="p-2">{c.units.toLocaleString(localeTable[locale].htmlLang)}</td>
                <td className="p-2">{c.approved.toLocaleString(localeTable[locale].htmlLang)}</td>
                <td className="p-2">
                  <a className="underline" href={newsroom.tmx(locale, c.from, c.to)}>
                    {t('download')}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mayImport && (
        <form
          action={newsroom.memoryImport(locale)}
          method="post"
          encType="multipart/form-data"
          className="space-y-2 rounded border border-stone-300 bg-white p-3"
        >
          <h2 className="font-semibold">{t('import')}</h2>
          <label className="block">
            {t('file')} <input type="file" name="file" accept=".tmx,.xml" required className="block" />
          </label>
          <button className="rounded border border-stone-500 px-3 py-1">{t('submit')}</button>
        </form>
      )}
    </>
  );
}
