import { getFormatter, getTranslations } from 'next-intl/server';
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
  const t = await getTranslations({ locale, namespace: 'Newsroom' });
  if (!can(actor, 'audit.read')) return <p role="alert">{t('errors.forbidden')}</p>;
  const format = await getFormatter({ locale });
  const entries = await readAuditLog(actor);
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{t('audit.heading')}</h1>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b border-stone-300 text-left">
              <th className="p-2">{t('audit.time')}</th>
              <th className="p-2">{t('audit.actor')}</th>
              <th className="p-2">{t('audit.action')}</th>
              <th className="p-2">{t('audit.subject')}</th>
              <th className="p-2">{t('audit.address')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} className="border-b border-stone-200" data-action={e.action}>
                <td className="p-2 whitespace-nowrap">
                  {format.dateTime(e.at, { dateStyle: 'short', timeStyle: 'medium' })}
                </td>
                <td className="p-2">{e.actor ? `${e.actor.name} <${e.actor.email}>` : t('audit.system')}</td>
                <td className="p-2 font-mono">{e.action}</td>
                <td className="p-2 font-mono">
                  {e.subject}
                  {e.details ? (
                    <span className="block text-stone-600">{JSON.stringify(e.details)}</span>
                  ) : null}
                </td>
                <td className="p-2">{e.address}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
