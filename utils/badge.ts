// The toolbar badge on ViaTrajectoire tabs, background side (content/badge.ts says what it shows).
// Without the `tabs` permission the background cannot see tab addresses, so:
// - a tab asks for its badge (BADGE_MESSAGE, sent by the content script when it starts); the
//   sender's frame address, which needs no permission, proves it is ViaTrajectoire;
// - when the checklist or the learnt facts change, every tab (tabs.query gives ids, never
//   addresses) is sent BADGE_MESSAGE: delivery means the content script still runs there, so
//   the tab still shows ViaTrajectoire; refused delivery means another page (no badge there).
// No list of tabs is kept: Chrome and Firefox clear a tab's badge and title themselves when it
// loads a new page (not on pushState or a #fragment change), and the new page asks again.
import { browser } from 'wxt/browser';
import { badgeColors, badgeText, badgeTitle } from '../content/badge';
import { type PrerequisiteStatus, prerequisiteStatuses } from '../content/checklist';
import { seenPrerequisites } from '../content/session';
import { isViaTrajectoire } from '../content/viatrajectoire/urls';
import { BADGE_MESSAGE } from './messages';
import { readSession } from './session-store';
import { readChecklist } from './storage';
import { type StoredName, watchStored } from './stored';

/** The stored items the badge is computed from. */
const BADGE_INPUTS: readonly StoredName[] = ['checklist', 'learnt'];

/** The prerequisites' state now: ticked by hand or seen on ViaTrajectoire this session. */
export async function currentStatuses(now = Date.now()): Promise<PrerequisiteStatus[]> {
  const [checklist, session] = await Promise.all([readChecklist(), readSession(now)]);
  return prerequisiteStatuses(checklist, seenPrerequisites(session.learnt));
}

/** Sets the badge, its colours and the icon's title on one tab. Rejects if the tab is gone. */
export async function showBadge(tabId: number, statuses: readonly PrerequisiteStatus[]): Promise<void> {
  const colors = badgeColors(statuses);
  const action = browser.action;
  await Promise.all([
    action.setBadgeText({ tabId, text: badgeText(statuses) }),
    action.setBadgeBackgroundColor({ tabId, color: colors.background }),
    // Chrome 110+, Firefox 63+; older browsers pick a readable text colour themselves.
    typeof action.setBadgeTextColor === 'function'
      ? action.setBadgeTextColor({ tabId, color: colors.text })
      : undefined,
    action.setTitle({ tabId, title: badgeTitle(statuses) }),
  ]);
}

export function isBadgeRequest(message: unknown): boolean {
  return (message as { type?: unknown } | null)?.type === BADGE_MESSAGE;
}

/** The tab a badge request may set, or undefined: only a ViaTrajectoire frame in a tab asks. */
export function requestingTab(sender: { tab?: { id?: number }; url?: string }): number | undefined {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0 || !sender.url) return undefined;
  try {
    return isViaTrajectoire(new URL(sender.url)) ? tabId : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the tab still runs the content script (see the top of this file). */
async function stillOnViaTrajectoire(tabId: number): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, { type: BADGE_MESSAGE });
    return true;
  } catch {
    return false;
  }
}

/** Updates the badge of every tab that still runs the content script. */
export async function refreshBadges(): Promise<void> {
  const [tabs, statuses] = await Promise.all([browser.tabs.query({}), currentStatuses()]);
  await Promise.all(
    tabs.map(async ({ id }) => {
      if (id === undefined || id < 0 || !(await stillOnViaTrajectoire(id))) return;
      await showBadge(id, statuses).catch(() => {});
    }),
  );
}

/** Registers the background's listeners; call once, synchronously, from defineBackground. */
export function startBadge(): void {
  // One update at a time, in order: quick ticks in the popup must not end on an older count.
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (update: () => Promise<void>) => {
    queue = queue.then(update).catch(() => {});
  };

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isBadgeRequest(message)) return undefined;
    const tabId = requestingTab(sender);
    if (tabId !== undefined) enqueue(async () => showBadge(tabId, await currentStatuses()));
    // No answer: the tab does not wait (and other listeners keep theirs).
    return undefined;
  });

  watchStored(BADGE_INPUTS, () => enqueue(refreshBadges));
}
