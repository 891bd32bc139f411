// Run by `npm run test:firefox-e2e` before the Firefox smoke test: makes sure a Firefox exists to
// drive (FIREFOX_PATH, else the system's: scripts/firefox.mjs), or stops with a message saying how
// to get one. It installs nothing itself: `.ci/run` installs Debian's firefox-esr, and
// Puppeteer's own Firefox download needs Mozilla's servers, out of reach of these machines.
import { findFirefox } from './firefox.mjs';

const fromEnv = process.env.FIREFOX_PATH;
if (fromEnv && !findFirefox()) {
  // An explicit choice that points nowhere: say so rather than use another Firefox.
  console.error(
    `FIREFOX_PATH=${fromEnv} : ce fichier n’existe pas. Corrigez FIREFOX_PATH ou retirez-le.\n` +
      `FIREFOX_PATH=${fromEnv}: no such file. Fix FIREFOX_PATH or unset it.`,
  );
  process.exit(1);
}

const firefox = findFirefox();
if (!firefox) {
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
console.log(`Firefox utilisé : ${firefox}\nUsing Firefox: ${firefox}`);
