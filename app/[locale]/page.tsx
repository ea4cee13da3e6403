import { localeParam } from '@/lib/i18n/params';
import { setRequestLocale } from 'next-intl/server';
import { HomePage } from '@/components/home/HomePage';
import { getHomePage } from '@/lib/data/home';

type Props = { params: Promise<{ locale: string }> };

export default async function Page({ params }: Props) {
  const locale = localeParam((await params).locale);
  setRequestLocale(locale);
  const data = await getHomePage(locale);
  return <HomePage locale={locale} data={data} />;
}
