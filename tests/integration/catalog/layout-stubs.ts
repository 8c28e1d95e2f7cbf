import { afterAll, beforeAll } from 'vitest';

/**
 * The test DOM does no layout: react-virtual sizes its window from clientHeight/clientWidth, which stay 0,
 * so no rows would render. (Fluent's focus manager also sees no layout, and may mark a modal
 * dialog's surface aria-hidden; the tests query those dialogs with `hidden: true`, and the browser
 * suite checks the real accessibility tree with axe.)
 */
export function stubLayout(): void {
  const stubs: Record<string, PropertyDescriptor> = {
    clientHeight: { configurable: true, get: () => 2000 },
    clientWidth: { configurable: true, get: () => 2000 },
  };
  const originals = Object.keys(stubs).map(
    (key) => [key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key)] as const,
  );
  beforeAll(() => {
    for (const [key, descriptor] of Object.entries(stubs))
      Object.defineProperty(HTMLElement.prototype, key, descriptor);
  });
  afterAll(() => {
    for (const [key, original] of originals)
      if (original) Object.defineProperty(HTMLElement.prototype, key, original);
  });
}
