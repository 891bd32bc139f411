import { defineBackground } from 'wxt/utils/define-background';

// The background exists so the extension has a service worker; it makes no request.
export default defineBackground(() => {});
