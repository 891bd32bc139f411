// What the e2e build's content script says it has processed (entrypoints/viatrajectoire.content/
// e2e-signal.ts): a test that asserts nothing happened waits for one of these first, never for a
// fixed time. Only in the e2e build; the shipped build carries none (tests/build/checks.ts).
import type { FrameLocator, Page } from '@playwright/test';
import { E2E_SIGNAL_PREFIX } from '../../entrypoints/viatrajectoire.content/e2e-signal';
import { expect } from './extension';

type Target = Page | FrameLocator;

/** Waits until the content script of this page or frame decided: a panel, or none. */
export async function expectStarted(target: Target, state: 'panel' | 'no-panel'): Promise<void> {
  await expect(target.locator('html')).toHaveAttribute(`${E2E_SIGNAL_PREFIX}start`, state);
}

/** How many times the content script has read this page, every write it made settled (0: not yet). */
export async function readsOf(target: Target): Promise<number> {
  return Number((await target.locator('html').getAttribute(`${E2E_SIGNAL_PREFIX}evaluated`)) ?? 0);
}

/** Waits until the content script has read the page more than `after` times, its writes settled. */
export async function expectReadAfter(target: Target, after: number): Promise<void> {
  await expect.poll(() => readsOf(target)).toBeGreaterThan(after);
}
