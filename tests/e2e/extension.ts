// The end-to-end fixture: a fresh Chromium profile per test with the built extension loaded,
// ViaTrajectoire's real addresses served from the demo pages (tests/fixtures), and every other
// http(s) request aborted and recorded in `externalRequests`, so no test reaches the network.
import { type BrowserContext, test as base, expect } from '@playwright/test';
import { blockOtherHosts, extensionIdOf, launchWithExtension, popupUrlOf } from '../../scripts/launch.mjs';
import { routeViaTrajectoire } from '../support/fixtures.mjs';

export type ExtensionFixtures = {
  /** Chromium with the extension loaded (replaces Playwright's own context; `page` opens in it). */
  context: BrowserContext;
  /** The extension's id, from its service worker's address. */
  extensionId: string;
  /** chrome-extension://<id>/popup.html */
  popupUrl: string;
  /** Every request to another host than ViaTrajectoire's: aborted, recorded here. */
  externalRequests: string[];
};

type Internal = { launched: { context: BrowserContext; externalRequests: string[] } };

export const test = base.extend<ExtensionFixtures & Internal>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright needs an object pattern here.
  launched: async ({}, use) => {
    const context = await launchWithExtension({ headless: true });
    context.setDefaultTimeout(10_000);
    context.setDefaultNavigationTimeout(15_000);
    const externalRequests = await blockOtherHosts(context);
    await routeViaTrajectoire(context);
    await use({ context, externalRequests });
    await context.close();
  },
  context: async ({ launched }, use) => {
    await use(launched.context);
  },
  externalRequests: async ({ launched }, use) => {
    await use(launched.externalRequests);
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  popupUrl: async ({ extensionId }, use) => {
    await use(popupUrlOf(extensionId));
  },
});

export { expect };
