// The background opens the composer for a ViaTrajectoire tab's content script only, at most once
// in 5 s per tab, and hands the page's names to the composer tab it opened: from memory, once,
// for 60 s at most; nothing written to storage.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FORMS, fieldsOf } from '../../content/compose/forms';
import { MAX_LENGTH } from '../../content/compose/limits';
import { PREFILL_MAX_AGE_MS, prefillOf } from '../../content/compose/prefill';
import { MAX_NAME_LENGTH } from '../../content/names';
import { DATA_ERASED_MESSAGE, OPEN_COMPOSER_MESSAGE, TAKE_PREFILL_MESSAGE } from '../../utils/messages';
import { OPEN_COMPOSER_INTERVAL_MS, startComposerOpener } from '../../utils/open-composer';

const VT_PAGE =
  'https://trajectoire.sante-ra.fr/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Sanitaire/TDB/Demandeur';
const NAMES = { structureName: 'Hôpital Saint-Louis', unitName: 'ELSA' };

const open = (form = 'no-unit', prefill: unknown = NAMES) => ({ type: OPEN_COMPOSER_MESSAGE, form, prefill });
const take = (form = 'no-unit') => ({ type: TAKE_PREFILL_MESSAGE, form });

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

describe('the page’s names, from the background’s memory to the composer tab', () => {
  it('are given once, to the composer tab opened for them, for its form', async () => {
    await send(open(), fromViaTrajectoire());
    expect(await send(take(), fromComposer(42))).toEqual(NAMES);
    expect(await send(take(), fromComposer(42))).toBeUndefined();
  });

  it('are not given to another tab, another form, or a page that is not the composer', async () => {
    await send(open(), fromViaTrajectoire(7));
    await send(open(), fromViaTrajectoire(8));
    await send(open(), fromViaTrajectoire(9));
    // Tab 43 was opened for them too: tab 99 was not.
    expect(await send(take(), fromComposer(99))).toBeUndefined();
    expect(await send(take(), { ...fromViaTrajectoire(42) })).toBeUndefined();
    expect(await send(take(), { ...fromComposer(42), id: 'another-extension-id' })).toBeUndefined();
    expect(
      await send(take(), { ...fromComposer(42), url: fakeBrowser.runtime.getURL('/options.html') }),
    ).toBeUndefined();
    // Asked for another form (the user picked another message): not given, and forgotten.
    expect(await send(take('no-structure'), fromComposer(43))).toBeUndefined();
    expect(await send(take(), fromComposer(43))).toBeUndefined();
    expect(await send(take(), fromComposer(42))).toEqual(NAMES);
    expect(await send(take(), fromComposer(44))).toEqual(NAMES);
  });

  it('are deleted after 60 s even if the composer never asks', async () => {
    vi.useFakeTimers();
    await send(open(), fromViaTrajectoire(7));
    await send(open(), fromViaTrajectoire(8));
    vi.advanceTimersByTime(PREFILL_MAX_AGE_MS - 1);
    expect(await send(take(), fromComposer(42))).toEqual(NAMES);
    vi.advanceTimersByTime(1);
    expect(await send(take(), fromComposer(43))).toBeUndefined();
  });

  it('reach a composer page that asks before tabs.create has returned its tab', async () => {
    let created: (tab: { id: number }) => void = () => {};
    create.mockImplementationOnce(() => new Promise((resolve) => (created = resolve)));
    const opening = send(open(), fromViaTrajectoire());
    const asked = send(take(), fromComposer(42));
    created({ id: 42 });
    await opening;
    expect(await asked).toEqual(NAMES);
  });

  it('are forgotten when all the data is erased from the options page', async () => {
    await send(open(), fromViaTrajectoire());
    const optionsPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
    // From a content script, the same message erases nothing.
    await send({ type: DATA_ERASED_MESSAGE }, fromViaTrajectoire(8));
    await send({ type: DATA_ERASED_MESSAGE }, optionsPage);
    expect(await send(take(), fromComposer(42))).toBeUndefined();
  });

  it('are kept only as trimmed text, cut to a name’s length; nothing is kept when there is none', async () => {
    await send(
      open('no-unit', { structureName: `  ${'S'.repeat(300)} `, unitName: 42, extra: 'x' }),
      fromViaTrajectoire(7),
    );
    expect(await send(take(), fromComposer(42))).toEqual({ structureName: 'S'.repeat(120) });
    await send(open('no-unit', { structureName: '   ' }), fromViaTrajectoire(8));
    expect(await send(take(), fromComposer(43))).toBeUndefined();
    expect(prefillOf(null)).toEqual({});
    expect(prefillOf(['Hôpital'])).toEqual({});
  });
});

describe('a name longer than the cap', () => {
  // 119 letters, then an emoji of two UTF-16 code units: a cut at 120 units would split it.
  const long = `${'a'.repeat(119)}\u{1F3E5}${'b'.repeat(80)}`;
  const cut = 'a'.repeat(119);

  it('is cut the same by the handoff to the composer, and fits the composer’s name fields', async () => {
    await send(open('no-unit', { structureName: long, unitName: 'x'.repeat(500) }), fromViaTrajectoire());
    expect(await send(take(), fromComposer(42))).toEqual({
      structureName: cut,
      unitName: 'x'.repeat(MAX_NAME_LENGTH),
    });
    const nameFields = Object.values(FORMS)
      .flatMap(fieldsOf)
      .filter((field) => field.prefill !== undefined);
    expect(nameFields.length).toBeGreaterThan(0);
    for (const field of nameFields)
      expect(MAX_LENGTH[field.kind], `${field.id}'s maxlength`).toBe(MAX_NAME_LENGTH);
  });
});
