// The lint ban on HTML-injection APIs in src/ (eslint.config.js), checked on probe code: each API
// is reported, and text-only DOM building is not. Page text must only ever become text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const banned: [string, string][] = [
  ['innerHTML', 'el.innerHTML = text;'],
  ['outerHTML', 'el.outerHTML = text;'],
  ['insertAdjacentHTML', "el.insertAdjacentHTML('beforeend', text);"],
  ['document.write', 'document.write(text);'],
  ['document.writeln', 'document.writeln(text);'],
  ['setHTMLUnsafe', 'el.setHTMLUnsafe(text);'],
  ['createContextualFragment', 'el.append(document.createRange().createContextualFragment(text));'],
  ['DOMParser', "el.append(new DOMParser().parseFromString(text, 'text/html').body);"],
  ['srcdoc', 'el.srcdoc = text;'],
  ['eval', 'eval(text);'],
  ['Function', 'new Function(text)();'],
  ['string timer', 'setTimeout("go(" + text + ")", 1);'],
];

async function lint(code: string, file = 'src/overlay/probe.ts'): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(`export function probe(el: HTMLIFrameElement, text: string): void {\n  ${code}\n}\n`, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-properties' || m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('the HTML-injection ban in src/', () => {
  it.each(banned)('reports %s', async (_name, code) => {
    expect(await lint(code)).toHaveLength(1);
  }, 30_000);

  it('reports dangerouslySetInnerHTML in JSX', async () => {
    const eslint = new ESLint({ cwd: process.cwd() });
    const [result] = await eslint.lintText('export const X = (p: { t: string }) => <div dangerouslySetInnerHTML={{ __html: p.t }} />;\n', { filePath: 'src/overlay/probe.tsx' });
    expect(result!.messages.map((m) => m.message)).toContain('No dangerouslySetInnerHTML.');
  }, 30_000);

  it('lets text-only DOM building through', async () => {
    expect(await lint("el.textContent = text; el.setAttribute('title', text); setTimeout(() => el.append(text), 1);")).toEqual([]);
  }, 30_000);
});

describe('no HTML-injection API anywhere in src/, its tests included', () => {
  // ESLint leaves tests free; a grep of src/ for these must still come back empty, so tests build
  // their DOM from nodes or through src/sites/testing/html.ts.
  it('no file assigns innerHTML or outerHTML or calls insertAdjacentHTML', () => {
    const root = fileURLToPath(new URL('../../src/', import.meta.url));
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|tsx)$/.test(f));
    const found = files.flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (/\b(innerHTML|outerHTML)\s*=[^=]|\binsertAdjacentHTML\s*\(/.test(line) ? [`src/${file}:${i + 1}`] : [])),
    );
    expect(files.length).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });
});
