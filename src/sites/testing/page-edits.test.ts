import { describe, expect, it } from 'vitest';
import { applyEdits, countMatches, insertAfter, insertBefore, replaceText } from './page-edits';

const page = '<p>a</p>\n<p>b</p>\n<p>b</p>\n';

describe('applyEdits', () => {
  it('replaces and inserts beside a unique target, in order', () => {
    const edits = [replaceText('a to c', '<p>a</p>', '<p>c</p>'), insertBefore('x before c', '<p>c</p>', '<i>x</i>'), insertAfter('y after x', '<i>x</i>', '<i>y</i>')];
    expect(applyEdits(page, edits)).toBe('<i>x</i><i>y</i><p>c</p>\n<p>b</p>\n<p>b</p>\n');
  });

  it('keeps "$" patterns in the replacement as text', () => {
    expect(applyEdits(page, [replaceText('dollars', 'a', "$&$1$'")])).toBe("<p>$&$1$'</p>\n<p>b</p>\n<p>b</p>\n");
  });

  it('replaces a regular expression match once', () => {
    expect(applyEdits(page, [replaceText('first tag', /^<p>\w<\/p>/, '<h1>t</h1>')])).toBe('<h1>t</h1>\n<p>b</p>\n<p>b</p>\n');
  });

  it('fails when a target is missing, so a variant that no longer applies is noticed', () => {
    expect(() => applyEdits(page, [replaceText('gone', '<p>z</p>', '')])).toThrow(/"gone".*0 times/);
    expect(() => applyEdits(page, [replaceText('gone', /<h2>/, '')])).toThrow(/0 times/);
  });

  it('fails when a target is not unique', () => {
    expect(() => applyEdits(page, [replaceText('twice', '<p>b</p>', '')])).toThrow(/"twice".*2 times/);
    expect(() => applyEdits(page, [replaceText('twice', /b/, '')])).toThrow(/2 times/);
  });

  it('counts matches', () => {
    expect([countMatches(page, '<p>'), countMatches(page, ''), countMatches(page, /<p>b/g), countMatches(page, /<p>b/)]).toEqual([3, 0, 2, 2]);
  });
});
