/**
 * Lint rules of the repository (`npm run lint`). The layer rules of DESIGN.md live here, not in a test: every element
 * below is a folder (or a few files) with the elements it may import. A wrong import fails with the two elements named.
 *
 * Not type-aware: typescript-eslint's type-checked rules took 83 s and 1.5 GB for the repository on the 2-core build
 * machine (24 s without); `npm run typecheck` already runs the compiler on every file.
 */
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const boundaries = require('eslint-plugin-boundaries');
const prettier = require('eslint-config-prettier/flat');

/** An element that is a folder (everything under it), matched from the repository root. */
const folder = (type, pattern, capture) => ({ type, pattern, capture, partialMatch: false });
/** An element made of single files (a glob over their full path) beside another element's folder. */
const files = (type, pattern) => ({ type, pattern, mode: 'full' });

/** Elements, most specific first: a file belongs to the first that matches. */
const ELEMENTS = [
  folder('ingest', 'ingest'),

  folder('store-sqlite', 'graph/store/sqlite'),
  folder('store-neo4j', 'graph/store/neo4j'),
  files('store-port', 'graph/store/*.ts'),
  folder('analytics', 'graph/analytics'),
  folder('export', 'graph/export'),
  files('graph-core', 'graph/*.ts'),

  folder('server-resolvers', 'server/resolvers'),
  folder('server-presenters', 'server/presenters'),
  folder('server-views', 'server/views'),
  folder('server-schema', 'server/schema'),
  folder('server-http', 'server/http'),
  folder('server-core', 'server/limits'),
  folder('server-core', 'server/log'),
  files('server-core', 'server/api-*.ts'),
  files('server-composition', 'server/*.ts'),

  folder('cli', 'cli'),
  folder('bench', 'bench'),
  folder('tests', 'tests'),

  files('web-main', 'web/src/main.ts'),
  folder('web', 'web/src/*', ['folder']),
  folder('web-build', 'web/map-data'),
  files('web-build', 'web/vite.config.ts'),
  files('web-build', 'web/codegen.ts'),
];

const GRAPH = ['graph-core', 'store-port', 'analytics', 'export'];
const ADAPTERS = ['store-sqlite', 'store-neo4j'];
const SERVER = [
  'server-core',
  'server-views',
  'server-presenters',
  'server-resolvers',
  'server-schema',
  'server-http',
  'server-composition',
];

/**
 * Who may import whom. ingest → graph → server → web, with the CLI and the benches on top; the web client imports
 * nothing outside web/. Inside graph/ the schema and document types are the core, the store port sits on them, and
 * analytics, exports and the two adapters sit on the port; outside graph/ only composition roots (the CLI, the
 * benches, the server's start-up) name an adapter, and only its index.ts (the policy after these).
 * Inside server/ the request's context, errors, log and limits are the core; views compute from the store port,
 * presenters shape views for the API, resolvers stay thin (arguments → store port or view → presenter), the schema
 * attaches resolvers to the SDL, and the composition starts it all.
 */
const ALLOWED = {
  ingest: ['ingest', 'graph-core', 'store-port', 'analytics'],
  'graph-core': ['graph-core'],
  'store-port': ['graph-core', 'store-port'],
  analytics: ['graph-core', 'store-port', 'analytics'],
  export: ['graph-core', 'store-port', 'export'],
  'store-sqlite': ['graph-core', 'store-port', 'store-sqlite'],
  'store-neo4j': ['graph-core', 'store-port', 'store-neo4j'],
  'server-core': ['graph-core', 'store-port', 'server-core'],
  'server-views': ['graph-core', 'store-port', 'server-views'],
  'server-presenters': ['graph-core', 'store-port', 'server-views', 'server-presenters'],
  'server-resolvers': [
    'graph-core',
    'store-port',
    'server-core',
    'server-views',
    'server-presenters',
    'server-resolvers',
  ],
  'server-schema': ['server-core', 'server-resolvers', 'server-schema'],
  'server-http': ['store-port', 'server-core', 'server-http'],
  'server-composition': [...GRAPH, 'store-neo4j', ...SERVER],
  cli: ['ingest', ...GRAPH, ...ADAPTERS, ...SERVER, 'cli'],
  bench: ['ingest', ...GRAPH, ...ADAPTERS, ...SERVER, 'cli', 'bench'],
  'web-build': ['web-build'],
};

/**
 * The explorer's folders as they are: each may import the folders listed (its own always). Folders that import
 * each other (charts ↔ panels, graph → state → graph, graph → i18n → state) are cycles still to be broken.
 */
const WEB_ALLOWED = {
  api: [],
  dom: [],
  text: [],
  styles: [],
  state: ['api', 'graph'],
  i18n: ['state'],
  time: ['dom', 'i18n'],
  graph: ['api', 'dom', 'i18n', 'state'],
  export: ['graph', 'i18n'],
  search: ['api', 'dom', 'graph', 'i18n'],
  charts: ['api', 'dom', 'i18n', 'panels'],
  matrix: ['api', 'dom', 'export', 'i18n', 'state', 'time'],
  map: ['api', 'charts', 'dom', 'i18n', 'state', 'time'],
  panels: ['api', 'charts', 'dom', 'export', 'graph', 'i18n', 'matrix', 'search', 'state', 'text', 'time'],
  app: ['api', 'dom', 'export', 'graph', 'i18n', 'map', 'panels', 'search', 'state', 'time'],
};

const layerPolicies = Object.entries(ALLOWED).map(([from, to]) => ({
  from: { element: { type: from } },
  allow: { to: { element: { type: to } } },
}));
const webPolicies = Object.entries(WEB_ALLOWED).map(([folder, to]) => ({
  from: { element: { type: 'web', captured: { folder } } },
  allow: { to: { element: { type: 'web', captured: { folder: [folder, ...to] } } } },
}));

/** Functions another module can call: exported declarations, exported arrow functions, constructors of exported classes. */
const EXPORTED_FUNCTIONS = [
  'ExportNamedDeclaration > FunctionDeclaration',
  'ExportDefaultDeclaration > FunctionDeclaration',
  'ExportNamedDeclaration > VariableDeclaration > VariableDeclarator > ArrowFunctionExpression',
  'ExportNamedDeclaration > VariableDeclaration > VariableDeclarator > FunctionExpression',
  'ExportNamedDeclaration > ClassDeclaration MethodDefinition[kind="constructor"] > FunctionExpression',
];
const POSITIONAL =
  'An exported function takes at most two positional parameters: pass one object (STYLE.md, Sizes and names).';

module.exports = tseslint.config(
  {
    ignores: [
      '**/dist/**',
      'data/**',
      '**/fixtures/**',
      '**/generated/**',
      '**/*.generated.ts',
      'test-artifacts/**',
      'coverage/**',
      'neo4j-launcher/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // `_name` marks a parameter kept for its position; `{ omitted, ...rest }` drops a key on purpose.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }] },
  },
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        console: 'readonly',
        process: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': ELEMENTS,
      'boundaries/legacy-warnings': false,
      'import/resolver': {
        typescript: {
          project: ['tsconfig.json', 'tests/tsconfig.json', 'web/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        },
      },
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            ...layerPolicies,
            ...webPolicies,
            { from: { element: { type: 'web-main' } }, allow: { to: { element: { type: 'web' } } } },
            { from: { element: { type: 'web' } }, allow: { to: { element: { type: 'web-build' } } } },
            // Outside its own folder an adapter is known by its index (factory, config, error translation) only.
            {
              from: { element: { type: '!tests' } },
              disallow: { to: { element: { type: ADAPTERS, fileInternalPath: '!index.ts' } } },
            },
            // Tests reach into any module they cover, adapters' internals included.
            { from: { element: { type: 'tests' } }, allow: { to: { element: { type: '*' } } } },
          ],
        },
      ],
    },
  },
  {
    // Functions say one thing: long ones are split by what they do; exported ones with more than two parameters
    // take one object (STYLE.md).
    files: ['**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...EXPORTED_FUNCTIONS.map((selector) => ({ selector: `${selector}[params.length>2]`, message: POSITIONAL })),
      ],
      // Inner functions and callbacks (reduce, sort, event handlers) keep their natural signatures, up to four.
      'max-params': ['error', 4],
    },
  },
  {
    // Length does not apply to jest suites: test files and the contract suite factories (storeContract(createStore)),
    // whose describe callbacks list cases.
    files: ['**/*.ts'],
    ignores: ['tests/**/*.test.ts', 'tests/store/*-contract.ts', 'tests/store/contract-rules.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  prettier,
);
