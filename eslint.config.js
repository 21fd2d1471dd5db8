import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * The stages of each package and which other stages each may import
 * (docs/architecture.md). Anything not listed is forbidden, and so are the
 * package's root files (its entry points and top-level wiring) from inside a
 * stage. Turned into `import-x/no-restricted-paths` zones below.
 */
const STAGES = {
  'client/src': {
    cli: ['update', 'install', 'assemble', 'delta', 'fetch', 'link', '<root>'],
    update: ['assemble', 'delta', 'install', 'fetch', 'link'],
    delta: ['assemble', 'fetch', 'install'],
    assemble: ['fetch'],
    link: ['fetch', 'delta'],
    fetch: [],
    install: [],
  },
  'broker/src': {
    cli: ['sdk', 'auth', '<root>'],
    sdk: [],
    api: ['auth', 'registry', 'blobs', 'mqtt', 'devices', 'fleet', 'rollouts'],
    http: ['auth', 'registry', 'sdk', 'rollouts'],
    dashboard: ['http', 'auth', 'registry', 'sdk', 'rollouts', 'fleet', 'api'],
    serve: ['blobs', 'registry', 'patches', 'devices', 'mqtt'],
    cast: ['serve', 'blobs', 'registry', 'mqtt'],
    devices: ['registry', 'mqtt'],
    patches: ['blobs', 'registry'],
    fleet: ['rollouts', 'registry', 'mqtt', 'devices', 'auth'],
    mqtt: ['auth'],
    registry: ['auth', 'rollouts'],
    rollouts: [],
    blobs: [],
    auth: [],
  },
};

function stageZones() {
  const zones = [];
  for (const [root, stages] of Object.entries(STAGES)) {
    for (const [stage, allowed] of Object.entries(stages)) {
      const from = Object.keys(stages).filter((other) => other !== stage && !allowed.includes(other)).map((other) => `${root}/${other}/**`);
      if (!allowed.includes('<root>')) from.push(`${root}/*.ts`);
      if (from.length > 0) zones.push({ target: `${root}/${stage}/**`, from, message: `${root}/${stage} may import only: ${allowed.join(', ') || 'no other stage'} (docs/architecture.md)` });
    }
  }
  // Workspaces: broker and client never import each other; shared imports no workspace.
  zones.push({ target: 'client/**', from: ['broker/**'], message: 'the device side never imports the server' });
  zones.push({ target: 'broker/**', from: ['client/**'], message: 'the server never imports the device side' });
  zones.push({ target: 'shared/**', from: ['broker/**', 'client/**'], message: '@otacast/shared imports no workspace' });
  return zones;
}

/**
 * Third-party engines, each behind one stage: on the device only link/ talks
 * MQTT; in the broker only mqtt/ knows Aedes and its persistence, only
 * registry/ knows SQLite, and only the publisher SDK (a backend's MQTT
 * client, with its own transport) imports mqtt.js.
 */
const ENGINES = [
  { names: ['^mqtt(/|$)'], allowedIn: ['client/src/link', 'broker/src/sdk', 'broker/src/mqtt'], message: 'only client/src/link/, broker/src/sdk/ and broker/src/mqtt/ (external brokers) import mqtt' },
  { names: ['^aedes(-|$)', '^level$'], allowedIn: ['broker/src/mqtt'], message: 'only broker/src/mqtt/ imports the embedded broker and its persistence' },
  { names: ['^better-sqlite3$', '^pg$'], allowedIn: ['broker/src/registry'], message: 'only broker/src/registry/ imports SQLite and PostgreSQL' },
  { names: ['^@aws-sdk/'], allowedIn: ['broker/src/blobs'], message: 'only broker/src/blobs/ imports the S3 client' },
  { names: ['^fastify$', '^@fastify/', '^prom-client$'], allowedIn: ['broker/src/http'], message: 'only broker/src/http/ imports fastify and prom-client' },
];

/** Every engine is forbidden in all source, then allowed back in its own folder (a later config's rule replaces an earlier one). */
function engineRules() {
  const forbidden = (except) => {
    const patterns = ENGINES.filter((e) => !e.allowedIn.includes(except)).map((e) => ({ regex: e.names.join('|'), message: e.message }));
    return patterns.length > 0 ? ['error', { patterns }] : 'off';
  };
  const folders = [...new Set(ENGINES.flatMap((e) => e.allowedIn))];
  return [
    { files: ['client/src/**/*.ts', 'broker/src/**/*.ts', 'shared/src/**/*.ts'], rules: { 'no-restricted-imports': forbidden(undefined) } },
    ...folders.map((folder) => ({ files: [`${folder}/**/*.ts`], rules: { 'no-restricted-imports': forbidden(folder) } })),
  ];
}

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'shared/src/gen/**', 'bench/results/**', 'examples/**/build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', setImmediate: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['client/src/**/*.ts', 'broker/src/**/*.ts', 'shared/src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['client/tsconfig.json', 'broker/tsconfig.json', 'shared/tsconfig.json'], noWarnOnMultipleProjects: true })],
    },
    rules: {
      // Type-only imports count too: a cycle of types is still two files that cannot be read apart.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: stageZones() }],
    },
  },
  ...engineRules(),
  {
    files: ['**/*.mjs', '**/*.js'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
);
