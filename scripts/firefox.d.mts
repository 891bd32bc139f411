/** The Firefox to drive: FIREFOX_PATH, then the PATH's (firefox-esr first), then Puppeteer's download; undefined if none. */
export function findFirefox(): string | undefined;
/** Where scripts/ensure-firefox.mjs downloads Puppeteer's Firefox (under the user's home). */
export function firefoxDownloadDir(): string;
/** The file, in that folder, holding the downloaded executable's path. */
export const DOWNLOADED_PATH_FILE: string;
