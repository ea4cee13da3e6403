import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/model/locales';

const errors = ['invalid', 'locked', 'missing'] as const;

type Props = {
  locale: Locale;
  /** the refusal the last attempt ended in, as the action's redirect put it in the address */
  error: string | undefined;
  /** the server action (app/editor/[locale]/actions.ts), handed down by the page */
  signIn: (form: FormData) => Promise<void>;
};

/** The newsroom's sign-in form. */
export async function LoginForm({ locale, error, signIn }: Props) {
  const t = await getTranslations({ locale, namespace: 'Newsroom.login' });
  const shown = errors.find((e) => e === error);
  const field = 'mt-1 block w-full rounded border border-stone-400 px-3 py-2';
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-4 text-2xl font-semibold">{t('heading')}</h1>
      {shown && (
        <p role="alert" className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-red-900">
          {t(shown)}
        </p>
      )}
      <form action={signIn} className="space-y-4">
        <input type="hidden" name="uiLocale" value={locale} />
        <label className="block">
          {t('email')}
          <input
            name="email"
            type="email"
            autoComplete="username"
            required
            maxLength={254}
            className={field}
          />
        </label>
        <label className="block">
          {t('password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            maxLength={1024}
            className={field}
          />
        </label>
        <button className="rounded bg-stone-900 px-4 py-2 text-white">{t('submit')}</button>
      </form>
    </div>
  );
}
