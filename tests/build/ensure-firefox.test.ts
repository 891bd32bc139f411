// scripts/ensure-firefox.mjs, run as `npm run test:firefox-e2e` runs it, with a PATH of fake
// commands (firefox-esr, apt-get, npx) that record what they were asked: which way it finds or
// gets a Firefox, what it says, and that it stops with its message when nothing works.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const isRoot = process.getuid?.() === 0;

let tmp: string;
let bin: string;
let home: string;
let calls: string;

beforeEach(() => {
  tmp = mkdtempSync(join(os.tmpdir(), 'ensure-firefox-'));
  bin = join(tmp, 'bin');
  home = join(tmp, 'home');
  calls = join(tmp, 'calls.log');
  for (const dir of [bin, home]) spawnSync('/bin/mkdir', ['-p', dir]);
  writeFileSync(calls, '');
});

afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** A command of the fake PATH: records its name and arguments, then runs `body` (sh). */
function fake(name: string, body = 'exit 0') {
  const path = join(bin, name);
  writeFileSync(
    path,
    `#!/bin/sh\necho "${name} $* DEBIAN_FRONTEND=$DEBIAN_FRONTEND" >> "${calls}"\n${body}\n`,
  );
  chmodSync(path, 0o755);
  return path;
}

/** A fake Firefox at `path`: an executable file. */
const firefoxAt = (path: string) => `printf '#!/bin/sh\\n' > "${path}"; /bin/chmod 755 "${path}"`;

function ensure(env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/ensure-firefox.mjs'], {
    cwd: ROOT,
    env: { PATH: bin, HOME: home, ...env },
    encoding: 'utf8',
  });
  return {
    status: result.status,
    out: result.stdout,
    err: result.stderr,
    calls: readFileSync(calls, 'utf8').trim().split('\n').filter(Boolean),
  };
}

describe.skipIf(process.platform === 'win32')('scripts/ensure-firefox.mjs', () => {
  it('uses a Firefox already on the PATH, and installs nothing', () => {
    const firefox = join(bin, 'firefox-esr');
    writeFileSync(firefox, '#!/bin/sh\n');
    chmodSync(firefox, 0o755);
    fake('apt-get');
    fake('npx');
    const run = ensure();
    expect(run.status).toBe(0);
    expect(run.out).toContain(`Firefox utilisé : ${firefox}`);
    expect(run.calls).toEqual([]);
  });

  it.skipIf(!isRoot)('as root with apt-get and no Firefox: installs Debian’s firefox-esr, saying so', () => {
    fake('apt-get', `[ "$1" = install ] && { ${firefoxAt(join(bin, 'firefox-esr'))}; }; exit 0`);
    fake('npx');
    const run = ensure();
    expect(run.status).toBe(0);
    expect(run.out).toContain('installation du paquet Debian « firefox-esr »');
    expect(run.calls).toEqual([
      'apt-get --version DEBIAN_FRONTEND=',
      'apt-get update DEBIAN_FRONTEND=noninteractive',
      'apt-get install -y firefox-esr DEBIAN_FRONTEND=noninteractive',
    ]);
    expect(run.out).toContain(`Firefox utilisé : ${join(bin, 'firefox-esr')}`);
  });

  it('without apt-get: downloads Puppeteer’s Firefox ESR under the user’s cache, and finds it there', () => {
    const executable = join(tmp, 'firefox-download', 'firefox');
    spawnSync('/bin/mkdir', ['-p', join(tmp, 'firefox-download')]);
    fake('npx', `${firefoxAt(executable)}; echo "firefox@esr_140.6.0 ${executable}"`);
    const run = ensure();
    expect(run.status).toBe(0);
    expect(run.out).toContain('téléchargement du Firefox ESR de Puppeteer');
    const cache = join(home, '.cache', 'vt-act-guide', 'firefox');
    expect(run.calls).toEqual([
      `npx @puppeteer/browsers install firefox@esr --path ${cache} DEBIAN_FRONTEND=`,
    ]);
    expect(readFileSync(join(cache, 'executable-path.txt'), 'utf8').trim()).toBe(executable);
    expect(run.out).toContain(`Firefox utilisé : ${executable}`);
  });

  it('when neither works: stops with its message', () => {
    fake('apt-get', '[ "$1" = --version ] && exit 0; exit 100');
    fake('npx', 'exit 1');
    const run = ensure();
    expect(run.status).toBe(1);
    expect(run.err).toContain('Aucun Firefox disponible pour le test de bout en bout dans Firefox.');
    expect(run.err).toContain('sudo apt-get install firefox-esr');
    if (isRoot) expect(run.out).toContain('L’installation par apt-get a échoué.');
    expect(run.out).toContain('Le téléchargement a échoué.');
    expect(run.calls.at(-1)).toMatch(/^npx @puppeteer\/browsers install firefox@esr/);
  });

  it('a FIREFOX_PATH that points nowhere is said, and nothing is installed', () => {
    fake('apt-get');
    fake('npx');
    const run = ensure({ FIREFOX_PATH: join(tmp, 'nowhere', 'firefox') });
    expect(run.status).toBe(1);
    expect(run.err).toContain('ce fichier n’existe pas');
    expect(run.calls).toEqual([]);
    expect(existsSync(join(home, '.cache'))).toBe(false);
  });
});
