// A clone of this repository explains itself: no tracked file names a path of the machine it was
// written on or a path outside the repository, and every "docs/….md §N" a file cites is a document
// here with a section numbered N.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The tracked files (git), or every file outside node_modules, dist and .git where git can't say. */
function repositoryFiles(): string[] {
  try {
    return execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter((f) => f !== '' && existsSync(join(root, f)));
  } catch {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        if (['node_modules', 'dist', '.git', 'release'].includes(name)) continue;
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else files.push(relative(root, path));
      }
    };
    walk(root);
    return files;
  }
}

const textFiles = repositoryFiles()
  .filter((f) => !/\.(png|jpg|jpeg|gif|ico|zip|pem|key|crt|woff2?)$/i.test(f) && f !== 'package-lock.json')
  .map((f) => ({ file: f, text: readFileSync(join(root, f), 'utf8') }))
  .filter(({ text }) => !text.includes('\0'));

// A home or workspace directory, a Windows user folder, a file URL, or the folder beside the
// repository that older notes lived in. System locations (where Debian installs a browser) are not a machine's.
const MACHINE_PATH = /(?:^|[^\w.~-])\/(?:work|home|Users|root|mnt|tmp)\/|\b[A-Za-z]:\\(?:Users|work)\\|file:\/\/\/|\.\.\/shared\b|\bshared\/(?:reference|design)\//;

const at = (...segments: string[]) => segments.join('/');

describe('no tracked file names a path outside the repository', () => {
  it('finds the tracked files', () => {
    expect(textFiles.length).toBeGreaterThan(100);
  });

  it('has no machine path and no path to the folder beside the repository', () => {
    const found = textFiles.flatMap(({ file, text }) =>
      text.split('\n').flatMap((line, i) => (MACHINE_PATH.test(line) ? [`${file}:${i + 1}: ${line.trim().slice(0, 120)}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('the check catches each form', () => {
    // The probes are built from their segments, so this file itself names no such path.
    const caught = [`see ${at('', 'work', 'shared', 'reference', 'x.md')}`, `"${at('', 'home', 'dev', 'liqcheck')}"`, ['C:', 'Users', 'dev'].join('\\'), at('..', 'shared', 'design', 'architecture.md'), `file:${at('', '', '', 'tmp', 'x')}`, at('shared', 'reference', 'real-pages.md')];
    for (const line of caught) {
      expect(MACHINE_PATH.test(line), line).toBe(true);
    }
    for (const line of [at('', 'usr', 'bin', 'chromium'), 'docs/rules/binance.md §2.3', 'https://www.binance.com/en/futures/BTCUSDT', at('src', 'work', 'x.ts')]) {
      expect(MACHINE_PATH.test(line), line).toBe(false);
    }
  });
});

/** "docs/rules/binance.md §2.3", "docs/pages.md §2.1 and §2.2": the document and each section number. */
const CITATION = /\b(docs\/[\w/.-]+\.md)((?:\s*(?:§\s*[0-9A-Z]+(?:\.[0-9]+)*)(?:\s*(?:,|and|or|&|\/)\s*)?)+)/g;

function sectionNumbers(markdown: string): Set<string> {
  const numbers = new Set<string>();
  for (const m of markdown.matchAll(/^#{1,6}\s+(?:§\s*)?([0-9]+(?:\.[0-9]+)*|[A-Z])[.):]?\s/gm)) numbers.add(m[1]!);
  return numbers;
}

describe('every cited document and section is in the repository', () => {
  const citations = textFiles.flatMap(({ file, text }) =>
    [...text.matchAll(CITATION)].flatMap((m) => [...m[2]!.matchAll(/§\s*([0-9A-Z]+(?:\.[0-9]+)*)/g)].map((s) => ({ file, doc: m[1]!, section: s[1]!.replace(/\.$/, '') }))),
  );

  it('finds the citations', () => {
    expect(citations.length).toBeGreaterThan(50);
  });

  it('each names a document that exists and a section it has', () => {
    const sections = new Map<string, Set<string> | undefined>();
    const missing = citations.filter(({ doc, section }) => {
      if (!sections.has(doc)) sections.set(doc, existsSync(join(root, doc)) ? sectionNumbers(readFileSync(join(root, doc), 'utf8')) : undefined);
      return !sections.get(doc)?.has(section);
    });
    expect(missing.map(({ file, doc, section }) => `${file}: ${doc} §${section}`)).toEqual([]);
  });
});
