import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from '../model/locales';

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // Alternate links are written into each page's <head> from what the page really has in each
  // language (issue 4); the proxy's Link header would offer every locale for every URL.
  alternateLinks: false,
  // No locale cookie: a Set-Cookie on every public page makes nginx, Varnish and CDNs refuse to
  // cache it. `/` is negotiated from Accept-Language alone; the language switcher is plain links.
  localeCookie: false,
});
