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

/** Focuses `opener`, then opens a dialog from it with focus on a button inside. */
function openDialogFrom(opener: HTMLElement, focusedLabel: string) {
  opener.focus();
  const opened = dialog();
  const focused = button(focusedLabel, opened.surface);
  focused.focus();
  return { ...opened, focused };
}

describe('focus returns when a dialog goes away', () => {
  let uninstall: () => void;
  beforeEach(() => {
    document.body.replaceChildren();
    uninstall = installFocusReturn();
  });
  // Test files share one window: a <main id="main"> left behind would stand in for the app's own in
  // whichever file runs next in this worker.
  afterEach(() => {
    uninstall();
    document.body.replaceChildren();
  });

  it('to what opened it, when the dialog left focus nowhere', async () => {
    const opener = button('Add to cart');
    const { portal } = openDialogFrom(opener, 'Cancel');
    portal.remove();
    await settle();
    expect(document.activeElement).toBe(opener);
  });

  it('to the outer dialog when a dialog opened from it closes', async () => {
    const outer = openDialogFrom(button('Open'), 'Remove');
    const inner = openDialogFrom(outer.focused, 'Confirm');
    inner.portal.remove();
    await settle();
    expect(document.activeElement).toBe(outer.focused);
  });

  it("to the outer dialog's opener when it and a dialog opened from it close together", async () => {
    const opener = button('Open');
    const outer = openDialogFrom(opener, 'Remove');
    const inner = openDialogFrom(outer.focused, 'Confirm');
    inner.portal.remove();
    outer.portal.remove();
    await settle();
    expect(document.activeElement).toBe(opener);
  });

  it('not later, for a dialog that closed while focus was elsewhere', async () => {
    const heading = button('New row');
    const opener = button('Add user');
    const { portal } = openDialogFrom(opener, 'Save');
    heading.focus();
    portal.remove();
    await settle();
    // Focus is lost afterwards for a reason of its own: the closed dialog has no say in it.
    heading.remove();
    await settle();
    expect(document.activeElement).toBe(document.body);
  });

  it('not when the dialog moved focus somewhere on purpose', async () => {
    const heading = button('New row');
    const { portal } = openDialogFrom(button('Add user'), 'Save');
    heading.focus();
    portal.remove();
    await settle();
    expect(document.activeElement).toBe(heading);
  });

  it('not to an opener that is gone', async () => {
    const opener = button('Menu item');
    const { portal } = openDialogFrom(opener, 'Close');
    opener.remove();
    portal.remove();
    await settle();
    expect(document.activeElement).toBe(document.body);
  });

  it('to the main content when the opener is gone or can no longer take focus', async () => {
    const main = document.createElement('main');
    main.id = 'main';
    main.tabIndex = -1;
    document.body.append(main);

    const preview = button('Preview', main);
    const first = openDialogFrom(preview, 'Close');
    preview.disabled = true; // the rows it acted on were fixed
    first.portal.remove();
    await settle();
    expect(document.activeElement).toBe(main);

    const item = button('Menu item', main);
    const second = openDialogFrom(item, 'Close');
    item.remove();
    second.portal.remove();
    await settle();
    expect(document.activeElement).toBe(main);
  });
});
