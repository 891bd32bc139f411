// What the e2e build's content script says it has processed (entrypoints/viatrajectoire.content/
// e2e-signal.ts): a test that asserts nothing happened waits for one of these first, never for a
// fixed time. Only in the e2e build; the shipped build carries none (tests/build/checks.ts).
import type { FrameLocator, Page } from '@playwright/test';
import { E2E_SIGNAL_PREFIX } from '../../entrypoints/viatrajectoire.content/e2e-signal';
import { expect } from './extension';

type Target = Page | FrameLocator;

/** Waits until the content script of this page or frame decided: a panel, nothing in the page yet (hidden), or none here. */
export async function expectStarted(
  target: Target,
  state: 'panel' | 'hidden' | 'out' | 'no-panel',
): Promise<void> {
  await expect(target.locator('html')).toHaveAttribute(`${E2E_SIGNAL_PREFIX}start`, state);
}

/**
 * A count the content scripts of this page keep on <html> (0 before the first): panels started,
 * scripts replaced by a newer injection before they mounted, keyboard toggles handled, reads of the page and stored changes handled (these two once every
 * write made so far settled).
 */
export type Count = 'panels' | 'superseded' | 'toggles' | 'evaluated' | 'changes';

export async function countOf(target: Target, count: Count): Promise<number> {
  return Number((await target.locator('html').getAttribute(`${E2E_SIGNAL_PREFIX}${count}`)) ?? 0);
}

/** Waits until `count` is above `after`. */
export async function expectCountAbove(target: Target, count: Count, after: number): Promise<void> {
  await expect.poll(() => countOf(target, count)).toBeGreaterThan(after);
}

/** Waits until the content script has read the page more than `after` times, its writes settled. */
export async function expectReadAfter(target: Target, after: number): Promise<void> {
  await expectCountAbove(target, 'evaluated', after);
}

/**
 * Waits until the script decided for this page, and says what: 'panel' (in the page), 'hidden'
 * (read the page, put nothing in it) or 'out' (stayed out without reading it: nothing is left to
 * do, entrypoints/viatrajectoire.content/stay-out.ts). Where it read the page, the read is done.
 */
export async function expectDecided(target: Target): Promise<'panel' | 'hidden' | 'out'> {
  const html = target.locator('html');
  await expect(html).toHaveAttribute(`${E2E_SIGNAL_PREFIX}start`, /^(panel|hidden|out)$/);
  const state = (await html.getAttribute(`${E2E_SIGNAL_PREFIX}start`)) as 'panel' | 'hidden' | 'out';
  if (state !== 'out') await expectReadAfter(target, 0);
  return state;
}
