import { getTranslations } from 'next-intl/server';
import { AuditLog } from '@/components/newsroom/AuditLog';
import { Forbidden } from '@/components/newsroom/Forbidden';
import { notFound } from 'next/navigation';
import { readAuditLog } from '@/lib/auth/accounts';
import { can } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/request';
import { isLocale } from '@/lib/model/locales';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: (await getTranslations({ locale, namespace: 'Newsroom.audit' }))('heading') };
}

export default async function AuditPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const actor = await requireActor(locale);
  if (!can(actor, 'audit.read')) return <Forbidden locale={locale} />;
  return <AuditLog locale={locale} entries={await readAuditLog(actor)} />;
}
