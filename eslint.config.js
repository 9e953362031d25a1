// Lint: TypeScript rules plus the project's own bans. Page text must only ever become text, so
// HTML-injection APIs are forbidden in src/.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'demo-output/**', 'release/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/testing/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Page text must only ever become text: no innerHTML.' },
        { property: 'outerHTML', message: 'No outerHTML.' },
        { property: 'insertAdjacentHTML', message: 'No insertAdjacentHTML.' },
        { object: 'document', property: 'write', message: 'No document.write.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No Function constructor.' },
      ],
    },
  },
);
