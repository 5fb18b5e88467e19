import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const layer = (message, ...regexes) => regexes.map((regex) => ({ regex, message }));
const REACT_AND_IO = ['^react', '^@tanstack/', '^zustand', '^recharts', '^msw'];

export default tseslint.config(
  { ignores: ['dist/**', '.build/**', 'node_modules/**', 'coverage/**', 'data/dataset.schema.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
  { files: ['public/**/*.js'], languageOptions: { globals: { ...globals.browser } } },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // One-way layers: app → features → shared (components, lib, domain). See README "Design".
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...layer('src/domain is pure: no React, no fetching, no UI libraries.', ...REACT_AND_IO),
            ...layer('src/domain imports nothing from the other layers.', '^\\.\\./(lib|components|features|app)(/|$)'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/**', 'src/components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: layer('Shared code never imports a feature or the app shell.', '^(\\.\\./)+(features|app)(/|$)') },
      ],
    },
  },
  {
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...layer(
              'A feature never imports another feature: move shared code to src/components, src/lib or src/domain.',
              '^\\.\\./(?!\\.\\.)',
            ),
            ...layer('A feature never imports the app shell.', '^(\\.\\./)+app(/|$)'),
          ],
        },
      ],
    },
  },
);
