import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { JsonLd } from '@/components/JsonLd';
import { KeysetPagination } from '@/components/KeysetPagination';
import { localeParam } from '@/lib/i18n/params';
import { capitalized } from '@/lib/model/kinds';
import { listQueryString, type Cursor, type KeysetPage } from '@/lib/model/lists';
import type { Locale } from '@/lib/model/locales';
import { everyLanguage, localizedPath } from '@/lib/model/paths';
import { parseListQuery } from '@/lib/reading/list-params';
import { pageMetadata } from '@/lib/seo/metadata';
import * as structuredData from '@/lib/seo/structured-data';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};
/** A route's two exports, for a page file to hand on (or a dynamic route to choose between). */
export type PageRoute = {
  generateMetadata(props: Props): Promise<Metadata>;
  Page(props: Props): Promise<ReactNode>;
};
type Section = Parameters<typeof structuredData.sectionPage>[1];

/**
 * The one shape of a section's page (/<locale>/<section>, and its later pages by keyset:
 * `?after=<id>`, `?before=<id>`, lib/model/lists.ts): the section's title and description from
 * its messages, its JSON-LD, one page of its list with links to the pages beside it. A route is a
 * declaration of these parts.
 */
export function sectionRoute<T extends { id: string }>(spec: {
  section: Section;
  /** one page of the list; null when the cursor's entry does not exist */
  load(locale: Locale, cursor: Cursor): Promise<KeysetPage<T> | null>;
  /** the list page, with the links to the pages beside it to place under the list */
  render(locale: Locale, page: KeysetPage<T>, pagination: ReactNode): Promise<ReactNode>;
  /** how an entry is named in the title of a later page */
  nameOf(item: T): string;
}): PageRoute {
  const base = `/${spec.section}`;

  async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
    const locale = localeParam((await params).locale);
    const { cursor } = parseListQuery(await searchParams, []);
    // the section's title and description: PeoplePage for /people, SourcesPage for /sources …
    const t = await getTranslations({ locale, namespace: `${capitalized(spec.section)}Page` });
    const seo = await getTranslations({ locale, namespace: 'Seo' });
    const page = cursor ? await spec.load(locale, cursor) : null;
    const path = `${base}${listQueryString(null, cursor)}`;
    return pageMetadata({
      locale,
      alternates: everyLanguage(path),
      // a later page is named by the entries it runs from and to
      title:
        page && page.items.length > 0
          ? seo('listPageTitle', {
              title: t('title'),
              from: spec.nameOf(page.items[0]!),
              to: spec.nameOf(page.items.at(-1)!),
            })
          : t('title'),
      description: t('description'),
    });
  }

  async function Page({ params, searchParams }: Props) {
    const locale = localeParam((await params).locale);
    setRequestLocale(locale);
    const query = parseListQuery(await searchParams, []);
    const here = localizedPath(locale, base);
    if (!query.canonical) redirect(here + listQueryString(null, query.cursor));
    const page = await spec.load(locale, query.cursor);
    // a cursor that names no entry (removed, or never there) starts the list again
    if (!page) redirect(here);
    const t = await getTranslations({ locale, namespace: 'ListPages' });
    const pagination = (
      <KeysetPagination
        label={t('label')}
        cursor={query.cursor}
        newer={page.newer}
        older={page.older}
        href={(cursor) => here + listQueryString(null, cursor)}
        texts={{ newer: t('previous'), older: t('next'), newest: t('first') }}
      />
    );
    return (
      <>
        <JsonLd
          nodes={await structuredData.sectionPage(
            locale,
            spec.section,
            `${base}${listQueryString(null, query.cursor)}`,
          )}
        />
        {await spec.render(locale, page, pagination)}
      </>
    );
  }

  return { generateMetadata, Page };
}
