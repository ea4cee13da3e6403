import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The app writes through lib/editorial/mutations.ts, which refreshes the pages a write changes;
// these core functions, called directly, would leave them stale.
const coreWrites = [
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
}));
// Components and lib never reach up into app/: pages hand actions down as props.
const noApp = [{ group: ['@/app/*', '**/app/*'], message: 'Pass what you need down from the page.' }];

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
    files: ['app/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: coreWrites }] },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: coreWrites, patterns: noApp }] },
  },
  {
    files: ['lib/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: noApp }] },
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
