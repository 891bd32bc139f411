// Run by `npm run test:e2e` before Playwright: makes sure a Chromium exists to drive.
// CHROMIUM_PATH, else the system's, else Playwright's own (scripts/chromium.mjs). When there is
// none: Debian's `chromium` package when root with apt-get, else Playwright's download; when
// neither works, stops with a message saying how to get one.
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

/** @param {string} fr @param {string} en */
const say = (fr, en) => console.log(`${fr}\n${en}`);

/** @param {string} command @param {string[]} args */
function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status === 0;
}

function hasAptGet() {
  return spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

function fail() {
  console.error(
    [
      'Aucun Chromium disponible pour les tests de bout en bout.',
      '  Installez Chromium (Debian/Ubuntu : « sudo apt-get install chromium »), ou',
      '  « npx playwright install chromium » (téléchargement), ou',
      '  indiquez le chemin d’un Chromium ou Chrome existant : CHROMIUM_PATH=/chemin/vers/chromium npm test',
      'No Chromium available for the end-to-end tests.',
      '  Install Chromium (Debian/Ubuntu: "sudo apt-get install chromium"), or',
      '  "npx playwright install chromium" (download), or',
      '  point to an existing Chromium or Chrome: CHROMIUM_PATH=/path/to/chromium npm test',
    ].join('\n'),
  );
  process.exit(1);
}

const fromEnv = process.env.CHROMIUM_PATH;
if (fromEnv && !findChromium()) {
  // An explicit choice that points nowhere: say so rather than install something else.
  console.error(
    `CHROMIUM_PATH=${fromEnv} : ce fichier n’existe pas. Corrigez CHROMIUM_PATH ou retirez-le.\n` +
      `CHROMIUM_PATH=${fromEnv}: no such file. Fix CHROMIUM_PATH or unset it.`,
  );
  process.exit(1);
}

let chromium = findChromium();
if (!chromium && process.getuid?.() === 0 && hasAptGet()) {
  say(
    'Aucun Chromium trouvé : installation du paquet Debian « chromium » (apt-get update && apt-get install -y chromium)…',
    'No Chromium found: installing the Debian package "chromium" (apt-get update && apt-get install -y chromium)…',
  );
  process.env.DEBIAN_FRONTEND ??= 'noninteractive';
  if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium'])) chromium = findChromium();
  if (!chromium) say('L’installation par apt-get a échoué.', 'Installing with apt-get failed.');
}
if (!chromium) {
  say(
    'Aucun Chromium trouvé : téléchargement du Chromium de Playwright (npx playwright install chromium)…',
    'No Chromium found: downloading Playwright’s Chromium (npx playwright install chromium)…',
  );
  if (run('npx', ['playwright', 'install', 'chromium'])) chromium = findChromium();
}
if (!chromium) fail();
say(`Chromium utilisé : ${chromium}`, `Using Chromium: ${chromium}`);
