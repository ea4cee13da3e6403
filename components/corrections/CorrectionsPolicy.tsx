import { getTranslations } from 'next-intl/server';
import { JsonLd } from '@/components/JsonLd';
import { PageShell } from '@/components/PageShell';
import type { Locale } from '@/lib/model/locales';
import { CORRECTIONS_PATH, CORRECTIONS_POLICY_PATH, everyLanguage, localizedPath } from '@/lib/model/paths';
import * as structuredData from '@/lib/seo/structured-data';

/** How the portal corrects its reports: the page the publisher's `correctionsPolicy` names. */
export async function CorrectionsPolicy({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'CorrectionsPolicy' });
  return (
    <PageShell locale={locale} alternates={everyLanguage(CORRECTIONS_POLICY_PATH)}>
      <JsonLd
        nodes={[
          structuredData.sitePage(locale, 'WebPage', {
            name: t('title'),
            description: t('p1'),
            path: CORRECTIONS_POLICY_PATH,
          }),
        ]}
      />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <div className="mt-6 max-w-3xl space-y-4">
        {(['p1', 'p2', 'p3', 'p4'] as const).map((key) => (
          <p key={key}>{t(key)}</p>
        ))}
        <p>
          <a href={localizedPath(locale, CORRECTIONS_PATH)} className="underline">
            {t('list')}
          </a>
        </p>
      </div>
    </PageShell>
  );
}
