// The only pages the extension reads: ViaTrajectoire's own host (PERMISSIONS.md), spelled in ./urls.
// Used by the manifest (wxt.config.ts) and the content script; tests serve fixtures there.
import { HOST } from './urls';

export const VIATRAJECTOIRE_MATCHES = [`https://${HOST}/*`];
