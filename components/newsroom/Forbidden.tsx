import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/model/locales';

/** A newsroom page the signed-in editor's role does not open. */
export async function Forbidden({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Newsroom' });
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
      {t('errors.forbidden')}
    </p>
  );
}
