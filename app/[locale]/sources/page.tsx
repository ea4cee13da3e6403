import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SourcesPage } from '@/components/sources/SourcesPage';
import { getSources } from '@/lib/data/sources';
import { localeParam } from '@/lib/i18n/params';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: localeParam((await params).locale), namespace: 'SourcesPage' });
  return { title: t('title'), description: t('description') };
}

export default async function Page({ params }: Props) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  return <SourcesPage locale={locale} sources={await getSources(locale)} />;
}
