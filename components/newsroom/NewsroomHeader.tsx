import { getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/permissions';
import type { Actor } from '@/lib/auth/sessions';
import { localeTable, locales, type Locale } from '@/lib/model/locales';
import { localizedPath, newsroom } from '@/lib/model/paths';

type Props = {
  locale: Locale;
  /** the signed-in editor, if any (none on the sign-in page, or while the database is away) */
  actor: Actor | null;
  /** the server action (app/editor/[locale]/actions.ts), handed down by the layout */
  signOut: (form: FormData) => Promise<void>;
};

/** The newsroom's header: its sections as the editor's role opens them, languages, the account. */
export async function NewsroomHeader({ locale, actor, signOut }: Props) {
  const t = await getTranslations({ locale, namespace: 'Newsroom' });
  const link = 'underline-offset-4 hover:underline';
  return (
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
            <a className={link} href={newsroom.photos(locale)}>
              {t('nav.photos')}
            </a>
            <a className={link} href={newsroom.memory(locale)}>
              {t('nav.memory')}
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
            <a className={link} href={localizedPath(locale, '/')}>
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
            <form action={signOut} className="flex items-center gap-3">
              <span>{t('signedInAs', { name: actor.name, role: t(`roles.${actor.role}`) })}</span>
              <input type="hidden" name="uiLocale" value={locale} />
              <button className="rounded border border-stone-400 px-2 py-1">{t('signOut')}</button>
            </form>
          )}
        </div>
      </div>
    </header>
  );
}
