import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/SiteFooter';
import { localeTable } from '@/lib/model/locales';
import { routing } from '@/lib/i18n/routing';
import { siteOrigin } from '@/lib/seo/site';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// No page is rendered at build time (the build needs no database); each is rendered on its first
// request and then served from Next's cache until publishing revalidates it.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: t('siteName'), template: t('titleTemplate') },
    description: t('description'),
    // static files in public/: the manifest names the site in the page's language
    manifest: `/manifest.${locale}.webmanifest`,
    icons: { icon: [{ url: '/favicon.ico', sizes: '32x32' }], apple: '/icons/apple-touch-icon.png' },
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Layout' });
  const config = localeTable[locale];

  return (
    <html lang={config.htmlLang} style={{ ['--font-body' as string]: config.fontStack }}>
      <body className="min-h-screen">
        <a
          href="#content"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2 focus:text-black"
        >
          {t('skipToContent')}
        </a>
        {children}
        <SiteFooter />
      </body>
    </html>
  );
}
