import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { JsonLd } from '@/components/JsonLd';
import { localeParam } from '@/lib/i18n/params';
import { capitalized } from '@/lib/model/kinds';
import type { Locale } from '@/lib/model/locales';
import { everyLanguage } from '@/lib/model/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import * as structuredData from '@/lib/seo/structured-data';

type Props = { params: Promise<{ locale: string }> };
/** A route's two exports, for a page file to hand on (or a dynamic route to choose between). */
export type PageRoute = {
  generateMetadata(props: Props): Promise<Metadata>;
  Page(props: Props): Promise<ReactNode>;
};
type Section = Parameters<typeof structuredData.sectionPage>[1];

/**
 * The one shape of a section's page (/<locale>/<section>): the section's title and description
 * from its messages, its JSON-LD, and its list. A route is a declaration of these parts.
 */
export function sectionRoute(spec: {
  section: Section;
  render(locale: Locale): Promise<ReactNode>;
}): PageRoute {
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const locale = localeParam((await params).locale);
    // the section's title and description: PeoplePage for /people, SourcesPage for /sources …
    const t = await getTranslations({ locale, namespace: `${capitalized(spec.section)}Page` });
    return pageMetadata({
      locale,
      alternates: everyLanguage(`/${spec.section}`),
      title: t('title'),
      description: t('description'),
    });
  }

  async function Page({ params }: Props) {
    const locale = localeParam((await params).locale);
    setRequestLocale(locale);
    return (
      <>
        <JsonLd nodes={await structuredData.sectionPage(locale, spec.section)} />
        {await spec.render(locale)}
      </>
    );
  }

  return { generateMetadata, Page };
}
