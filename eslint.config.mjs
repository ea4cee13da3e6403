import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // House style: named exports everywhere except the files Next.js loads by default export.
      'import/no-default-export': 'error',
    },
  },
  {
    files: [
      'app/**/{page,layout,not-found,error,global-error,loading,template,default}.tsx',
      'app/**/route.ts',
      'proxy.ts',
      '*.config.{ts,mjs}',
      'lib/i18n/request.ts',
    ],
    rules: { 'import/no-default-export': 'off' },
  },
  {
    ignores: [
      'lib/db/generated/**',
      '.next/**',
      '.next-*/**',
      '.data/**',
      'next-env.d.ts',
      'prisma/dmmf-snapshot.mjs',
    ],
  },
];

export default config;
