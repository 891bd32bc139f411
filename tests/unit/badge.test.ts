import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_COLORS, badgeColors, badgeText, badgeTitle } from '../../content/badge';
import { type PrerequisiteStatus, prerequisiteStatuses } from '../../content/checklist';
import { PREREQUISITE_IDS } from '../../content/guide';
import {
  currentStatuses,
  isBadgeRequest,
  refreshBadges,
  requestingTab,
  showBadge,
  startBadge,
} from '../../utils/badge';
import { BADGE_MESSAGE } from '../../utils/messages';

const NBSP = '\u00a0';

function statusesWith(metCount: number): PrerequisiteStatus[] {
  const ticked = Object.fromEntries(PREREQUISITE_IDS.slice(0, metCount).map((id) => [id, true]));
  return prerequisiteStatuses({ ticked });
}

describe('badge text and title', () => {
  it.each([
    [0, '4', `Guide ACT${NBSP}: 4 prérequis restants`],
    [2, '2', `Guide ACT${NBSP}: 2 prérequis restants`],
    [3, '1', `Guide ACT${NBSP}: 1 prérequis restant`],
    [4, '✓', `Guide ACT${NBSP}: tous les prérequis sont remplis`],
  ])('%i met: badge « %s », title « %s »', (met, text, title) => {
    expect(badgeText(statusesWith(met))).toBe(text);
    expect(badgeTitle(statusesWith(met))).toBe(title);
  });

  it('counts facts seen on ViaTrajectoire like ticks', () => {
    const statuses = prerequisiteStatuses(
      { ticked: { 'structure-described': true } },
      { 'user-account': true },
    );
    expect(badgeText(statuses)).toBe('2');
  });

  it('is green when all are met, teal otherwise', () => {
    expect(badgeColors(statusesWith(4))).toEqual(BADGE_COLORS.done);
    expect(badgeColors(statusesWith(1))).toEqual(BADGE_COLORS.remaining);
  });

  /** WCAG 2.x contrast ratio of two #rrggbb colours. */
  function contrast(first: string, second: string): number {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((at) => {
        const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
        return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
    return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
  }

  it.each(Object.entries(BADGE_COLORS))('%s colours contrast at least 4.5:1', (_name, colors) => {
    expect(contrast(colors.background, colors.text)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('which requests the background answers', () => {
  it('recognises its message only', () => {
    expect(isBadgeRequest({ type: BADGE_MESSAGE })).toBe(true);
    expect(isBadgeRequest({ type: 'vt-act-guide:toggle-panel' })).toBe(false);
    expect(isBadgeRequest(null)).toBe(false);
    expect(isBadgeRequest('vt-act-guide:badge')).toBe(false);
  });

  it('sets a badge only for a ViaTrajectoire frame in a tab', () => {
    const url = 'https://trajectoire.sante-ra.fr/Trajectoire/';
    expect(requestingTab({ tab: { id: 7 }, url })).toBe(7);
    expect(requestingTab({ tab: { id: 7 }, url: 'https://example.org/' })).toBeUndefined();
    expect(requestingTab({ tab: { id: 7 }, url: 'chrome-extension://abc/popup.html' })).toBeUndefined();
    expect(requestingTab({ url })).toBeUndefined();
    expect(requestingTab({ tab: { id: -1 }, url })).toBeUndefined();
    expect(requestingTab({ tab: { id: 7 } })).toBeUndefined();
  });
});

describe('the background side', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('computes the state from the checklist and from the facts seen this session', async () => {
    const now = Date.now();
    await fakeBrowser.storage.local.set({
      checklist: { ticked: { 'structure-described': true } },
      checklist$: { v: 2 },
      learnt: { hasAccount: { value: true, at: now - 1000 } },
    });
    expect(badgeText(await currentStatuses(now))).toBe('2');
  });

  it('sets text, colours and title on the tab', async () => {
    await showBadge(3, statusesWith(1));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('3');
    expect(await fakeBrowser.action.getTitle({ tabId: 3 })).toBe(`Guide ACT${NBSP}: 3 prérequis restants`);
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 3 })).toEqual([11, 85, 99, 255]);
    expect(await fakeBrowser.action.getBadgeTextColor({ tabId: 3 })).toBe('#ffffff');
    // The other tabs keep the default (no badge).
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');
  });

  it('answers a tab’s request, then follows the checklist', async () => {
    startBadge();
    const tab = await fakeBrowser.tabs.create({ url: 'https://trajectoire.sante-ra.fr/Trajectoire/' });
    const other = await fakeBrowser.tabs.create({ url: 'https://example.org/' });
    // Only the ViaTrajectoire tab runs the content script: delivery to the other one fails.
    const sendMessage = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockImplementation(async (tabId: number) => {
        if (tabId !== tab.id)
          throw new Error('Could not establish connection. Receiving end does not exist.');
      });
    await fakeBrowser.runtime.onMessage.trigger(
      { type: BADGE_MESSAGE },
      { tab, url: 'https://trajectoire.sante-ra.fr/Trajectoire/' },
      () => {},
    );
    await expect.poll(() => fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe('4');

    await fakeBrowser.storage.local.set({ checklist: { ticked: { 'user-account': true } } });
    await expect.poll(() => fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe('3');
    await fakeBrowser.storage.local.set({
      checklist: { ticked: Object.fromEntries(PREREQUISITE_IDS.map((id) => [id, true])) },
    });
    await expect.poll(() => fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe('✓');
    expect(await fakeBrowser.action.getBadgeText({ tabId: other.id })).toBe('');
    expect(sendMessage).toHaveBeenCalledWith(other.id, { type: BADGE_MESSAGE });
  });

  it('ignores a request from a page that is not ViaTrajectoire', async () => {
    startBadge();
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.org/' });
    await fakeBrowser.runtime.onMessage.trigger(
      { type: BADGE_MESSAGE },
      { tab: { ...tab, id: 5 }, url: 'https://example.org/' },
      () => {},
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
  });

  it('refreshes no tab when none runs the content script', async () => {
    await fakeBrowser.tabs.create({ url: 'https://example.org/' });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await refreshBadges();
    expect(setBadgeText).not.toHaveBeenCalled();
  });
});
