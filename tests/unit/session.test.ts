import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  freshChoice,
  freshLearnt,
  parsePanelState,
  SESSION_MAX_AGE_MS,
  seenPrerequisites,
} from '../../content/session';
import { forgetSession, readSession, saveChoice, saveLearnt, savePanel } from '../../utils/session-store';

const NOW = Date.UTC(2026, 10, 27, 17, 0);
const HOUR = 60 * 60 * 1000;

describe('facts learnt this session', () => {
  it('are kept while younger than the session age, forgotten after', () => {
    const learnt = {
      hasAccount: { value: true, at: NOW - HOUR },
      hasUnit: { value: false, at: NOW - SESSION_MAX_AGE_MS - 1 },
      hasHabilitation: { value: true, at: NOW - SESSION_MAX_AGE_MS + 1 },
    };
    expect(freshLearnt(learnt, NOW)).toEqual({
      hasAccount: { value: true, at: NOW - HOUR },
      hasHabilitation: { value: true, at: NOW - SESSION_MAX_AGE_MS + 1 },
    });
  });

  it('ignore a fact dated in the future (a clock set back, a forged value)', () => {
    expect(freshLearnt({ hasAccount: { value: true, at: NOW + HOUR } }, NOW)).toEqual({});
  });

  it('tick the popup only for what they prove: a unit proves a described structure', () => {
    expect(
      seenPrerequisites({
        hasAccount: { value: true, at: NOW },
        hasUnit: { value: true, at: NOW },
        hasHabilitation: { value: false, at: NOW },
      }),
    ).toEqual({ 'user-account': true, 'structure-described': true, 'structure-unit': true });
    expect(seenPrerequisites({ hasUnit: { value: false, at: NOW } })).toEqual({});
  });
});

describe("the user's choice of situation", () => {
  it('holds for the session, then is forgotten', () => {
    expect(freshChoice({ situation: 'no-unit', at: NOW - HOUR }, NOW)).toBe('no-unit');
    expect(freshChoice({ situation: 'no-unit', at: NOW - SESSION_MAX_AGE_MS }, NOW)).toBeUndefined();
  });

  it.each([
    null,
    'no-unit',
    { situation: 'nope', at: NOW },
    { situation: 'no-unit' },
    { situation: 'no-unit', at: '1' },
  ])('is ignored when stored as %j', (raw) => {
    expect(freshChoice(raw, NOW)).toBeUndefined();
  });
});

describe('the panel state', () => {
  it.each([
    [{ open: false }, false],
    [{ open: true }, true],
    [undefined, true],
    [42, true],
    [{ open: 'non' }, true],
    [{ open: false, seen: 'Mme Durand' }, false],
    [{ open: false, seen: 42 }, false],
  ])('%j gives open=%s (open by default)', (raw, open) => {
    expect(parsePanelState(raw)).toEqual({ open });
  });

  it('keeps the situation last seen when it is a situation id, and nothing else', () => {
    expect(parsePanelState({ open: false, seen: 'no-account', text: 'x' })).toEqual({
      open: false,
      seen: 'no-account',
    });
  });
});

describe('the session store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads back what was saved, and forgets facts and choice at browser start, not the panel state', async () => {
    await saveLearnt({ hasAccount: { value: true, at: Date.now() } });
    await saveChoice('no-account', Date.now());
    await savePanel({ open: false, seen: 'no-account' });
    const saved = await readSession(Date.now());
    expect(saved.learnt.hasAccount?.value).toBe(true);
    expect(saved.chosen).toBe('no-account');
    expect(saved.panel).toEqual({ open: false, seen: 'no-account' });

    await forgetSession();
    const after = await readSession(Date.now());
    expect(after.learnt).toEqual({});
    expect(after.chosen).toBeUndefined();
    expect(after.panel).toEqual({ open: false, seen: 'no-account' });
  });

  it('undoing the choice removes it', async () => {
    await saveChoice('no-unit', Date.now());
    await saveChoice(undefined, Date.now());
    expect((await readSession(Date.now())).chosen).toBeUndefined();
    expect(await fakeBrowser.storage.local.get('chosenSituation')).toEqual({});
  });

  it('gives defaults for corrupted values instead of throwing', async () => {
    await fakeBrowser.storage.local.set({ learnt: 'x', chosenSituation: [1], panel: null });
    expect(await readSession(Date.now())).toEqual({ learnt: {}, chosen: undefined, panel: { open: true } });
  });
});

describe('the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('forgets the facts and the choice when the browser starts', async () => {
    // fakeBrowser has no commands API: the shortcut's listener is not what this test is about.
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
    const background = (await import('../../entrypoints/background')).default;
    background.main();
    await saveLearnt({ hasUnit: { value: false, at: Date.now() } });
    await saveChoice('no-unit', Date.now());
    await fakeBrowser.runtime.onStartup.trigger();
    await expect.poll(async () => (await readSession(Date.now())).chosen).toBeUndefined();
    expect((await readSession(Date.now())).learnt).toEqual({});
  });
});
