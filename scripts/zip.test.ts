import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { crc32, writeZip, type ZipEntry } from './zip';

const work = mkdtempSync(join(tmpdir(), 'liqcheck-zip-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const has = (command: string) => spawnSync(command, ['--version'], { stdio: 'ignore' }).error === undefined;

/** An independent reader: walks the end record and the central directory, inflates each entry. */
function readZip(zip: Buffer) {
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end)).toBe(0x06054b50);
  const count = zip.readUInt16LE(end + 10);
  const directorySize = zip.readUInt32LE(end + 12);
  let at = zip.readUInt32LE(end + 16);
  expect(at + directorySize).toBe(end); // the directory sits right before the end record, no comment
  const entries = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const time = zip.readUInt16LE(at + 12);
    const date = zip.readUInt16LE(at + 14);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const mode = zip.readUInt32LE(at + 38) >>> 16;
    const localAt = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    expect(zip.readUInt32LE(localAt)).toBe(0x04034b50);
    const localName = zip.readUInt16LE(localAt + 26);
    const localExtra = zip.readUInt16LE(localAt + 28);
    const start = localAt + 30 + localName + localExtra;
    const raw = zip.subarray(start, start + compressed);
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    entries.push({ name, method, time, date, crc, size, mode, extraLength, commentLength, localExtra, data });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const sample: ZipEntry[] = [
  { name: 'manifest.json', data: Buffer.from('{"manifest_version":3}\n') },
  { name: 'icons/icon-16.png', data: Buffer.from([137, 80, 78, 71, 1, 2, 3]) },
  { name: 'background/index.js', data: Buffer.from('console.log(1);\n'.repeat(200)) },
  { name: 'empty.txt', data: new Uint8Array() },
  { name: 'docs/读我.md', data: Buffer.from('中文\n') },
];

describe('crc32', () => {
  it('gives the standard check value of "123456789"', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe('writeZip', () => {
  it('writes sorted entries with fixed dates, 0644 modes and no extra fields, that read back', () => {
    const entries = readZip(writeZip(sample));
    expect(entries.map((e) => e.name)).toEqual(['background/index.js', 'docs/读我.md', 'empty.txt', 'icons/icon-16.png', 'manifest.json']);
    for (const entry of entries) {
      const original = sample.find((s) => s.name === entry.name)!;
      expect(entry.data.equals(Buffer.from(original.data))).toBe(true);
      expect(entry.size).toBe(original.data.length);
      expect(entry.date).toBe(0x21); // 1980-01-01
      expect(entry.time).toBe(0);
      expect(entry.mode).toBe(0o100644);
      expect([entry.extraLength, entry.commentLength, entry.localExtra]).toEqual([0, 0, 0]);
    }
    // the repetitive script is deflated, the tiny PNG-like bytes are stored
    expect(entries.find((e) => e.name === 'background/index.js')!.method).toBe(8);
    expect(entries.find((e) => e.name === 'icons/icon-16.png')!.method).toBe(0);
  });

  it('gives the same bytes whatever the input order', () => {
    expect(writeZip([...sample].reverse()).equals(writeZip(sample))).toBe(true);
  });

  it('refuses duplicate, absolute and dot-dot names', () => {
    const data = new Uint8Array([1]);
    expect(() => writeZip([{ name: 'a', data }, { name: 'a', data }])).toThrow(/duplicate/);
    expect(() => writeZip([{ name: '/etc/passwd', data }])).toThrow(/bad entry/);
    expect(() => writeZip([{ name: 'a/../b', data }])).toThrow(/bad entry/);
    expect(() => writeZip([{ name: 'a\\b', data }])).toThrow(/bad entry/);
  });

  it('round-trips any files through the independent reader', () => {
    const entry = fc.record({
      name: fc.stringMatching(/^[a-z0-9_-]{1,8}(\/[a-z0-9_.-]{1,8}){0,2}$/).filter((n) => !n.split('/').some((p) => p === '.' || p === '..')),
      data: fc.uint8Array({ maxLength: 3000 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.name, maxLength: 8 }), (entries) => {
        const read = readZip(writeZip(entries));
        expect(read.map((e) => e.name)).toEqual(entries.map((e) => e.name).sort());
        for (const r of read) expect(r.data.equals(Buffer.from(entries.find((e) => e.name === r.name)!.data))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it.runIf(has('python3'))("is read by Python's zipfile, CRCs checked", () => {
    const path = join(work, 'python.zip');
    writeFileSync(path, writeZip(sample));
    const script = [
      'import sys, zipfile, json',
      'z = zipfile.ZipFile(sys.argv[1])',
      'assert z.testzip() is None',
      'print(json.dumps([[i.filename, i.file_size, list(i.date_time), i.external_attr >> 16, z.read(i).hex()] for i in z.infolist()]))',
    ].join('\n');
    const listed = JSON.parse(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' })) as [string, number, number[], number, string][];
    expect(listed.map(([name]) => name)).toEqual(['background/index.js', 'docs/读我.md', 'empty.txt', 'icons/icon-16.png', 'manifest.json']);
    for (const [name, size, date, mode, hex] of listed) {
      const original = Buffer.from(sample.find((s) => s.name === name)!.data);
      expect(size).toBe(original.length);
      expect(hex).toBe(original.toString('hex'));
      expect(date).toEqual([1980, 1, 1, 0, 0, 0]);
      expect(mode).toBe(0o100644);
    }
  });

  it.runIf(has('unzip'))('passes unzip -t', () => {
    const path = join(work, 'unzip.zip');
    writeFileSync(path, writeZip(sample));
    const out = execFileSync('unzip', ['-t', path], { encoding: 'utf8' });
    expect(out).toMatch(/No errors detected/);
    expect(out.match(/testing: .* OK/g)).toHaveLength(sample.length);
  });
});
