import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { guide } from './content/guide/guide';

/** Firefox's id for this add-on (AMO and storage are keyed by it): never change it once published. */
const GECKO_ID = 'vt-act-guide@guide-act-viatrajectoire';

/**
 * Firefox 140 is the first (desktop) version that reads `data_collection_permissions`; it also
 * grants the content script's host at install under Manifest V3 (since 127). Firefox for Android
 * reads data_collection_permissions from 142.
 */
const FIREFOX_MIN_VERSION = '140.0';
const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/**
 * The maintainers' address for « Envoyer le rapport » (recognition reports), set at build time:
 * `VT_REPORT_ADDRESS=maintainers@example.org npm run build`. Unset or empty (the default build):
 * the panel offers only « Copier un rapport de reconnaissance ». The build fails on an address that
 * is not a plausible e-mail, or that is SESAN's (any @sesan.fr, every address of the guide): SESAN
 * creates accounts and structures, it does not maintain this extension.
 */
export function reportAddressFrom(raw: string | undefined): string | undefined {
  const address = raw?.trim() ?? '';
  if (address === '') return undefined;
  if (!/^[^\s@<>()[\],;:"]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(address))
    throw new Error(`VT_REPORT_ADDRESS « ${address} » is not an e-mail address (expected name@domain.tld).`);
  const guideAddresses: string[] =
    JSON.stringify(guide)
      .toLowerCase()
      .match(/[\w.+-]+@[\w.-]+\.[a-z]{2,}/g) ?? [];
  if (/@sesan\.fr$/i.test(address) || guideAddresses.includes(address.toLowerCase()))
    throw new Error(
      `VT_REPORT_ADDRESS « ${address} » is SESAN's: recognition reports go to the extension's maintainers, never to SESAN (viatrajectoire.creation@sesan.fr creates accounts and structures).`,
    );
  return address;
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: a reader follows every name to its file.
  imports: false,
  // Icons and other static files ship from assets/ (copied as-is into the build).
  publicDir: 'assets',
  // Manifest V3 on every browser (Firefox included: `npm run build:firefox` passes --mv3), so
  // one manifest shape, one CSP form, and the same `action` everywhere.
  vite: (env) => ({
    plugins: [preact()],
    // The maintainers' address, validated (reportAddressFrom); '' when none is set.
    define: { __VT_REPORT_ADDRESS__: JSON.stringify(reportAddressFrom(process.env.VT_REPORT_ADDRESS) ?? '') },
    // Vite's modulepreload polyfill holds a network call (never run: the popup has no preload link);
    // without it, the shipped JavaScript has one network-looking call fewer to explain
    // (tests/build/checks.ts).
    // `node bench/profile.mjs` builds the e2e mode with VT_BENCH_SOURCEMAP=1: a hidden source map
    // (a .map file beside each script, no comment in it: the same code) to name the profile's frames.
    build: {
      modulePreload: { polyfill: false },
      sourcemap: env.mode === 'e2e' && process.env.VT_BENCH_SOURCEMAP === '1' ? 'hidden' : false,
    },
  }),
  hooks: {
    // The content script uses the browsers' own promise-based API (@wxt-dev/browser) instead of
    // webextension-polyfill: the polyfill adds 3 KB gzip to a script loaded on every page, and
    // every browser it runs on (Chrome/Edge MV3, Firefox) already returns promises. The popup,
    // options and background keep the polyfill (the @wxt-dev/webextension-polyfill module).
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.some((entrypoint) => entrypoint.type === 'content-script')) return;
      viteConfig.resolve ??= {};
      const nativeBrowser = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      const alias = viteConfig.resolve.alias;
      viteConfig.resolve.alias = Array.isArray(alias)
        ? [nativeBrowser, ...alias]
        : [
            nativeBrowser,
            ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement })),
          ];
    },
  },
  // `npm run zip:firefox` also packs the sources for AMO's review: what the build reads, and no more
  // (an allow-list, so local outputs, screenshots and test pages cannot slip in). The rebuild from
  // this archive is checked by tests/build/firefox/packages.test.ts.
  zip: {
    includeSources: [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'assets/**',
      'components/**',
      'content/**',
      'entrypoints/**',
      'utils/**',
      'README.md',
      'PRIVACY.md',
      'PERMISSIONS.md',
      'CHANGELOG.md',
      'store/amo-notes-relecteurs.md',
    ],
  },
  manifest: ({ browser }) => ({
    name: 'Guide ACT ViaTrajectoire',
    description:
      'Les prérequis et les contacts du guide SESAN pour envoyer des demandes en ACT en Île-de-France, sur les pages de ViaTrajectoire.',
    // storage only (PERMISSIONS.md); tests/build/manifest-permissions.json fails on any widening.
    permissions: ['storage'],
    // Extension pages (the popup) run only the extension's own scripts: no remote, inline or eval'd
    // code, no plugins. WXT writes it as the MV2 string form when building for MV2.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none';" },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+V' },
        description: 'Afficher ou réduire le guide ACT sur la page ViaTrajectoire',
      },
    },
    action: {
      default_title: 'Guide ACT ViaTrajectoire',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    },
    // Chrome and Edge check the organisation's `3rdparty` policy against this schema (assets/); Firefox
    // reads the same keys from its own policy without one, and warns about the key.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    // Firefox only (Chrome warns about keys it does not know).
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: FIREFOX_MIN_VERSION,
              // Firefox's built-in consent: this add-on collects and transmits no data (PRIVACY.md).
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
          },
        }
      : {}),
  }),
});
