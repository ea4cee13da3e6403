/**
 * Security headers (docs/decisions/010-content-security-policy.md).
 *
 * Editor pages are rendered per request, so they get a strict nonce-based CSP: only scripts
 * carrying this response's nonce (and what they load) run. Public pages are rendered once and
 * served from cache to everyone, so a per-response nonce is impossible and Next's inline RSC
 * scripts need 'unsafe-inline'; their CSP still forbids scripts from any other origin, plugins,
 * <base> rewriting, form posts elsewhere and framing.
 */
/** What both policies forbid: other origins' content, plugins, <base> rewriting, posts elsewhere, framing. */
const shared = [
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

export function editorCsp(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    `style-src-elem 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    ...shared,
  ].join('; ');
}

export const publicCsp = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  ...shared,
].join('; ');

/** Sent with every response. HSTS only matters (and is only honoured) over https. */
export const commonHeaders: Array<{ key: string; value: string }> = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
];
