import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installFocusReturn } from '@/components/return-focus';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function button(label: string, parent: Element = document.body) {
  const element = document.createElement('button');
  element.textContent = label;
  parent.append(element);
  return element;
}

function dialog() {
  // Like Fluent's portals: the dialog sits in its own container at the end of the body.
  const portal = document.createElement('div');
  const surface = document.createElement('div');
  surface.setAttribute('role', 'dialog');
  portal.append(surface);
  document.body.append(portal);
  return { portal, surface };
}

describe('focus returns when a dialog goes away', () => {
  let uninstall: () => void;
  beforeEach(() => {
    document.body.replaceChildren();
    uninstall = installFocusReturn();
  });
  afterEach(() => uninstall());

  it('to what opened it, when the dialog left focus nowhere', async () => {
    const opener = button('Add to cart');
    opener.focus();
    const { portal, surface } = dialog();
    button('Cancel', surface).focus();
    portal.remove();
    await settle();
    expect(document.activeElement).toBe(opener);
  });

  it('to the outer dialog when a dialog opened from it closes', async () => {
    const opener = button('Open');
    opener.focus();
    const outer = dialog();
    const remove = button('Remove', outer.surface);
    remove.focus();
    const inner = dialog();
    button('Confirm', inner.surface).focus();
    inner.portal.remove();
    await settle();
    expect(document.activeElement).toBe(remove);
  });

  it('not when the dialog moved focus somewhere on purpose', async () => {
    const opener = button('Add user');
    const heading = button('New row');
    opener.focus();
    const { portal, surface } = dialog();
    button('Save', surface).focus();
    heading.focus();
    portal.remove();
    await settle();
    expect(document.activeElement).toBe(heading);
  });

  it('not to an opener that is gone', async () => {
    const opener = button('Menu item');
    opener.focus();
    const { portal, surface } = dialog();
    button('Close', surface).focus();
    opener.remove();
    portal.remove();
    await settle();
    expect(document.activeElement).toBe(document.body);
  });
});
