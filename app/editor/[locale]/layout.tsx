import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { NewsroomHeader } from '@/components/newsroom/NewsroomHeader';
import { currentActor } from '@/lib/auth/request';
import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import { isLocale, localeTable } from '@/lib/model/locales';
import { logoutAction } from './actions';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// Per-request: sessions, and a CSP nonce that must differ on every response.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Newsroom' });
  return {
    title: { default: t('title'), template: t('metaTitle', { page: '%s' }) },
    robots: { index: false, follow: false },
  };
}

export default async function NewsroomLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  // the database away: the header still stands (languages, no account), and the page below says
  // why it cannot be shown (./error.tsx) instead of a bare server error
  const actor = await currentActor().catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  });
  const messages = await getMessages({ locale });
  return (
    <html
      lang={localeTable[locale].htmlLang}
      style={{ ['--font-body' as string]: localeTable[locale].fontStack }}
    >
      <body className="min-h-screen bg-stone-50 text-stone-900">
        <NewsroomHeader locale={locale} actor={actor} signOut={logoutAction} />
        <main id="content" className="mx-auto max-w-6xl px-4 py-6">
          {/* the newsroom's own messages for its interactive forms; public pages get no provider */}
          <NextIntlClientProvider locale={locale} messages={{ Newsroom: messages.Newsroom }}>
            {children}
          </NextIntlClientProvider>
        </main>
      </body>
    </html>
  );
}
