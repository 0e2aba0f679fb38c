// Lint: typescript-eslint's recommended rules, React's hooks rules, and the layers of
// docs/ARCHITECTURE.md as import rules (core imports nothing of ours outside core and no
// platform; Dexie only in renderer/db; the renderer never imports main; a core folder is entered
// through its index). `npm run lint`; `.ci/run` runs it.
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

const CORE_FOLDERS = ['anchor', 'bridge', 'compare', 'extract', 'ingest', 'model', 'report', 'source', 'text', 'url']

/** "@core/compare/match" from outside compare: a folder is entered through its index. */
const deepCore = (except) =>
  CORE_FOLDERS.filter((f) => f !== except).map((f) => ({
    group: [`@core/${f}/*`],
    message: `enter core/${f} through its index: import from '@core/${f}'`
  }))

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      // the bench page's build (bench/browser.ts writes it)
      'bench/browser/dist/**',
      'node_modules/**',
      'bench/results/**',
      'resources/**',
      'test/fixtures/**',
      'tmpb/**',
      'bench/*.cjs'
    ]
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,mjs}'],
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }
      ],
      // `ok && send()` and `a ? b() : c()` as statements are a house idiom
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }]
    }
  },
  {
    // tests reach into untyped JSON (reports, bundles, fakes)
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    // and write byte-level fixtures as comma sequences (u16(20), u16(0), …)
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-unused-expressions': 'off' }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' }
  },
  ...CORE_FOLDERS.map((folder) => ({
    files: [`src/core/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'dexie', 'dexie-react-hooks'].map((name) => ({
            name,
            message: 'core is pure TypeScript: no platform, UI or storage'
          })),
          patterns: [
            {
              group: [
                '@renderer/*',
                '@main/*',
                '@preload/*',
                '**/renderer/**',
                '**/main/**',
                '**/preload/**',
                '**/cli/**'
              ],
              message: 'core imports nothing of ours outside core'
            },
            {
              group: ['node:*', 'fs', 'path', 'os', 'child_process'],
              message: 'core is pure TypeScript: the caller reads files'
            },
            ...deepCore(folder)
          ]
        }
      ]
    }
  })),
  {
    // the renderer has its own rule below (Dexie, and neither main nor Electron)
    files: ['src/main/**/*.ts', 'src/preload/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'Dexie only in renderer/db' },
            { name: 'dexie-react-hooks', message: 'Dexie only in renderer/db: use its live queries from there' }
          ],
          patterns: [...deepCore(null)]
        }
      ]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    ignores: ['src/renderer/src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'Dexie only in renderer/db' },
            { name: 'dexie-react-hooks', message: 'Dexie only in renderer/db: use its live queries from there' },
            {
              name: 'electron',
              message: 'the renderer never imports Electron: it talks to main through the preload bridge'
            }
          ],
          patterns: [
            { group: ['**/main/**', '@main/*'], message: 'the renderer never imports main' },
            ...deepCore(null)
          ]
        }
      ]
    }
  }
)
