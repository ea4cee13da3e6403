import { getFormatter, getTranslations } from 'next-intl/server';
import type { readAuditLog } from '@/lib/auth/accounts';
import type { Locale } from '@/lib/model/locales';

type Props = { locale: Locale; entries: Awaited<ReturnType<typeof readAuditLog>> };

/** The audit log: who did what, when, from where (newest first). */
export async function AuditLog({ locale, entries }: Props) {
  const t = await getTranslations({ locale, namespace: 'Newsroom' });
  const format = await getFormatter({ locale });
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
