import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { prerequisitesLeft } from '../../content/checklist';
import type { Learnt } from '../../content/learnt';
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

  it('prove what they show (a unit proves a described structure), and disprove what a page showed missing', () => {
    expect(
      seenPrerequisites({
        hasAccount: { value: true, at: NOW },
        hasUnit: { value: true, at: NOW },
        hasHabilitation: { value: false, at: NOW },
      }),
    ).toEqual({
      'user-account': true,
      'structure-described': true,
      'structure-unit': true,
      'user-habilitation': false,
    });
    // A missing unit says nothing of the structure's description.
    expect(seenPrerequisites({ hasUnit: { value: false, at: NOW } })).toEqual({ 'structure-unit': false });
    // Being logged out proves nothing: no account is never learnt.
    expect(seenPrerequisites({})).toEqual({});
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
  ])('%j gives open=%s (open by default), nothing dismissed', (raw, open) => {
    expect(parsePanelState(raw)).toEqual({ open, dismissed: [] });
  });

  it('keeps the dismissed blockers as situation ids, each once, and nothing else', () => {
    expect(
      parsePanelState({ open: false, dismissed: ['no-unit', 'no-habilitation', 'no-unit'], text: 'x' }),
    ).toEqual({ open: false, dismissed: ['no-unit', 'no-habilitation'] });
    // An entry that is not a situation id (page text, a forged value) is dropped, not the others.
    expect(parsePanelState({ open: false, dismissed: ['no-unit', 'Mme Durand', 42] })).toEqual({
      open: false,
      dismissed: ['no-unit'],
    });
    expect(parsePanelState({ open: true, dismissed: 'no-unit' })).toEqual({ open: true, dismissed: [] });
  });

  it('reads a collapse stored before dismissals as the dismissal of the situation it was collapsed on', () => {
    expect(parsePanelState({ open: false, seen: 'no-habilitation' })).toEqual({
      open: false,
      dismissed: ['no-habilitation'],
    });
    // Left open: nothing was dismissed.
    expect(parsePanelState({ open: true, seen: 'no-habilitation' })).toEqual({ open: true, dismissed: [] });
    // Once dismissals are stored, the old field is only dropped.
    expect(parsePanelState({ open: false, seen: 'no-unit', dismissed: [] })).toEqual({
      open: false,
      dismissed: [],
    });
  });
});

describe('the session store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads back what was saved, and forgets facts and choice at browser start, not the panel state', async () => {
    await saveLearnt({ hasAccount: { value: true, at: Date.now() } });
    await saveChoice('no-account', Date.now());
    await savePanel({ open: false, dismissed: ['no-unit'] });
    const saved = await readSession(Date.now());
    expect(saved.learnt.hasAccount?.value).toBe(true);
    expect(saved.chosen).toBe('no-account');
    expect(saved.panel).toEqual({ open: false, dismissed: ['no-unit'] });

    await forgetSession();
    const after = await readSession(Date.now());
    expect(after.learnt).toEqual({});
    expect(after.chosen).toBeUndefined();
    expect(after.panel).toEqual({ open: false, dismissed: ['no-unit'] });
  });

  it('undoing the choice removes it', async () => {
    await saveChoice('no-unit', Date.now());
    await saveChoice(undefined, Date.now());
    expect((await readSession(Date.now())).chosen).toBeUndefined();
    expect(await fakeBrowser.storage.local.get('chosenSituation')).toEqual({});
  });

  it('gives defaults for corrupted values instead of throwing', async () => {
    await fakeBrowser.storage.local.set({ learnt: 'x', chosenSituation: [1], panel: null });
    expect(await readSession(Date.now())).toEqual({
      learnt: {},
      chosen: undefined,
      panel: { open: true, dismissed: [] },
    });
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

describe('the tab’s count: prerequisites left, from the popup’s ticks and what pages showed', () => {
  const seen = (learnt: Learnt) => seenPrerequisites(learnt);

  it('counts the four until something is ticked or seen', () => {
    expect(prerequisitesLeft({ ticked: {} }, seen({}))).toBe(4);
    expect(
      prerequisitesLeft(
        { ticked: { 'structure-described': true } },
        seen({ hasAccount: { value: true, at: NOW } }),
      ),
    ).toBe(2);
  });

  it('gives 0 once everything is ticked or seen: the set-up user', () => {
    const allTicked = {
      ticked: {
        'structure-described': true,
        'structure-unit': true,
        'user-account': true,
        'user-habilitation': true,
      },
    };
    expect(prerequisitesLeft(allTicked, seen({}))).toBe(0);
    expect(
      prerequisitesLeft(
        { ticked: {} },
        seen({
          hasAccount: { value: true, at: NOW },
          hasUnit: { value: true, at: NOW },
          hasHabilitation: { value: true, at: NOW },
        }),
      ),
    ).toBe(0);
  });

  it('counts again a prerequisite a page showed missing, even ticked by hand', () => {
    const allTicked = {
      ticked: {
        'structure-described': true,
        'structure-unit': true,
        'user-account': true,
        'user-habilitation': true,
      },
    };
    expect(prerequisitesLeft(allTicked, seen({ hasHabilitation: { value: false, at: NOW } }))).toBe(1);
    expect(prerequisitesLeft(allTicked, seen({ hasUnit: { value: false, at: NOW } }))).toBe(1);
  });
});
