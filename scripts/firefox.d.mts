/** The Firefox to drive: FIREFOX_PATH, then the system's (firefox-esr first); undefined if none. */
export function findFirefox(): string | undefined;
