import 'server-only';
import { getTranslations } from 'next-intl/server';
import type {
  AgreementPageData,
  ArticlePageData,
  CityPageData,
  EventPageData,
  PersonPageData,
} from '../data/types';
import { largeRendition, type PhotoView } from '../model/photos';
import { localeTable, type Locale } from '../model/locales';
import {
  articlePath,
  CORRECTIONS_POLICY_PATH,
  entityPath,
  localizedPath,
  shareImagePath,
} from '../model/paths';
import { capitalized, kindTable, segmentOf, type EntityKind, type EntitySegment } from '../model/kinds';
import { absoluteUrl } from './site';

/**
 * schema.org descriptions of the portal's pages, as JSON-LD. Each entity has a stable `@id` (its
 * page address plus a fragment), so a report's `about` and `mentions` point at the same nodes that
 * the person, city and event pages describe.
 */
type Node = Record<string, unknown>;

const context = 'https://schema.org';
const pageUrl = (locale: Locale, path: string) => absoluteUrl(localizedPath(locale, path));
const ref = (locale: Locale, kind: EntityKind, id: string) =>
  `${pageUrl(locale, entityPath(kind, id))}#${kind}`;

const homeUrl = (locale: Locale) => pageUrl(locale, '/');
const websiteId = (locale: Locale) => `${homeUrl(locale)}#website`;

/** The portal as a publisher: a news medium, with its principles on the about page. */
export function organization(name: string, locale: Locale): Node {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': `${pageUrl(locale, '/about')}#publisher`,
    name,
    url: homeUrl(locale),
    // a raster image of at least 112 px, as Google asks of a publisher's logo
    logo: absoluteUrl('/icons/icon-512.png'),
    publishingPrinciples: pageUrl(locale, '/about'),
    // how and where the portal corrects its reports (docs/decisions/030)
    correctionsPolicy: pageUrl(locale, CORRECTIONS_POLICY_PATH),
  };
}

/**
 * The home page: the site in this language, with the search box search engines may offer
 * (a `SearchAction` to the search page), and its publisher.
 */
export async function home(locale: Locale): Promise<Node[]> {
  const site = await getTranslations({ locale, namespace: 'Metadata' });
  const name = site('siteName');
  return [
    {
      '@context': context,
      '@type': 'WebSite',
      '@id': websiteId(locale),
      name,
      description: site('description'),
      url: homeUrl(locale),
      inLanguage: localeTable[locale].htmlLang,
      publisher: { '@id': `${pageUrl(locale, '/about')}#publisher` },
      potentialAction: {
        '@type': 'SearchAction',
        target: {
          '@type': 'EntryPoint',
          urlTemplate: `${pageUrl(locale, '/search')}?q={search_term_string}`,
        },
        'query-input': 'required name=search_term_string',
      },
    },
    { '@context': context, ...organization(name, locale) },
  ];
}

/** A page of the site that is not an entity: a section's list, the sources, the about page. */
export function sitePage(
  locale: Locale,
  type: 'CollectionPage' | 'AboutPage' | 'WebPage',
  page: { name: string; description: string; path: string },
): Node {
  return {
    '@context': context,
    '@type': type,
    name: page.name,
    description: page.description,
    url: pageUrl(locale, page.path),
    inLanguage: localeTable[locale].htmlLang,
    isPartOf: { '@id': websiteId(locale) },
  };
}

export function newsArticle(article: ArticlePageData, siteName: string): Node {
  const { locale } = article;
  const self = article.versions.find((v) => v.locale === locale)!;
  const url = pageUrl(locale, articlePath(self.slug));
  const people = article.mentions.people.map((p) => ({
    '@type': kindTable.person.jsonLdType,
    '@id': ref(locale, 'person', p.id),
    name: p.name.text,
    url: pageUrl(locale, entityPath('person', p.id)),
  }));
  const places = article.mentions.cities.map((c) => ({
    '@type': kindTable.city.jsonLdType,
    '@id': ref(locale, 'city', c.id),
    name: c.name.text,
    url: pageUrl(locale, entityPath('city', c.id)),
  }));
  const agreements = article.mentions.agreements.map((a) => ({
    '@type': kindTable.agreement.jsonLdType,
    name: a.name.text,
    url: pageUrl(locale, entityPath('agreement', a.id)),
  }));
  const printed = article.corrections[locale] ?? [];
  return {
    '@context': context,
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    url,
    mainEntityOfPage: url,
    headline: article.title.length > 110 ? `${article.title.slice(0, 109)}…` : article.title,
    description: article.description,
    inLanguage: localeTable[locale].htmlLang,
    datePublished: article.publishedAt.toISOString(),
    // a printed correction is a modification, whenever its text went live
    dateModified: new Date(
      Math.max(article.updatedAt.getTime(), ...printed.map((c) => c.publishedAt.getTime())),
    ).toISOString(),
    ...(printed.length > 0 && {
      correction: printed.map((c) => ({
        '@type': 'CorrectionComment',
        text: c.note,
        datePublished: c.publishedAt.toISOString(),
      })),
    }),
    // the lead photo in the three shapes Google asks for, else the drawn card
    image: article.leadPhoto
      ? imageObjects(article.leadPhoto)
      : [absoluteUrl(shareImagePath(locale, self.slug))],
    author: article.source
      ? { '@type': 'Organization', name: article.source.outlet.text }
      : organization(siteName, locale),
    publisher: organization(siteName, locale),
    ...(article.event && {
      isPartOf: {
        '@type': 'Event',
        '@id': ref(locale, 'event', article.event.id),
        name: article.event.name.text,
        url: pageUrl(locale, entityPath('event', article.event.id)),
      },
    }),
    about: [...people, ...places],
    mentions: [...people, ...places, ...agreements],
    // the same report in its other languages
    workTranslation: article.versions
      .filter((v) => v.locale !== locale)
      .map((v) => ({
        '@type': 'NewsArticle',
        '@id': `${pageUrl(v.locale, articlePath(v.slug))}#article`,
        url: pageUrl(v.locale, articlePath(v.slug)),
        headline: v.title,
        inLanguage: localeTable[v.locale].htmlLang,
      })),
  };
}

/** A photo in the three shapes Google asks for (16:9, 4:3, 1:1), each as large as it allows. */
function imageObjects(photo: PhotoView): Node[] {
  return (['wide', 'standard', 'square'] as const).map((crop) => {
    const r = largeRendition(photo, crop);
    return {
      '@type': 'ImageObject',
      url: absoluteUrl(r.path),
      width: r.width,
      height: r.height,
      ...(photo.credit && { creditText: photo.credit }),
    };
  });
}

export function event(e: EventPageData): Node {
  const { locale } = e;
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return {
    '@context': context,
    '@type': kindTable.event.jsonLdType,
    '@id': ref(locale, 'event', e.id),
    url: pageUrl(locale, entityPath('event', e.id)),
    name: e.name.text,
    ...(e.photo && { image: imageObjects(e.photo) }),
    ...(e.theme && { description: e.theme.text }),
    startDate: day(e.startsOn),
    endDate: day(e.endsOn),
    inLanguage: localeTable[locale].htmlLang,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'City',
      '@id': ref(locale, 'city', e.cityId),
      name: e.city.text,
      url: pageUrl(locale, entityPath('city', e.cityId)),
    },
    organizer: e.organisers
      .filter((o) => o.role !== 'coOrganiser')
      .map((o) => ({ '@type': 'Organization', name: o.name.text })),
    performer: e.people
      .filter((p) => p.role === 'speaker')
      .map((p) => ({ '@type': 'Person', '@id': ref(locale, 'person', p.id), name: p.name.text })),
  };
}

export function person(p: PersonPageData): Node {
  const { locale } = p;
  const alternateName = [...new Set([...p.names.map((n) => n.name), ...p.aliases])].filter(
    (n) => n !== p.name.text,
  );
  return {
    '@context': context,
    '@type': kindTable.person.jsonLdType,
    '@id': ref(locale, 'person', p.id),
    url: pageUrl(locale, entityPath('person', p.id)),
    name: p.name.text,
    ...(p.photo && { image: imageObjects(p.photo) }),
    ...(alternateName.length > 0 && { alternateName }),
    ...(p.honorific && { honorificPrefix: p.honorific.text }),
    ...(p.roles.length > 0 && { jobTitle: p.roles.map((r) => r.text) }),
    ...(p.city && {
      workLocation: {
        '@type': 'City',
        '@id': ref(locale, 'city', p.city.id),
        name: p.city.name.text,
        url: pageUrl(locale, entityPath('city', p.city.id)),
      },
    }),
  };
}

export function city(c: CityPageData): Node {
  const { locale } = c;
  const alternateName = [...new Set([...c.names.map((n) => n.name), ...c.aliases.map((a) => a.name)])].filter(
    (n) => n !== c.name.text,
  );
  return {
    '@context': context,
    '@type': kindTable.city.jsonLdType,
    '@id': ref(locale, 'city', c.id),
    url: pageUrl(locale, entityPath('city', c.id)),
    name: c.name.text,
    ...(c.photo && { image: imageObjects(c.photo) }),
    ...(alternateName.length > 0 && { alternateName }),
    geo: { '@type': 'GeoCoordinates', latitude: c.latitude, longitude: c.longitude },
    containedInPlace: { '@type': 'Country', name: c.country.text },
  };
}

export function agreement(a: AgreementPageData): Node {
  const { locale } = a;
  return {
    '@context': context,
    '@type': kindTable.agreement.jsonLdType,
    '@id': ref(locale, 'agreement', a.id),
    url: pageUrl(locale, entityPath('agreement', a.id)),
    name: a.name.text,
    inLanguage: localeTable[locale].htmlLang,
    ...(a.signedOn && { dateCreated: a.signedOn.toISOString().slice(0, 10) }),
  };
}

/** Home → section → page, with absolute addresses. */
export function breadcrumbs(locale: Locale, trail: Array<{ name: string; path: string }>): Node {
  return {
    '@context': context,
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((step, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: step.name,
      item: pageUrl(locale, step.path),
    })),
  };
}

/** The site's sections: the reports, each kind's pages (lib/model/kinds.ts), the sources. */
type Section = 'articles' | 'sources' | 'corrections' | EntitySegment;
/** A section's label in the Layout messages, and the messages of its page. */
const navKey = (section: Section) =>
  section === 'articles' ? 'navReports' : (`nav${capitalized(section)}` as const);
const pageMessages = (section: Section) => `${capitalized(section)}Page` as const;

/** The breadcrumb trail of a page in a section: home → section (→ the page itself). */
export async function sectionBreadcrumbs(
  locale: Locale,
  section: Section,
  page?: { name: string; path: string },
): Promise<Node> {
  const layout = await getTranslations({ locale, namespace: 'Layout' });
  const site = await getTranslations({ locale, namespace: 'Metadata' });
  return breadcrumbs(locale, [
    { name: site('siteName'), path: '/' },
    { name: layout(navKey(section)), path: `/${section}` },
    ...(page ? [page] : []),
  ]);
}

/** A section's own page (the list of people, the sources): what it is, and where it sits. */
export async function sectionPage(locale: Locale, section: Section, path = `/${section}`): Promise<Node[]> {
  const t = await getTranslations({ locale, namespace: pageMessages(section) });
  return [
    sitePage(locale, 'CollectionPage', {
      name: t('title'),
      description: t('description'),
      path,
    }),
    await sectionBreadcrumbs(locale, section),
  ];
}

/** The breadcrumb trail of an event, person, city or agreement page. */
export function entityBreadcrumbs(locale: Locale, kind: EntityKind, id: string, name: string): Promise<Node> {
  return sectionBreadcrumbs(locale, segmentOf(kind), { name, path: entityPath(kind, id) });
}
