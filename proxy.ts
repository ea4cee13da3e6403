import createMiddleware from 'next-intl/middleware';
import { routing } from './lib/i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Only `/` (locale negotiation: cookie, then Accept-Language, then zh) and paths that already
  // carry a known locale. Anything else, e.g. /xx/…, reaches the app unprefixed and is a 404
  // instead of being redirected to /zh/xx/….
  matcher: ['/', '/(zh|en|vi)/:path*'],
};
