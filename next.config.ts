import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The Prisma client and pg are server-only Node packages; keep them out of the bundler.
  serverExternalPackages: ['pg', '@prisma/adapter-pg'],
};

export default withNextIntl(nextConfig);
