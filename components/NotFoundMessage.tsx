'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { localeTable, type Locale } from '@/lib/model/locales';
import { localizedPath, articlePath } from '@/lib/model/paths';
import {
  otherVersions,
  reportSlugOf,
  writtenVersions,
  type ArticleVersion,
} from '@/lib/reading/article-versions';

type Props = {
  locale: Locale;
  generic: { title: string; body: string; home: string; homeHref: string };
  missing: { title: string; body: string; readIn: Partial<Record<Locale, string>> };
};

/**
 * The body of a 404. When the address is an article that exists in other languages, it says that
 * this language version is missing and links the versions that exist. The check runs in the
 * browser because Next renders not-found boundaries into every page ahead of time, where reading
 * the request would make every cached page dynamic. No i18n runtime: texts arrive translated.
 */
export function NotFoundMessage({ locale, generic, missing }: Props) {
  const pathname = usePathname();
  const slug = reportSlugOf(pathname ?? '');
  // The versions of the report at this address: written into the page by the portal's server when
  // it answered this 404 (read before React replaces the page), else asked for — again whenever
  // a navigation changes the address.
  const [found, setFound] = useState(() => {
    const written = writtenVersions();
    return { slug, versions: written, known: written.length > 0 };
  });

  useEffect(() => {
    if (!slug || (found.slug === slug && found.known)) return;
    const controller = new AbortController();
    fetch(`/api/article-versions/${slug}`, { signal: controller.signal })
      .then((r) => (r.ok ? (r.json() as Promise<{ versions: ArticleVersion[] }>) : { versions: [] }))
      .then((data) => setFound({ slug, versions: data.versions, known: true }))
      .catch(() => {});
    return () => controller.abort();
  }, [slug, found]);

  const others = otherVersions(found.slug === slug ? found.versions : [], locale);
  if (others.length === 0) {
    return (
      <>
        <h1 className="text-2xl font-bold">{generic.title}</h1>
        <p className="mt-3">{generic.body}</p>
        <p className="mt-3">
          <a href={generic.homeHref} className="underline">
            {generic.home}
          </a>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-bold">{missing.title}</h1>
      <p className="mt-3">{missing.body}</p>
      <ul className="mt-4 space-y-4">
        {others.map((v) => (
          <li key={v.locale}>
            <a
              href={localizedPath(v.locale, articlePath(v.slug))}
              hrefLang={localeTable[v.locale].htmlLang}
              className="font-semibold underline"
            >
              {missing.readIn[v.locale]}
            </a>
            <p lang={localeTable[v.locale].htmlLang} className="mt-1">
              {v.title}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
