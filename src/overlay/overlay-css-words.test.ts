// The looks issue 21 asks for, read from overlay.css itself: a difference that liquidates sooner in
// the danger look, later in the caution look of a difference; nothing cut short with an ellipsis.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./overlay.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
/** The declarations of the rule whose selector list is exactly `selector`. */
function rule(selector: string): string {
  const at = css.indexOf(`${selector} {`);
  if (at < 0) throw new Error(`no rule ${selector}`);
  return css.slice(at, css.indexOf('}', at));
}

describe('overlay.css for the words of issue 21', () => {
  it('sooner: the danger edge, colour and weight; later keeps the caution colour of a difference', () => {
    expect(rule('[data-direction="sooner"]')).toContain('border-left-color: var(--lc-edge-danger)');
    expect(rule('[data-direction="sooner"] .verdict')).toMatch(/color: var\(--lc-fg-danger\);\s*font-weight: 700/);
    expect(rule('.badge-differs .verdict')).toContain('color: var(--lc-fg-differs)');
    expect(css).not.toMatch(/data-direction="later"/);
  });

  it('no ellipsis anywhere; the badge verdict wraps', () => {
    expect(css).not.toMatch(/text-overflow/);
    expect(rule('.badge .verdict')).toContain('white-space: normal');
  });

  it('the quiet mark is the note icon of a warning', () => {
    expect(css).toMatch(/\.warning-note::before,\s*\.mark::before \{\s*content: "i";\s*background: var\(--lc-icon-note\)/);
  });
});
