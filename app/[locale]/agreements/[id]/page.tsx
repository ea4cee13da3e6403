import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AgreementPage } from '@/components/agreement/AgreementPage';
import { getAgreement } from '@/lib/data/agreements';
import { localeParam } from '@/lib/i18n/params';
import { pageMetadata } from '@/lib/seo/metadata';
import { everyLanguage } from '@/lib/i18n/paths';
import { getTranslations } from 'next-intl/server';
import { JsonLd } from '@/components/JsonLd';
import * as structuredData from '@/lib/seo/structured-data';

type Props = { params: Promise<{ locale: string; id: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, ...rest } = await params;
  const locale = localeParam(rest.locale);
  const agreement = await getAgreement(locale, id);
  if (!agreement) return {};
  const t = await getTranslations({ locale, namespace: 'Seo' });
  return pageMetadata({
    locale,
    alternates: everyLanguage(`/agreements/${agreement.id}`),
    title: agreement.name.text,
    description: t('agreementDescription', { name: agreement.name.text }),
  });
}

export default async function Page({ params }: Props) {
  const { id, ...rest } = await params;
  const locale = localeParam(rest.locale);
  setRequestLocale(locale);
  const agreement = await getAgreement(locale, id);
  if (!agreement) notFound();
  return (
    <>
      <JsonLd
        nodes={[
          structuredData.agreement(agreement),
          await structuredData.sectionBreadcrumbs(locale, 'agreements', {
            name: agreement.name.text,
            path: `/agreements/${agreement.id}`,
          }),
        ]}
      />
      <AgreementPage agreement={agreement} />
    </>
  );
}
