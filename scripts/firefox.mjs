// Where the Firefox smoke test (tests/firefox) finds a Firefox: FIREFOX_PATH, then one on the PATH
// (Debian's firefox-esr first), then the usual places off the PATH, then the one Puppeteer
// downloaded for scripts/ensure-firefox.mjs. Returns undefined when there is none. Types:
// firefox.d.mts.
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { delimiter, join } from 'node:path';

const NAMES_ON_PATH = ['firefox-esr', 'firefox'];
const OFF_PATH_CANDIDATES = ['/snap/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

/** Where ensure-firefox.mjs keeps Puppeteer's download, and the file naming its executable. */
export function firefoxDownloadDir() {
  return join(os.homedir(), '.cache', 'vt-act-guide', 'firefox');
}
export const DOWNLOADED_PATH_FILE = 'executable-path.txt';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath() {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of NAMES_ON_PATH)
    for (const dir of dirs) if (isExecutable(join(dir, name))) return join(dir, name);
  return undefined;
}

function downloaded() {
  const record = join(firefoxDownloadDir(), DOWNLOADED_PATH_FILE);
  if (!existsSync(record)) return undefined;
  const path = readFileSync(record, 'utf8').trim();
  return path && existsSync(path) ? path : undefined;
}

export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return onPath() ?? OFF_PATH_CANDIDATES.find((candidate) => existsSync(candidate)) ?? downloaded();
}
