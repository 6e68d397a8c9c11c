import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'bench-output/**', 'demo/**', 'tests/fixtures/**/*.html'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Comment text is never rendered as HTML.' }],
    },
  },
  {
    // rules/ is pure: no DOM, no browser, no storage (GUIDE, Boundaries).
    files: ['rules/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'indexedDB', 'localStorage', 'navigator'],
      'no-restricted-imports': ['error', { patterns: ['wxt/*', 'dexie', '#imports', '@/utils/*', '@/entrypoints/*'] }],
    },
  },
);
