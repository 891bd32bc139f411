// Where the Firefox smoke test (tests/firefox) finds a Firefox: FIREFOX_PATH, then the system's
// (Debian's firefox-esr first). Returns undefined when there is none. Types: firefox.d.mts.
import { existsSync } from 'node:fs';

const SYSTEM_CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
}
