import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { currentActor } from '@/lib/auth/request';
import { isLocale } from '@/lib/model/locales';
import { loginAction } from '../actions';
import { newsroom } from '@/lib/model/paths';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: (await getTranslations({ locale, namespace: 'Newsroom.login' }))('heading') };
}

const errors = ['invalid', 'locked', 'missing'] as const;

export default async function LoginPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return null;
  if (await currentActor()) redirect(newsroom.home(locale));
  const t = await getTranslations({ locale, namespace: 'Newsroom.login' });
  const { error } = await searchParams;
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
      <form action={loginAction} className="space-y-4">
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
