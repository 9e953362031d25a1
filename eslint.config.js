// Lint: TypeScript rules plus the project's own bans. Page text must only ever become text, so
// HTML-injection APIs are forbidden in src/.
import tseslint from 'typescript-eslint';

/**
 * no-restricted-imports per room: `forbid` lists folders under src/ (globs allowed) a room may not
 * import at all, `types` folders it may import types from only. Tests and testing helpers are free.
 */
function boundaries(rooms) {
  // Relative specifiers that climb into src/<folder> (files sit at most three folders below src/).
  // A "./name" entry is a sibling file in the same folder, taken as written.
  const glob = (folder) =>
    folder.startsWith('./') ? [folder, `${folder}.ts`] : ['../', '../../', '../../../'].flatMap((up) => [`${up}${folder}`, `${up}${folder}/**`, `${up}${folder}.ts`]);
  return rooms.map(({ files, forbid, types = [], why }) => ({
    files,
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: forbid.flatMap(glob), message: why },
            ...(types.length > 0 ? [{ group: types.flatMap(glob), allowTypeImports: true, message: `${why} (types only)` }] : []),
          ],
        },
      ],
    },
  }));
}

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
  // The flow: page -> adapter (src/sites, src/venues/*/page.ts) -> protocol -> worker
  // (src/background) -> model -> answer (protocol) -> overlay. Each room may import only what is
  // upstream of it or beside it; a wrong import fails `npm run lint` (docs/architecture.md).
  ...boundaries([
    {
      files: ['src/model/**', 'src/venues/*/rulebook.ts'],
      forbid: ['model-inputs', 'market-data', 'volatility', 'sites', 'content', 'overlay', 'popup', 'options', 'background', 'platform', 'protocol', 'settings', 'data', 'venues/*/page', 'venues/*/page-meaning', 'venues/*/endpoints'],
      why: 'The model knows nothing of pages, the worker, storage or the screen.',
    },
    {
      files: ['src/venues/*/tiers.ts', 'src/venues/*/snapshot.ts'],
      forbid: ['model-inputs', 'market-data', 'volatility', 'sites', 'content', 'overlay', 'popup', 'options', 'background', 'platform', 'protocol', 'settings', 'venues/*/page', 'venues/*/page-meaning', 'venues/*/endpoints'],
      types: ['data'],
      why: 'Bundled tables are data: they import the shapes they have, nothing that runs.',
    },
    {
      files: ['src/sites/**', 'src/venues/*/page.ts'],
      forbid: ['model-inputs', 'market-data', 'volatility', 'background', 'overlay', 'popup', 'options', 'content', 'data', 'venues/*/rulebook', 'venues/*/endpoints', 'venues/*/page-meaning'],
      types: ['model'],
      why: 'A page adapter reads the page; it computes nothing and talks to no one.',
    },
    {
      files: ['src/overlay/**'],
      forbid: ['model-inputs', 'market-data', 'volatility', 'background', 'sites', 'popup', 'options', 'data', 'venues/*/rulebook', 'venues/*/tiers', 'venues/*/endpoints', 'venues/*/page-meaning', 'venues/*/page'],
      types: ['model'],
      why: "The overlay shows answers; it knows nothing of the venues' formulas or pages.",
    },
    {
      files: ['src/content/**'],
      forbid: ['model-inputs', 'market-data', 'volatility', 'background', 'popup', 'options', 'data', 'venues/*/rulebook', 'venues/*/tiers', 'venues/*/endpoints', 'venues/*/page-meaning'],
      types: ['model'],
      why: 'The content script reads the page and shows answers; the worker computes them.',
    },
    {
      files: ['src/protocol/**'],
      forbid: ['model-inputs', 'market-data', 'volatility', 'background', 'sites', 'content', 'overlay', 'popup', 'options', 'platform', 'data'],
      types: ['model'],
      why: 'The protocol is the contract between page and worker, not either side.',
    },
    {
      files: ['src/background/**'],
      forbid: ['sites', 'content', 'overlay', 'popup', 'options', 'venues/*/page'],
      why: 'The worker gets the page as a snapshot, never the page reader, and answers; it does not draw.',
    },
    {
      // What both the worker and the popup use: market data, volatility, a snapshot turned into
      // model inputs. They serve the worker; they are not it.
      files: ['src/market-data/**', 'src/volatility/**', 'src/model-inputs/**', 'src/venues/*/endpoints.ts', 'src/venues/*/page-meaning.ts'],
      forbid: ['background', 'sites', 'content', 'overlay', 'popup', 'options', 'venues/*/page'],
      why: 'Market data, volatility and model inputs serve the worker and the popup; they import neither.',
    },
    {
      files: ['src/popup/**', 'src/options/**'],
      forbid: ['background', 'sites', 'content', 'overlay', 'venues/*/page'],
      why: 'Extension pages talk to the worker and storage through the shared rooms, not to the worker or the page reader.',
    },
    {
      files: ['src/platform/**', 'src/i18n/**', 'src/venues/index.ts', 'src/venues/venue.ts', 'src/venues/*/venue.ts'],
      forbid: ['model-inputs', 'market-data', 'volatility', 'model', 'sites', 'content', 'overlay', 'popup', 'options', 'background', 'protocol', 'data', 'settings', 'venues/*/page', 'venues/*/rulebook', 'venues/*/endpoints', 'venues/*/page-meaning', 'venues/*/tiers', './page', './rulebook', './endpoints', './page-meaning', './tiers', './snapshot'],
      why: 'The platform layer, the messages and the venue declarations sit below everything else.',
    },
  ]),
);
