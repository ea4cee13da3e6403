import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { listEditors } from '@/lib/auth/accounts';
import { can } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/request';
import { isLocale } from '@/lib/model/locales';
import { Forbidden } from '@/components/newsroom/Forbidden';
import { UsersPage } from '@/components/newsroom/UsersPage';
import { changeRoleAction, createUserAction } from '../actions';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: (await getTranslations({ locale, namespace: 'Newsroom.users' }))('heading') };
}

export default async function UsersRoute({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const actor = await requireActor(locale);
  if (!can(actor, 'users.manage')) return <Forbidden locale={locale} />;
  return (
    <UsersPage
      locale={locale}
      editors={await listEditors(actor)}
      query={await searchParams}
      changeRole={changeRoleAction}
      createUser={createUserAction}
    />
  );
}
