import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { localeTable, locales } from './lib/model/locales';
import { routing } from './lib/i18n/routing';
import { cachePolicy, publicCachePolicy } from './lib/http/cache-policy';
import { editorCsp } from './lib/security/headers';

const intl = createMiddleware(routing);

/**
 * Editor pages: a fresh nonce per request in a strict CSP (Next puts the nonce on its own
 * scripts when it finds it in the request's CSP header). Authentication is not decided here:
 * every editor page, server action and route handler checks the session itself.
 */
function editor(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  if (pathname === '/editor' || pathname === '/editor/') {
    const preferred = request.headers.get('accept-language')?.toLowerCase() ?? '';
    const locale =
      locales.find(
        (l) => preferred.startsWith(l) || preferred.startsWith(localeTable[l].htmlLang.toLowerCase()),
      ) ?? routing.defaultLocale;
    return NextResponse.redirect(new URL(`/editor/${locale}`, request.url));
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const csp = editorCsp(nonce, process.env.NODE_ENV === 'development');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  response.headers.set('Cache-Control', cachePolicy.private);
  return response;
}

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname === '/editor' || pathname.startsWith('/editor/')) return editor(request);
  const response = intl(request);
  // set here, not in next.config: Next overwrites a configured Cache-Control on the pages it caches
  response.headers.set('Cache-Control', publicCachePolicy(pathname, response.status));
  return response;
}

export const config = {
  // `/` (locale negotiation: cookie, then Accept-Language, then zh), paths that already carry a
  // known locale, and the editor area. Anything else, e.g. /xx/…, reaches the app unprefixed and
  // is a 404 instead of being redirected to /zh/xx/….
  matcher: ['/', '/(zh|en|vi)/:path*', '/editor', '/editor/:path*'],
};
