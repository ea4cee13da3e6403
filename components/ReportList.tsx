import type { ReportLink } from '@/lib/data/types';
import { formatDateTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/model/locales';
import { localizedPath } from '@/lib/model/paths';

/** Reports about an event, person, city or agreement, in the reader's language; or a sentence saying none exist. */
export function ReportList({
  locale,
  reports,
  empty,
  more,
}: {
  locale: Locale;
  reports: ReportLink[];
  empty: string;
  /** a link to the whole list, when the page shows only its newest reports */
  more?: { href: string; label: string } | null;
}) {
  if (reports.length === 0) return <p>{empty}</p>;
  return (
    <>
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
      {more && (
        <p className="mt-4">
          <a href={more.href} className="underline">
            {more.label}
          </a>
        </p>
      )}
    </>
  );
}
