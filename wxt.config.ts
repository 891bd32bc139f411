import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: a reader follows every name to its file.
  imports: false,
  // Icons and other static files ship from assets/ (copied as-is into the build).
  publicDir: 'assets',
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Guide ACT ViaTrajectoire',
    description:
      'Les prérequis et les contacts du guide SESAN pour envoyer des demandes en ACT en Île-de-France, sur les pages de ViaTrajectoire.',
    permissions: ['storage'],
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
  },
});
