// The only pages the extension reads: ViaTrajectoire's own host (PERMISSIONS.md).
// Used by the manifest (wxt.config.ts) and the content script; tests serve fixtures there.
export const VIATRAJECTOIRE_MATCHES = ['https://trajectoire.sante-ra.fr/*'];
