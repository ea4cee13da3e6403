import { getTranslations } from 'next-intl/server';
import { LocalizedText } from '@/components/LocalizedText';
import { wholeName } from '@/components/Name';
import { ReportList } from '@/components/ReportList';
import { kindTable } from '@/lib/model/kinds';
import type { ArticlePageData } from '@/lib/data/types';
import { localizedPath } from '@/lib/model/paths';

/** The people, cities and agreements a report is about, and other reports on its event. */
export async function ArticleMentions({ article }: { article: ArticlePageData }) {
  const { locale, mentions } = article;
  const t = await getTranslations({ locale, namespace: 'ArticlePage' });
  const groups = [
    {
      key: 'people',
      label: t('people'),
      path: '/people',
      items: mentions.people,
      whole: kindTable.person.wholeName,
    },
    {
      key: 'cities',
      label: t('cities'),
      path: '/cities',
      items: mentions.cities,
      whole: kindTable.city.wholeName,
    },
    {
      key: 'agreements',
      label: t('agreements'),
      path: '/agreements',
      items: mentions.agreements,
      whole: kindTable.agreement.wholeName,
    },
  ].filter((g) => g.items.length > 0);

  return (
    <aside className="mt-10 max-w-3xl space-y-8 print:hidden">
      {groups.length > 0 && (
        <section aria-labelledby="mentioned">
          <h2 id="mentioned" className="mb-3 text-lg font-bold">
            {t('mentioned')}
          </h2>
          <dl className="space-y-2">
            {groups.map((g) => (
              <div key={g.key} className="sm:flex sm:gap-4">
                <dt className="font-semibold sm:w-32 sm:shrink-0">{g.label}</dt>
                <dd>
                  <ul className="flex flex-wrap gap-x-4 gap-y-1">
                    {g.items.map((item) => (
                      <li key={item.id}>
                        <a
                          href={localizedPath(locale, `${g.path}/${item.id}`)}
                          {...(g.whole ? wholeName('underline') : { className: 'underline' })}
                        >
                          <LocalizedText value={item.name} pageLocale={locale} />
                        </a>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {article.related.length > 0 && (
        <section aria-labelledby="related">
          <h2 id="related" className="mb-3 text-lg font-bold">
            {t('related')}
          </h2>
          <ReportList locale={locale} reports={article.related} empty="" />
        </section>
      )}
    </aside>
  );
}
