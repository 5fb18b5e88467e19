import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
