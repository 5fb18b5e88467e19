import js from '@eslint/js';
import vitest from '@vitest/eslint-plugin';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', '.build/**', 'node_modules/**', 'coverage/**', 'data/dataset.schema.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } } },
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
  // Imports come first, with no duplicates, in one block and a blank line after it, in order: Node's
  // builtins, then packages, then the project's own files (parent folders before siblings), each
  // group sorted alphabetically; type imports sit inline with the rest. `npx eslint . --fix` puts
  // them right. Side-effect imports (`import './styles.css'`) stay where they are: their order can
  // matter.
  {
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.cjs', '.js', '.json', '.node'] }),
      ],
    },
    rules: {
      'import-x/first': 'error',
      'import-x/newline-after-import': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'],
          'newlines-between': 'never',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
    },
  },
  // Tests say what they expect, unconditionally, under a title of their own.
  {
    files: ['tests/**/*.{ts,tsx}'],
    plugins: { vitest },
    rules: {
      // expect, expect.poll and the helpers named expect… (expectAccessible, expectFinite, …);
      // fast-check's fc.assert, which fails the test with the counterexample; checkXml, which throws
      // on malformed markup
      'vitest/expect-expect': ['error', { assertFunctionNames: ['expect*', 'assert', 'fc.assert', 'checkXml'] }],
      'vitest/no-conditional-expect': 'error',
      'vitest/no-identical-title': 'error',
      'vitest/no-focused-tests': 'error',
      // Vitest's expect takes the value and a message
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
    },
  },
  // The URL is read and written only through src/lib/use-url-state.ts (which parses it with
  // url-state.ts); the app's folder is read from the path in src/lib/app-folder.ts.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/use-url-state.ts', 'src/lib/app-folder.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name=/^(search|pathname)$/][object.property.name='location']",
          message: 'Read the URL through src/lib/use-url-state.ts (currentAddress, useUrlState, changeUrl).',
        },
        {
          selector: "MemberExpression[property.name=/^(search|pathname)$/][object.name='location']",
          message: 'Read the URL through src/lib/use-url-state.ts (currentAddress, useUrlState, changeUrl).',
        },
      ],
    },
  },
  // The layers (app → features → components → lib → domain, no feature to feature, no cycles) are
  // enforced by dependency-cruiser: .dependency-cruiser.cjs, run by `npm run lint`.
);
