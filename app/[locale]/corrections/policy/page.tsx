import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CorrectionsPolicy } from '@/components/corrections/CorrectionsPolicy';
import { localeParam } from '@/lib/i18n/params';
import { CORRECTIONS_POLICY_PATH, everyLanguage } from '@/lib/model/paths';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'CorrectionsPolicy' });
  return pageMetadata({
    locale,
    alternates: everyLanguage(CORRECTIONS_POLICY_PATH),
    title: t('title'),
    description: t('p1'),
  });
}

export default async function Page({ params }: Props) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  return <CorrectionsPolicy locale={locale} />;
}
