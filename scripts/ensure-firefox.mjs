// Run by `npm run test:firefox-e2e` before the Firefox smoke test: makes sure a Firefox exists to
// drive. FIREFOX_PATH, else the system's (scripts/firefox.mjs). When there is none: Debian's
// `firefox-esr` package when root with apt-get; otherwise, or when that fails, stops with a
// message saying how to get one. No download of its own: Puppeteer's Firefox download needs
// Mozilla's servers, which these machines cannot reach.
import { spawnSync } from 'node:child_process';
import { findFirefox } from './firefox.mjs';

/** @param {string} fr @param {string} en */
const say = (fr, en) => console.log(`${fr}\n${en}`);

/** @param {string} command @param {string[]} args */
function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
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
  if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'firefox-esr'])) firefox = findFirefox();
  if (!firefox) say('L’installation par apt-get a échoué.', 'Installing with apt-get failed.');
}
if (!firefox) fail();
say(`Firefox utilisé : ${firefox}`, `Using Firefox: ${firefox}`);
