// A zh_CN trader never sees an English sentence: the page reader's reasons, the model's assumptions and
// refusals, and the market data's reasons go through the one message catalog (src/i18n), never a string
// literal. This walks the source of those parts with the TypeScript parser and reports (1) any literal
// given where a reason, an assumption or a refusal is said, and (2) any literal anywhere in them that
// reads as an English sentence. Page labels (the page's own words, per locale), selectors, field names
// and message keys are not sentences of ours; the few other exceptions are listed with their reason.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/** Where user-facing text is said: every source file under these, tests and test helpers aside. */
const SCANNED_DIRS = ['src/sites', 'src/model'];
/** And these files of other folders. */
const SCANNED_FILES = [
  ...readdirSync(join(ROOT, 'src/venues'))
    .filter((venue) => statSync(join(ROOT, 'src/venues', venue)).isDirectory())
    .flatMap((venue) => [`src/venues/${venue}/page.ts`, `src/venues/${venue}/rulebook.ts`]),
  'src/market-data/fetch-json.ts',
  'src/market-data/fetch-tier-tables.ts',
  'src/market-data/validate-tiers.ts',
  'src/protocol/read-status.ts',
  'src/popup/tier-text.ts',
];

/**
 * Properties whose literal values read as English and are never shown -> why. Keep it small; a
 * sentence a trader can see belongs in src/i18n/messages.
 */
const ALLOWED_PROPERTIES: Record<string, string> = {
  tierUnit: "Rulebook.tierUnit documents the unit a venue's tiers count; nothing shows it",
};

/** Calls whose arguments are a reason said to the trader. */
const REASON_CALLS = new Set(['fail', 'failAbout']);
/** Object properties whose value is a reason said to the trader. */
const REASON_PROPERTIES = new Set(['reason', 'message']);
/** A message key of the catalog: its area's prefix, an underscore, a name. */
const MESSAGE_KEY = /^(?:alerts|market|model|options|overlay|page|popup|risk|worker)_[A-Za-z0-9]+$/;
/** Two words of Latin letters in a row: the shape of a phrase (selectors, codes and keys have none). */
const PHRASE = /[A-Za-z]{2,}[,;:.'"]?\s+[A-Za-z][a-z]+/;
/** A property whose array holds page labels in one locale ({ en: ['Entry Price'], 'zh-CN': ['开仓价格'] }). */
const LOCALE_KEY = /^(?:en|[a-z]{2}(?:-[A-Za-z]{2,4})?)$/;
/** Code words listed for a refusal's substitution ("long, short"): the values the input takes, not words. */
const CODE_LIST = /^[a-z][a-z-]*(?:, [a-z][a-z-]*)+$/;
/** HTML elements the adapters' selectors name. */
const TAGS = new Set(['a', 'button', 'div', 'input', 'label', 'li', 'p', 'span', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul']);
/** One compound CSS selector: an optional element, then classes, ids, attributes, pseudo-classes. */
const COMPOUND = /^([a-z]*)((?:[.#][\w-]+|\[[^\]]+\]|:[\w-]+(?:\([^)]*\))?)*)$/;

/** A CSS selector list ("thead th", ".price-input input", "[role=\"row\"], tbody tr"), not words. */
function isSelector(text: string): boolean {
  return text.split(/\s*,\s*|\s*>\s*|\s+/).every((part) => {
    const m = COMPOUND.exec(part);
    return m !== null && (m[1] === '' ? m[2] !== '' : TAGS.has(m[1]!));
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

interface Found {
  file: string;
  line: number;
  text: string;
  why: string;
}

/** The literal's text, a template's substitutions written as "…". */
function textOf(node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression): string {
  if (!ts.isTemplateExpression(node)) return node.text;
  return node.head.text + node.templateSpans.map((span) => `…${span.literal.text}`).join('');
}

function propertyName(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

/** Walks up through expressions that pass a value on unchanged (a ternary's branch, parentheses, a spread). */
function consumer(node: ts.Node): { parent: ts.Node; child: ts.Node } {
  let child = node;
  let parent = node.parent;
  while (ts.isParenthesizedExpression(parent) || (ts.isConditionalExpression(parent) && parent.condition !== child) || ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) {
    child = parent;
    parent = parent.parent;
  }
  return { parent, child };
}

/** Where a literal is said to the trader as it is, or undefined. `codes`: the file's string literal types. */
function saidAs(node: ts.Node, codes: ReadonlySet<string> = new Set()): string | undefined {
  const { parent, child } = consumer(node);
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments?.includes(child as ts.Expression)) {
    const name = calleeName(parent);
    if (name && REASON_CALLS.has(name)) return `a reason given to ${name}()`;
    // new ModelInputError(field, message): the field is a code name, the message is said.
    if (name === 'ModelInputError' && parent.arguments!.indexOf(child as ts.Expression) === 1) return 'a ModelInputError message';
    if (name === 'push' && ts.isPropertyAccessExpression(parent.expression) && /assumptions/i.test(parent.expression.expression.getText())) return 'an assumption';
  }
  if (ts.isPropertyAssignment(parent) && parent.initializer === child) {
    const name = propertyName(parent.name);
    // { ok: false, reason: 'bad-input' }: a code of the file's own union type, put into words by its caller.
    if (name && REASON_PROPERTIES.has(name) && !codes.has(textOf(node as ts.StringLiteral))) return `a "${name}" said to the trader`;
  }
  return undefined;
}

/** Literals that are not text at all: module names, types, property names, page labels. */
function notText(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent) || ts.isExternalModuleReference(parent)) return true;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) || ts.isPropertySignature(parent)) && parent.name === node) return true;
  if (ts.isPropertyAssignment(parent) && ALLOWED_PROPERTIES[propertyName(parent.name) ?? ''] !== undefined) return true;
  if (ts.isElementAccessExpression(parent) && parent.argumentExpression === node) return true;
  // { en: ['Entry Price', ...] }: the page's own words, matched against the page, never said by us.
  if (ts.isArrayLiteralExpression(parent) && ts.isPropertyAssignment(parent.parent)) {
    const key = propertyName(parent.parent.name);
    if (key !== undefined && (LOCALE_KEY.test(key) || key === 'noLiquidation')) return true;
  }
  return false;
}

function scan(file: string): Found[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  return findIn(source, file);
}

function findIn(source: ts.SourceFile, file: string): Found[] {
  const codes = new Set<string>();
  const collect = (node: ts.Node): void => {
    if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) codes.add(node.literal.text);
    ts.forEachChild(node, collect);
  };
  collect(source);
  const found: Found[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const literal = textOf(node);
      if (!MESSAGE_KEY.test(literal) && !notText(node)) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        const said = saidAs(node, codes);
        // A template made only of substitutions and punctuation ("${what}: ${why}") says nothing itself.
        if (said && /[A-Za-z]/.test(literal.replace(/…/g, ''))) found.push({ file, line, text: literal, why: `${said}, not a message key` });
        else if (PHRASE.test(literal) && !isSelector(literal) && !CODE_LIST.test(literal)) found.push({ file, line, text: literal, why: 'reads as an English sentence' });
      }
      if (ts.isTemplateExpression(node)) node.templateSpans.forEach((span) => visit(span.expression));
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = [...SCANNED_DIRS.flatMap(sourceFiles), ...SCANNED_FILES];

describe('user-facing text goes through the message catalog', () => {
  it('scans the reader, the model, the venue pages and rulebooks, and the market data', () => {
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) expect(statSync(join(ROOT, file)).isFile(), file).toBe(true);
  });

  it('no reason, assumption or refusal is an English literal', () => {
    const found = files.flatMap(scan).map((f) => `${f.file.split(sep).join('/')}:${f.line}: ${f.why}: ${JSON.stringify(f.text)}`);
    expect(found).toEqual([]);
  });

  it('catches a literal reason, assumption or refusal, and lets keys, labels and selectors through', () => {
    const probe = (code: string): string[] =>
      findIn(ts.createSourceFile('src/sites/probe.ts', code, ts.ScriptTarget.Latest, true), 'src/sites/probe.ts').map((f) => f.text);
    expect(probe("fail('zero'); failAbout(what, `page shows ${x}`); throw new ModelInputError('size', 'missing');")).toEqual(['zero', 'page shows …', 'missing']);
    expect(probe("assumptions.push(cond ? 'Tier table as given.' : t('model_x')); const r = { ok: false, reason: 'empty' };")).toEqual(['Tier table as given.', 'empty']);
    expect(probe("const s = 'the order form was not found';")).toEqual(['the order form was not found']);
    expect(probe("fail(t('page_sizeNoField')); failAbout(what, t('page_zero')); new ModelInputError(`${at}.floor`, t('model_errFloorOrder'));")).toEqual([]);
    expect(probe("const a = { en: ['Entry Price', 'Est. liq. price'], 'zh-CN': ['开仓价格'] }; q('thead th'); q('.price-input input'); x === 'long'; fail(`${what}: ${why}`);")).toEqual([]);
    expect(probe("type R = { reason: 'bad-input' }; const r: R = { reason: 'bad-input' }; t('model_errOneOf', 'long, short'); const b = { tierUnit: 'coin notional' };")).toEqual([]);
    expect(probe("const u = 'coin notional'; q('thead entry price');")).toEqual(['coin notional', 'thead entry price']);
  });
});
