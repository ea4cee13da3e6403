import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AgreementPage } from '@/components/agreement/AgreementPage';
import { getAgreement } from '@/lib/data/agreements';
import { localeParam } from '@/lib/i18n/params';

type Props = { params: Promise<{ locale: string; id: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, ...rest } = await params;
  const agreement = await getAgreement(localeParam(rest.locale), id);
  return agreement ? { title: agreement.name.text } : {};
}

export default async function Page({ params }: Props) {
  const { id, ...rest } = await params;
  const locale = localeParam(rest.locale);
  setRequestLocale(locale);
  const agreement = await getAgreement(locale, id);
  if (!agreement) notFound();
  return <AgreementPage agreement={agreement} />;
}
