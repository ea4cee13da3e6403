import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { currentActor } from '@/lib/auth/request';
import { isLocale } from '@/lib/model/locales';
import { LoginForm } from '@/components/newsroom/LoginForm';
import { loginAction } from '../actions';
import { newsroom } from '@/lib/model/paths';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: (await getTranslations({ locale, namespace: 'Newsroom.login' }))('heading') };
}

export default async function LoginPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return null;
  if (await currentActor()) redirect(newsroom.home(locale));
  return <LoginForm locale={locale} error={(await searchParams).error} signIn={loginAction} />;
}
