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
  ['@/lib/freshness/apply', ['applyChange']],
].map(([name, importNames]) => ({
  name,
  importNames,
  message: 'Write through @/lib/editorial/mutations, which refreshes the pages the write changes.',
}));
// Components and lib never reach up into app/: pages hand actions down as props.
const noApp = [{ group: ['@/app/*', '**/app/*'], message: 'Pass what you need down from the page.' }];

/**
 * The floor plan (README, "How it is built"; docs/decisions/025): the rooms of lib/ from the ground
 * up. A room imports only the rooms listed before it — never one above, so no folder can import
 * another that imports it back; components/, app/ and scripts/ stand on top. import/no-cycle keeps
 * files inside a room from importing each other in a loop.
 */
export const floors = [
  ['ground', ['lib/model']],
  [
    'infrastructure',
    [
      'lib/log',
      'lib/http',
      'lib/env.ts',
      'lib/build',
      'lib/security',
      'lib/db',
      'lib/i18n',
      'lib/freshness',
      'lib/cache',
    ],
  ],
  [
    'domain',
    [
      'lib/translation',
      'lib/reading',
      'lib/data',
      'lib/search',
      'lib/memory',
      'lib/content',
      'lib/auth',
      'lib/media',
      'lib/editorial',
      'lib/seo',
      'lib/map',
    ],
  ],
  ['server', ['lib/server']],
  ['pages', ['components', 'app']],
];
const rooms = floors.flatMap(([floor, names]) => names.map((name) => ({ floor, name })));
const layerZones = rooms.map(({ floor, name }, index) => ({
  target: `./${name}`,
  from: rooms.slice(index + 1).map((above) => `./${above.name}`),
  message: `${name} (${floor}) may import only the rooms below it in the floor plan (eslint.config.mjs, README "How it is built").`,
}));

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // House style: named exports everywhere except the files Next.js loads by default export.
      'import/no-default-export': 'error',
      // imports first, each module once
      'import/first': 'error',
      'import/no-duplicates': 'error',
    },
  },
  {
    files: ['lib/**/*.{ts,tsx,mjs}', 'components/**/*.{ts,tsx}', 'app/**/*.{ts,tsx}'],
    rules: {
      'import/no-restricted-paths': ['error', { zones: layerZones }],
      'import/no-cycle': ['error', { ignoreExternal: true }],
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
