import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { can } from '@/lib/auth/permissions';
import { currentActor } from '@/lib/auth/request';
import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import { isLocale, localeTable, locales } from '@/lib/model/locales';
import { logoutAction } from './actions';
import { newsroom } from '@/lib/model/paths';

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
  const t = await getTranslations({ locale, namespace: 'Newsroom' });
  // the database away: the header still stands (languages, no account), and the page below says
  // why it cannot be shown (./error.tsx) instead of a bare server error
  const actor = await currentActor().catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  });
  const messages = await getMessages({ locale });
  const link = 'underline-offset-4 hover:underline';
  return (
    <html
      lang={localeTable[locale].htmlLang}
      style={{ ['--font-body' as string]: localeTable[locale].fontStack }}
    >
      <body className="min-h-screen bg-stone-50 text-stone-900">
        <header className="border-b border-stone-300 bg-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <a href={newsroom.home(locale)} className="text-lg font-semibold">
              {t('title')}
            </a>
            {actor && (
              <nav aria-label={t('nav.label')} className="flex gap-4 text-sm">
                <a className={link} href={newsroom.home(locale)}>
                  {t('nav.dashboard')}
                </a>
                {can(actor, 'article.import') && (
                  <a className={link} href={newsroom.import(locale)}>
                    {t('nav.import')}
                  </a>
                )}
                <a className={link} href={newsroom.entities(locale)}>
                  {t('nav.entities')}
                </a>
                {can(actor, 'users.manage') && (
                  <a className={link} href={newsroom.users(locale)}>
                    {t('nav.users')}
                  </a>
                )}
                {can(actor, 'audit.read') && (
                  <a className={link} href={newsroom.audit(locale)}>
                    {t('nav.audit')}
                  </a>
                )}
                <a className={link} href={`/${locale}`}>
                  {t('nav.site')}
                </a>
              </nav>
            )}
            <div className="ml-auto flex flex-wrap items-center gap-4 text-sm">
              <ul aria-label={t('nav.interfaceLanguage')} className="flex gap-2">
                {locales.map((l) => (
                  <li key={l}>
                    <a
                      href={newsroom.home(l)}
                      lang={localeTable[l].htmlLang}
                      aria-current={l === locale ? 'true' : undefined}
                      className={l === locale ? 'font-semibold' : link}
                    >
                      {localeTable[l].nativeName}
                    </a>
                  </li>
                ))}
              </ul>
              {actor && (
                <form action={logoutAction} className="flex items-center gap-3">
                  <span>{t('signedInAs', { name: actor.name, role: t(`roles.${actor.role}`) })}</span>
                  <input type="hidden" name="uiLocale" value={locale} />
                  <button className="rounded border border-stone-400 px-2 py-1">{t('signOut')}</button>
                </form>
              )}
            </div>
          </div>
        </header>
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
