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
        { object: 'document', property: 'writeln', message: 'No document.writeln.' },
        { property: 'setHTMLUnsafe', message: 'No setHTMLUnsafe.' },
        { property: 'setHTML', message: 'No setHTML.' },
        { property: 'createContextualFragment', message: 'No createContextualFragment.' },
        { property: 'parseFromString', message: 'No DOMParser in src (tests build DOM through src/sites/testing/html.ts).' },
        { property: 'srcdoc', message: 'No srcdoc.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No Function constructor.' },
        { selector: "CallExpression[callee.name='Function']", message: 'No Function constructor.' },
        { selector: "JSXAttribute[name.name='srcdoc']", message: 'No srcdoc.' },
        // A string given to a timer is code.
        { selector: "CallExpression[callee.name=/^(setTimeout|setInterval)$/] > :first-child:matches(Literal, TemplateLiteral, BinaryExpression)", message: 'No string timers.' },
      ],
    },
  },
);
