import { afterEach, describe, expect, it } from 'vitest';

// tests/setup/vitest-setup.ts installs the observable getComputedStyle on the shared test window.
const added: Element[] = [];
afterEach(() => {
  for (const element of added.splice(0)) element.remove();
});

function styleSheet(...rules: string[]) {
  const element = document.createElement('style');
  document.head.append(element);
  added.push(element);
  for (const rule of rules) element.sheet?.insertRule(rule, element.sheet.cssRules.length);
}

type Tree = [tag: string, attributes: Record<string, string>, ...children: (Tree | string)[]];

function build([tag, attributes, ...children]: Tree): Element {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children.map((child) => (typeof child === 'string' ? child : build(child))));
  return element;
}

function mount(tree: Tree) {
  const host = build(['div', {}, tree]);
  document.body.append(host);
  added.push(host);
  return host;
}

const style = (selector: string, host: Element) => getComputedStyle(host.querySelector(selector) as Element);

describe('getComputedStyle in the test DOM', () => {
  it("applies a class rule, the tag's default display, and follows rules added later", () => {
    const host = mount(['div', { class: 'a' }, ['span', { class: 'b' }, 'text'], ['p', {}, 'para']]);
    expect(style('.b', host).display).toBe('inline');
    expect(style('p', host).getPropertyValue('display')).toBe('block');

    styleSheet('.b { display: none; color: red }');
    expect(style('.b', host).display).toBe('none');
    expect(style('.b', host).getPropertyValue('display')).toBe('none');
  });

  it('orders the cascade by !important, then specificity, then the later rule', () => {
    const host = mount(['div', { class: 'outer' }, ['span', { id: 's', class: 'x y' }, 'text']]);
    styleSheet('.x { display: flex }', '.y { display: grid }');
    expect(style('#s', host).display).toBe('grid');

    styleSheet('.outer .x { display: block }');
    expect(style('#s', host).display).toBe('block');

    styleSheet('.y { display: inline-flex !important }');
    expect(style('#s', host).display).toBe('inline-flex');
  });

  it('lets an inline style outrank rules, and inherits visibility and pointer-events but not display', () => {
    const host = mount([
      'section',
      { class: 'hidden-part', style: 'pointer-events: none' },
      ['button', { class: 'shown' }, 'Go'],
    ]);
    styleSheet('.hidden-part { visibility: hidden; display: none }', '.shown { display: flex }');
    const button = style('.shown', host);
    expect(button.visibility).toBe('hidden');
    expect(button.pointerEvents).toBe('none');
    expect(button.display).toBe('flex');

    host.querySelector('.shown')?.setAttribute('style', 'visibility: visible; display: none');
    expect(style('.shown', host).visibility).toBe('visible');
    expect(style('.shown', host).display).toBe('none');
  });

  it('skips pseudo-element rules and applies media rules that match', () => {
    const host = mount(['span', { class: 'icon' }, 'i']);
    styleSheet('.icon::after { display: none }', '@media (forced-colors: active) { .icon { opacity: 0 } }');
    expect(style('.icon', host).display).toBe('inline');
    expect(style('.icon', host).opacity).toBe('');

    styleSheet('@media (min-width: 1px) { .icon { opacity: 0 } }');
    expect(style('.icon', host).opacity).toBe('0');
  });

  it('keeps only the rules that declare an observable property', () => {
    const element = document.createElement('style');
    document.head.append(element);
    added.push(element);
    element.sheet?.insertRule('.tinted { color: red; --size: 4px }');
    element.sheet?.insertRule('.faded { color: red; opacity: 0.5 }');
    expect(Array.from(element.sheet?.cssRules ?? [], (rule) => (rule as CSSStyleRule).selectorText)).toEqual([
      '.faded',
    ]);
  });

  it('answers other properties from the inline style', () => {
    const host = mount(['div', { class: 'pop', style: 'position: fixed; left: 4px' }]);
    expect(style('.pop', host).getPropertyValue('position')).toBe('fixed');
    expect(style('.pop', host).position).toBe('fixed');
    expect(style('.pop', host).getPropertyValue('overflow')).toBe('');
  });
});
