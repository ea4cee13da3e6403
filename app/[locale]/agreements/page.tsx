import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AgreementList } from '@/components/agreement/AgreementList';
import { getAgreements } from '@/lib/data/agreements';
import { localeParam } from '@/lib/i18n/params';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({
    locale: localeParam((await params).locale),
    namespace: 'AgreementsPage',
  });
  return { title: t('title'), description: t('description') };
}

export default async function Page({ params }: Props) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  return <AgreementList locale={locale} agreements={await getAgreements(locale)} />;
}
