import { getTranslations } from 'next-intl/server';
import type { listEditors } from '@/lib/auth/accounts';
import { localeTable, locales, type Locale } from '@/lib/model/locales';

const roles = ['admin', 'editor', 'translator', 'reviewer'] as const;
const problems = ['tooShort', 'tooLong', 'common', 'personal', 'taken', 'invalid', 'noLanguages'] as const;
const fields = ['email', 'name', 'role', 'languages', 'password'] as const;
const errors = ['forbidden', 'signedOut', 'invalid', 'unexpected', 'lastAdmin', 'noLanguages'] as const;

type Props = {
  locale: Locale;
  editors: Awaited<ReturnType<typeof listEditors>>;
  /** the outcome of the last form, as the action's redirect put it in the address */
  query: Record<string, string | undefined>;
  /** the server actions (app/editor/[locale]/actions.ts), handed down by the page */
  changeRole: (form: FormData) => Promise<void>;
  createUser: (form: FormData) => Promise<void>;
};

/** The accounts: each editor's role and languages, and a form for a new one. */
export async function UsersPage({ locale, editors, query, changeRole, createUser }: Props) {
  const t = await getTranslations({ locale, namespace: 'Newsroom' });
  const problem = problems.find((p) => p === query.problem);
  const field = fields.find((f) => f === query.field);
  const error = errors.find((e) => e === query.error);
  const input = 'mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1';
  const languageBoxes = (checked: readonly string[]) =>
    locales.map((l) => (
      <label key={l} className="mr-3 inline-flex items-center gap-1" lang={localeTable[l].htmlLang}>
        <input type="checkbox" name="languages" value={l} defaultChecked={checked.includes(l)} />{' '}
        {localeTable[l].nativeName}
      </label>
    ));
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{t('users.heading')}</h1>
      {query.done && (
        <p role="status" className="mb-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          {t(query.done === 'changed' ? 'users.changed' : 'users.created')}
        </p>
      )}
      {problem && (
        <p role="alert" className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {t(`users.problems.${problem}`, { field: field ? t(`users.${field}`) : '' })}
        </p>
      )}
      {error && (
        <p role="alert" className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {error === 'lastAdmin'
            ? t('users.lastAdmin')
            : error === 'noLanguages'
              ? t('users.problems.noLanguages')
              : t(`errors.${error}`, { fields: t('users.role') })}
        </p>
      )}
      <table className="mb-8 w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-stone-300 text-left">
            <th className="p-2">{t('users.name')}</th>
            <th className="p-2">{t('users.email')}</th>
            <th className="p-2">{t('users.role')}</th>
          </tr>
        </thead>
        <tbody>
          {editors.map((e) => (
            <tr key={e.id} className="border-b border-stone-200" data-email={e.email}>
              <td className="p-2">{e.name}</td>
              <td className="p-2">{e.email}</td>
              <td className="p-2">
                <form action={changeRole} className="flex flex-wrap items-center gap-2">
                  <input type="hidden" name="uiLocale" value={locale} />
                  <input type="hidden" name="editorId" value={e.id} />
                  <select
                    name="role"
                    defaultValue={e.role}
                    aria-label={t('users.role')}
                    className="rounded border border-stone-400"
                  >
                    {roles.map((r) => (
                      <option key={r} value={r}>
                        {t(`roles.${r}`)}
                      </option>
                    ))}
                  </select>
                  <span>{languageBoxes(e.languages)}</span>
                  <button className="rounded border border-stone-500 px-2">{t('users.change')}</button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="mb-2 text-xl font-semibold">{t('users.create')}</h2>
      <form action={createUser} className="max-w-md space-y-3">
        <input type="hidden" name="uiLocale" value={locale} />
        <label className="block">
          {t('users.name')}
          <input name="name" required maxLength={120} className={input} />
        </label>
        <label className="block">
          {t('users.email')}
          <input name="email" type="email" required maxLength={254} autoComplete="off" className={input} />
        </label>
        <label className="block">
          {t('users.role')}
          <select name="role" defaultValue="translator" className={input}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t('users.languages')}</legend>
          {languageBoxes([])}
        </fieldset>
        <label className="block">
          {t('users.password')}
          <input
            name="password"
            type="password"
            required
            minLength={12}
            maxLength={1024}
            autoComplete="new-password"
            className={input}
          />
        </label>
        <button className="rounded bg-stone-900 px-4 py-2 text-white">{t('users.submit')}</button>
      </form>
    </>
  );
}
