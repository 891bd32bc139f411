/** The Chromium to drive: CHROMIUM_PATH, then the system's, then Playwright's own; undefined if none. */
export function findChromium(): string | undefined;
