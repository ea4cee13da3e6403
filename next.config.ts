import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { commonHeaders, publicCsp } from './lib/security/headers';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm start` serves .next; tests and measuring scripts build elsewhere (lib/build/dist-dir.ts,
  // which also validates the name before any script gets here)
  distDir: process.env.PORTAL_DIST_DIR?.trim() || '.next',
  // With REDIS_URL (read when `next start` starts), every instance shares one page and data cache
  // and one tag revalidation in Redis, and keeps none in its own memory (docs/decisions/017);
  // without it, one machine keeps Next's filesystem cache. Scripts run Next from the checkout.
  ...(process.env.REDIS_URL
    ? { cacheHandler: path.resolve('lib/cache/redis-cache-handler.mjs'), cacheMaxMemorySize: 0 }
    : {}),
  // The Prisma client, pg and argon2 are server-only Node packages; keep them out of the bundler.
  serverExternalPackages: ['pg', '@prisma/adapter-pg', '@node-rs/argon2'],
  experimental: {
    // Editor forms are small; a request body over this is refused before any action runs.
    serverActions: { bodySizeLimit: '512kb' },
  },
  async headers() {
    return [
      { source: '/:path*', headers: commonHeaders },
      // the editor area gets its nonce-based policy from proxy.ts
      { source: '/((?!editor).*)', headers: [{ key: 'Content-Security-Policy', value: publicCsp }] },
    ];
  },
};

export default withNextIntl(nextConfig);
