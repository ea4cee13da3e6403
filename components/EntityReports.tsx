import { getTranslations } from 'next-intl/server';
import { ReportList } from '@/components/ReportList';
import type { ReportLink } from '@/lib/data/types';
import type { EntityKind } from '@/lib/model/kinds';
import { listQueryString } from '@/lib/model/lists';
import type { Locale } from '@/lib/model/locales';
import { ARTICLES_PATH, localizedPath } from '@/lib/model/paths';

/** An entity's newest reports, and a link to all of them (its report list) when it has more. */
export async function EntityReports({
  locale,
  entity,
  reports,
  more,
  empty,
}: {
  locale: Locale;
  entity: { kind: EntityKind; id: string; name: string };
  reports: ReportLink[];
  more: boolean;
  empty: string;
}) {
  const t = await getTranslations({ locale, namespace: 'ArticlesPage' });
  return (
    <ReportList
      locale={locale}
      reports={reports}
      empty={empty}
      more={
        more
          ? {
              href: localizedPath(
                locale,
                ARTICLES_PATH + listQueryString({ kind: entity.kind, id: entity.id }, null),
              ),
              label: t('allReports', { name: entity.name }),
            }
          : null
      }
    />
  );
}
