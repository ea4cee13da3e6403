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
    // The app writes through lib/editorial/mutations.ts, which refreshes the pages a write changes;
    // the core functions below would leave them stale.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ['@/lib/editorial/versions', ['saveVersion']],
            ['@/lib/editorial/revisions', ['restoreRevision']],
            ['@/lib/editorial/workflow', ['transition', 'publishDue']],
            ['@/lib/editorial/metadata', ['saveMetadata']],
            ['@/lib/editorial/entities', ['saveEntity']],
            ['@/lib/editorial/import', ['importRelease']],
            ['@/lib/editorial/apply-refresh', ['applyRefresh']],
          ].map(([name, importNames]) => ({
            name,
            importNames,
            message: 'Write through @/lib/editorial/mutations, which refreshes the pages the write changes.',
          })),
        },
      ],
    },
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
