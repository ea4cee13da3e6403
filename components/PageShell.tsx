import type { ReactNode } from 'react';
import type { Locale } from '@/lib/model/locales';
import type { Alternate } from '@/lib/model/paths';
import { SiteHeader } from './SiteHeader';

/**
 * Header and main landmark of every page. Each page passes its own alternates so the language
 * switcher keeps the reader on the same thing and offers only languages the page exists in.
 */
export function PageShell({
  locale,
  alternates,
  wide = false,
  searchBox = true,
  children,
}: {
  locale: Locale;
  alternates: Alternate[];
  wide?: boolean;
  searchBox?: boolean;
  children: ReactNode;
}) {
  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} searchBox={searchBox} />
      <main id="content" className={`mx-auto px-4 py-8 ${wide ? 'max-w-6xl' : 'max-w-3xl'}`}>
        {children}
      </main>
    </>
  );
}
