// Run by `npm run test:firefox-e2e` before the Firefox smoke test: makes sure a Firefox exists to
// drive (FIREFOX_PATH, else one found by scripts/firefox.mjs). When there is none: Debian's
// `firefox-esr` package when root with apt-get, else Puppeteer's Firefox download (@puppeteer/browsers,
// which puppeteer-core brings; it needs Mozilla's servers); when neither works, stops with a
// message saying how to get one. tests/build/ensure-firefox.test.ts drives each way.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOWNLOADED_PATH_FILE, findFirefox, firefoxDownloadDir } from './firefox.mjs';

/** @param {string} fr @param {string} en */
const say = (fr, en) => console.log(`${fr}\n${en}`);

/** @param {string} command @param {string[]} args @param {boolean} [capture] */
function run(command, args, capture = false) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  return { ok: result.status === 0, stdout: result.stdout ?? '' };
}

function hasAptGet() {
  return spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

function fail() {
  console.error(
    [
      'Aucun Firefox disponible pour le test de bout en bout dans Firefox.',
      '  Installez Firefox ESR (Debian/Ubuntu : « sudo apt-get install firefox-esr »), ou',
      '  indiquez le chemin d’un Firefox existant (140 ou plus) : FIREFOX_PATH=/chemin/vers/firefox npm test',
      'No Firefox available for the end-to-end test in Firefox.',
      '  Install Firefox ESR (Debian/Ubuntu: "sudo apt-get install firefox-esr"), or',
      '  point to an existing Firefox (140 or newer): FIREFOX_PATH=/path/to/firefox npm test',
    ].join('\n'),
  );
  process.exit(1);
}

/** Puppeteer's Firefox ESR, downloaded under the user's cache; its path recorded for findFirefox. */
function download() {
  const dir = firefoxDownloadDir();
  mkdirSync(dir, { recursive: true });
  // The CLI prints "<browser>@<buildId> <executable path>".
  const installed = run('npx', ['@puppeteer/browsers', 'install', 'firefox@esr', '--path', dir], true);
  const executable = installed.ok
    ? installed.stdout.trim().split('\n').at(-1)?.split(' ').slice(1).join(' ')
    : '';
  if (!executable) return undefined;
  writeFileSync(join(dir, DOWNLOADED_PATH_FILE), `${executable}\n`);
  return findFirefox();
}

const fromEnv = process.env.FIREFOX_PATH;
if (fromEnv && !findFirefox()) {
  // An explicit choice that points nowhere: say so rather than install something else.
  console.error(
    `FIREFOX_PATH=${fromEnv} : ce fichier n’existe pas. Corrigez FIREFOX_PATH ou retirez-le.\n` +
      `FIREFOX_PATH=${fromEnv}: no such file. Fix FIREFOX_PATH or unset it.`,
  );
  process.exit(1);
}

let firefox = findFirefox();
if (!firefox && process.getuid?.() === 0 && hasAptGet()) {
  say(
    'Aucun Firefox trouvé : installation du paquet Debian « firefox-esr » (apt-get update && apt-get install -y firefox-esr)…',
    'No Firefox found: installing the Debian package "firefox-esr" (apt-get update && apt-get install -y firefox-esr)…',
  );
  process.env.DEBIAN_FRONTEND ??= 'noninteractive';
  if (run('apt-get', ['update']).ok && run('apt-get', ['install', '-y', 'firefox-esr']).ok)
    firefox = findFirefox();
  if (!firefox) say('L’installation par apt-get a échoué.', 'Installing with apt-get failed.');
}
if (!firefox) {
  say(
    'Aucun Firefox trouvé : téléchargement du Firefox ESR de Puppeteer (npx @puppeteer/browsers install firefox@esr)…',
    'No Firefox found: downloading Puppeteer’s Firefox ESR (npx @puppeteer/browsers install firefox@esr)…',
  );
  firefox = download();
  if (!firefox) say('Le téléchargement a échoué.', 'The download failed.');
}
if (!firefox) fail();
say(`Firefox utilisé : ${firefox}`, `Using Firefox: ${firefox}`);
