import type { ReportLink } from '@/lib/data/types';
import { formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/model/locales';
import { localizedPath } from '@/lib/model/paths';

/** Reports about an event, person, city or agreement, in the reader's language; or a sentence saying none exist. */
export function ReportList({
  locale,
  reports,
  empty,
}: {
  locale: Locale;
  reports: ReportLink[];
  empty: string;
}) {
  if (reports.length === 0) return <p>{empty}</p>;
  return (
    <ul className="space-y-3">
      {reports.map((a) => (
        <li key={a.id}>
          <a href={localizedPath(locale, `/articles/${a.slug}`)} className="font-semibold hover:underline">
            {a.title}
          </a>
          <p className="text-sm text-muted">
            <time dateTime={a.publishedAt.toISOString()}>
              {formatDateTime(locale, a.publishedAt, { dateStyle: 'long' })}
            </time>
          </p>
        </li>
      ))}
    </ul>
  );
}
