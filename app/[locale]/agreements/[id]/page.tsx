import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/JsonLd';
import { AgreementPage } from '@/components/agreement/AgreementPage';
import { getAgreement } from '@/lib/data/agreements';
import { localeParam } from '@/lib/i18n/params';
import { entityMetadata } from '@/lib/seo/metadata';
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
  return entityMetadata(locale, 'agreement', agreement.id, {
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
  const nodes = [
    structuredData.agreement(agreement),
    await structuredData.entityBreadcrumbs(locale, 'agreement', agreement.id, agreement.name.text),
  ];
  return (
    <>
      <JsonLd nodes={nodes} />
      <AgreementPage agreement={agreement} />
    </>
  );
}
