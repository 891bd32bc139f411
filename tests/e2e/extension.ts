// The end-to-end fixture: a fresh Chromium profile per test with the built extension loaded,
// ViaTrajectoire's real addresses served from the demo pages (tests/fixtures), and every other
// http(s) request aborted and recorded. Every test ends by asserting that no request left
// ViaTrajectoire's host (pages, frames and the extension's service worker included), and that
// nothing but page loads asked the host itself (PRIVACY.md, "Ce que l'extension envoie : rien").
import { type BrowserContext, test as base, expect, type Request, type Worker } from '@playwright/test';
import {
  blockOtherHosts,
  E2E_EXTENSION_DIR,
  EXTENSION_DIR,
  extensionIdOf,
  launchWithExtension,
  popupUrlOf,
} from '../../scripts/launch.mjs';
import { routeViaTrajectoire, VIATRAJECTOIRE_ORIGIN } from '../support/fixtures.mjs';

export type ExtensionFixtures = {
  /** Chromium with the extension loaded (replaces Playwright's own context; `page` opens in it). */
  context: BrowserContext;
  /** The extension's id, from its service worker's address. */
  extensionId: string;
  /** chrome-extension://<id>/popup.html */
  popupUrl: string;
  /** The extension's service worker: where its storage is read without opening a tab. */
  extensionWorker: Worker;
  /** Every request to another host than ViaTrajectoire's: aborted, recorded here. */
  externalRequests: string[];
  /** Requests to ViaTrajectoire's host other than documents (page and frame loads), recorded here. */
  hostRequests: string[];
};

export type ExtensionOptions = {
  /**
   * Which build runs: 'e2e' (default), whose panel has an open shadow root for the locators, or
   * 'shipped', the build users install, whose shadow root is closed (hostile-page suite).
   */
  build: 'e2e' | 'shipped';
  /** Another folder holding a build to load instead (a copy with an id of its own). */
  extensionDir: string | undefined;
  /** Requests to the host a test's own page makes on purpose (its images): not the extension's. */
  expectedHostRequests: RegExp[];
};

type Internal = {
  launched: { context: BrowserContext; externalRequests: string[]; hostRequests: string[] };
};

const isHostSubresource = (request: Request): boolean =>
  request.url().startsWith(`${VIATRAJECTOIRE_ORIGIN}/`) && request.resourceType() !== 'document';

export const test = base.extend<ExtensionFixtures & ExtensionOptions & Internal>({
  build: ['e2e', { option: true }],
  extensionDir: [undefined, { option: true }],
  expectedHostRequests: [[], { option: true }],
  launched: async ({ build, extensionDir, expectedHostRequests }, use) => {
    const dir = extensionDir ?? (build === 'shipped' ? EXTENSION_DIR : E2E_EXTENSION_DIR);
    const context = await launchWithExtension({ headless: true, dir });
    context.setDefaultTimeout(10_000);
    context.setDefaultNavigationTimeout(15_000);
    const externalRequests = await blockOtherHosts(context);
    const hostRequests: string[] = [];
    context.on('request', (request) => {
      if (isHostSubresource(request) && !expectedHostRequests.some((pattern) => pattern.test(request.url())))
        hostRequests.push(`${request.resourceType()} ${request.url()}`);
    });
    await routeViaTrajectoire(context);
    await use({ context, externalRequests, hostRequests });
    await context.close();
    // After the context closed, so that requests sent while the test ended are counted too.
    expect(externalRequests, 'requests that left ViaTrajectoire’s host').toEqual([]);
    expect(hostRequests, 'requests to ViaTrajectoire’s host other than page loads').toEqual([]);
  },
  context: async ({ launched }, use) => {
    await use(launched.context);
  },
  externalRequests: async ({ launched }, use) => {
    await use(launched.externalRequests);
  },
  hostRequests: async ({ launched }, use) => {
    await use(launched.hostRequests);
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  popupUrl: async ({ extensionId }, use) => {
    await use(popupUrlOf(extensionId));
  },
  extensionWorker: async ({ context, extensionId }, use) => {
    const worker = context.serviceWorkers().find((candidate) => candidate.url().includes(extensionId));
    if (!worker) throw new Error('no service worker for the extension');
    await use(worker);
  },
});

// Only for the type checker: storedText's callback runs in the extension's service worker.
declare const chrome: {
  storage: {
    local: { get(keys: null): Promise<Record<string, unknown>> };
    session: { get(keys: null): Promise<Record<string, unknown>> };
  };
};

/** Everything the extension keeps, both areas, as one JSON text. */
export async function storedText(worker: Worker): Promise<string> {
  return JSON.stringify(
    await worker.evaluate(async () => ({
      local: await chrome.storage.local.get(null),
      session: await chrome.storage.session.get(null),
    })),
  );
}

export { expect };
