// @vitest-environment happy-dom
/** @jsxImportSource . */
// The overlay's own JSX runtime: real DOM nodes, text only ever as text, attributes written the way
// Preact wrote them, handlers attached, fragments flattened.
import { describe, expect, test, vi } from 'vitest';
import { Fragment } from './jsx-runtime';
import { render } from './render';

function Item({ label }: { label: string }) {
  return <li data-label={label}>{label}</li>;
}

describe('the DOM JSX runtime', () => {
  test('builds elements, not objects', () => {
    const node = <p class="a" id="b" role="group" title="t" />;
    expect(node).toBeInstanceOf(HTMLParagraphElement);
    expect((node as Element).outerHTML).toBe('<p class="a" id="b" role="group" title="t"></p>');
  });

  test('text that looks like markup stays text, in children and in attributes', () => {
    const evil = '<img src=x onerror="window.pwned=1"><script>1</script>';
    const node = (
      <span title={evil} data-x={evil}>
        {evil}
      </span>
    ) as Element;
    expect(node.querySelector('img, script')).toBeNull();
    expect(node.childNodes).toHaveLength(1);
    expect(node.firstChild!.nodeType).toBe(Node.TEXT_NODE);
    expect(node.textContent).toBe(evil);
    expect(node.getAttribute('title')).toBe(evil);
    expect(node.getAttribute('data-x')).toBe(evil);
  });

  test('aria and data booleans are "true"/"false"; other booleans are present or absent; undefined is absent', () => {
    const node = (<button type="button" aria-expanded={false} aria-hidden={true} data-open={false} disabled hidden={false} aria-controls={undefined} tabIndex={-1} />) as Element;
    expect(node.getAttribute('aria-expanded')).toBe('false');
    expect(node.getAttribute('aria-hidden')).toBe('true');
    expect(node.getAttribute('data-open')).toBe('false');
    expect(node.getAttribute('disabled')).toBe('');
    expect(node.hasAttribute('hidden')).toBe(false);
    expect(node.hasAttribute('aria-controls')).toBe(false);
    expect(node.getAttribute('tabindex')).toBe('-1');
    expect(node.getAttributeNames().sort()).toEqual(['aria-expanded', 'aria-hidden', 'data-open', 'disabled', 'tabindex', 'type']);
  });

  test('on* props are event listeners, not attributes', () => {
    const click = vi.fn();
    const keyDown = vi.fn();
    const node = (<button onClick={click} onKeyDown={keyDown} />) as HTMLButtonElement;
    expect(node.getAttributeNames()).toEqual([]);
    node.click();
    node.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(keyDown).toHaveBeenCalledTimes(1);
    expect(keyDown.mock.calls[0]![0].key).toBe('Escape');
  });

  test('components, fragments (short and keyed), arrays and numbers; null, false, true and undefined dropped', () => {
    const node = (
      <ul>
        {null}
        {false}
        {true}
        {undefined}
        <>
          <Item label="a" />
          {['b', 'c'].map((label) => (
            <Fragment key={label}>
              <Item label={label} />
            </Fragment>
          ))}
        </>
        <li>{0}</li>
      </ul>
    ) as Element;
    expect(node.outerHTML).toBe('<ul><li data-label="a">a</li><li data-label="b">b</li><li data-label="c">c</li><li>0</li></ul>');
  });

  test('key is never an attribute, even when it comes in a spread', () => {
    const props = { key: 'k', class: 'c' };
    expect((<li {...props} />) as Element).toHaveProperty('outerHTML', '<li class="c"></li>');
    expect((<li key="k" />) as Element).toHaveProperty('outerHTML', '<li></li>');
  });

  test('a component returning null adds nothing', () => {
    const Nothing = () => null;
    const node = (
      <div>
        <Nothing />
      </div>
    ) as Element;
    expect(node.childNodes).toHaveLength(0);
  });
});

describe('render', () => {
  test('replaces the children with the new nodes', () => {
    const container = document.createElement('div');
    container.append('old', document.createElement('b'));
    render(<><i>1</i>2</>, container);
    expect(Array.from(container.childNodes, (n) => [n.nodeName, n.textContent])).toEqual([['I', '1'], ['#text', '2']]);
    render(null, container);
    expect(container.childNodes).toHaveLength(0);
  });

  test('a live region stays the same element; only changed words are written', () => {
    const container = document.createElement('div');
    const view = (word: string, other: string) => (
      <div class="panel" data-word={word}>
        <b>{other}</b>
        <span role="status">{word}</span>
      </div>
    );
    render(view('one', 'x'), container);
    const panel = container.firstElementChild!;
    const status = container.querySelector('[role="status"]')!;
    const observer = new MutationObserver(() => {});
    observer.observe(status, { childList: true, subtree: true, characterData: true });
    render(view('one', 'y'), container);
    expect(container.querySelector('[role="status"]')).toBe(status);
    expect(container.firstElementChild).toBe(panel);
    expect(container.querySelector('b')!.textContent).toBe('y');
    expect(observer.takeRecords()).toEqual([]);
    render(view('two', 'y'), container);
    expect(container.querySelector('[role="status"]')).toBe(status);
    expect(status.textContent).toBe('two');
    expect(panel.getAttribute('data-word')).toBe('two');
    expect(observer.takeRecords().length).toBeGreaterThan(0);
    observer.disconnect();
  });

  test('an element with handlers is never kept, even around a live region', () => {
    const container = document.createElement('div');
    const clicks: string[] = [];
    const view = (name: string) => (
      <div onClick={() => clicks.push(name)}>
        <span role="status">same</span>
      </div>
    );
    render(view('old'), container);
    render(view('new'), container);
    (container.firstElementChild as HTMLElement).click();
    expect(clicks).toEqual(['new']);
  });

  test('the focus goes to the new element with the same data-focus mark', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const container = document.createElement('div');
    root.append(container);
    const view = (label: string) => (
      <>
        <button data-focus="first">1</button>
        <button data-focus="second" title={label} />
      </>
    );
    render(view('a'), container);
    container.querySelector<HTMLElement>('[data-focus="second"]')!.focus();
    render(view('b'), container);
    expect(root.activeElement?.getAttribute('title')).toBe('b');
    host.remove();
  });
});
