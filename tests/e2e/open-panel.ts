// The panel opens by itself only where the situation calls for an action (content/options.ts,
// panelOpensAtStart); elsewhere it starts as a tab. Tests about what the open panel shows open it
// as the user does: a click on the tab.
import type { Locator } from '@playwright/test';
import { expect } from './extension';

/** Expects a collapsed panel (the tab), clicks it, and waits for the panel to be open. */
export async function openByItsTab(panel: Locator): Promise<void> {
  await expect(panel).toHaveAttribute('data-open', 'false');
  await panel.locator('.panel-tab').click();
  await expect(panel).toHaveAttribute('data-open', 'true');
}
