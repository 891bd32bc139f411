// The background opens the composer for a ViaTrajectoire tab's content script only, at most once
// in 5 s per tab, on the form's address alone: nothing else of the message goes anywhere.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FORMS, fieldsOf } from '../../content/compose/forms';
import { OPEN_COMPOSER_MESSAGE } from '../../utils/messages';
import { OPEN_COMPOSER_INTERVAL_MS, startComposerOpener } from '../../utils/open-composer';

const VT_PAGE =
  'https://trajectoire.sante-ra.fr/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Sanitaire/TDB/Demandeur';

const open = (form = 'no-unit') => ({ type: OPEN_COMPOSER_MESSAGE, form });

/** The content script of a ViaTrajectoire tab. */
function fromViaTrajectoire(tabId = 7, url = VT_PAGE) {
  return { id: fakeBrowser.runtime.id, url, tab: { id: tabId, index: 2, windowId: 1, url } };
}

/** The composer page in its tab. */
function fromComposer(tabId: number, form = 'no-unit') {
  const url = fakeBrowser.runtime.getURL(`/composer.html#${form}`);
  return { id: fakeBrowser.runtime.id, url, tab: { id: tabId, url } };
}

/** Delivers a message to the background's listeners; the one answer given, if any. */
async function send(message: unknown, sender: object): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => {});
  return answers.find((answer) => answer !== undefined);
}

let nextTabId = 42;
let create: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  nextTabId = 42;
  create = vi.fn(async () => ({ id: nextTabId++ }));
  vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(create as never);
  startComposerOpener();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('opening the composer from the in-page panel', () => {
  it('opens composer.html#<form> next to the ViaTrajectoire tab, and writes nothing to storage', async () => {
    await send(open(), fromViaTrajectoire());
    expect(create).toHaveBeenCalledExactlyOnceWith({
      url: fakeBrowser.runtime.getURL('/composer.html#no-unit'),
      openerTabId: 7,
      index: 3,
      windowId: 1,
    });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it.each([
    ['another host', { ...fromViaTrajectoire(), url: 'https://example.org/Trajectoire/' }],
    ['a page of this extension in a tab', fromComposer(9)],
    [
      'a page of this extension without tab',
      { id: fakeBrowser.runtime.id, url: 'chrome-extension://x/popup.html' },
    ],
    ['a ViaTrajectoire frame without tab', { id: fakeBrowser.runtime.id, url: VT_PAGE }],
    ['another extension', { ...fromViaTrajectoire(), id: 'another-extension-id' }],
    ['no extension id', { url: VT_PAGE, tab: { id: 7, index: 2, windowId: 1 } }],
  ])('opens nothing for a message from %s', async (_name, sender) => {
    expect(await send(open(), sender)).toBeUndefined();
    expect(create).not.toHaveBeenCalled();
  });

  it('ignores other messages and unknown forms', async () => {
    await send({ type: 'vt-act-guide:toggle-panel' }, fromViaTrajectoire());
    await send(open('how-to-request'), fromViaTrajectoire());
    await send({ ...open(), type: 'vt-act-guide:open' }, fromViaTrajectoire());
    expect(create).not.toHaveBeenCalled();
  });

  it('opens one composer per tab every 5 s at most', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_000_000);
    await send(open(), fromViaTrajectoire(7));
    vi.setSystemTime(1_000_000 + OPEN_COMPOSER_INTERVAL_MS - 1);
    await send(open('no-structure'), fromViaTrajectoire(7));
    expect(create).toHaveBeenCalledTimes(1);
    // Another ViaTrajectoire tab is not held back.
    await send(open(), fromViaTrajectoire(8));
    expect(create).toHaveBeenCalledTimes(2);
    vi.setSystemTime(1_000_000 + OPEN_COMPOSER_INTERVAL_MS);
    await send(open(), fromViaTrajectoire(7));
    expect(create).toHaveBeenCalledTimes(3);
  });

  it('several messages at once from one tab open one composer', async () => {
    await Promise.all([1, 2, 3].map(() => send(open(), fromViaTrajectoire(7))));
    expect(create).toHaveBeenCalledTimes(1);
  });
});

describe('what reaches the composer', () => {
  it('is the form’s address only: names added to the message go nowhere', async () => {
    const withNames = { ...open(), prefill: { structureName: 'Hôpital Saint-Louis', unitName: 'ELSA' } };
    await send(withNames, fromViaTrajectoire());
    expect(create).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ url: fakeBrowser.runtime.getURL('/composer.html#no-unit') }),
    );
    expect(JSON.stringify(create.mock.calls)).not.toMatch(/Saint-Louis|ELSA/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('no field of any form is filled from the page', () => {
    for (const form of Object.values(FORMS))
      for (const field of fieldsOf(form))
        expect(Object.keys(field), `${form.id}.${field.id}`).not.toContain('prefill');
  });
});
