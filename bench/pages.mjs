// Bench-only pages, generated (nothing large is committed), served at ViaTrajectoire addresses by
// bench/run.mjs through Playwright routing, like the fixture pages. All data is invented.
import { VIATRAJECTOIRE_ORIGIN } from '../tests/support/fixtures.mjs';

const ANGULAR = `${VIATRAJECTOIRE_ORIGIN}/Trajectoire/pages/AccesRestreint/Angular/App.aspx`;

/** The large dashboard: a dashboard address (confirmed kind, the reader reads the chrome only). */
export const LARGE_DASHBOARD_URL = `${ANGULAR}/Sanitaire/TDB/Demandeur?bench=10000-lignes`;
/** The same 10,000-row document, read as if at an account address (the reader then looks at tables). */
export const LARGE_AS_ACCOUNT_URL = `${ANGULAR}/Administration/MonCompte?bench=10000-lignes`;
/** DOM churn at an account address: "Mes habilitations" never renders, so the context stays pending
 * and the extension keeps re-reading the page after its changes (backing off to one read every 2 s). */
export const CHURN_ACCOUNT_URL = `${ANGULAR}/Administration/MonCompte?bench=churn`;
/** DOM churn at a dashboard address: the extension reads once and observes nothing. */
export const CHURN_DASHBOARD_URL = `${ANGULAR}/Sanitaire/TDB/Demandeur?bench=churn`;

/** The logged-in chrome of the fixture dashboard (tests/fixtures/pages/dashboard.html). */
const CHROME = `<header id="entete">
        <a href="/Trajectoire/">ViaTrajectoire</a>
        <nav aria-label="Menu principal">
          <ul>
            <li>
              <a href="${ANGULAR}/Administration/Etablissements">ADMINISTRATION</a>
              <ul>
                <li><a href="${ANGULAR}/Administration/Etablissements">Gérer mes établissements</a></li>
                <li><a href="${ANGULAR}/Administration/MonCompte">Mon compte</a></li>
              </ul>
            </li>
            <li><a href="${ANGULAR}/Annuaires/Recherche">Annuaires</a></li>
            <li><a href="${ANGULAR}/Observatoire">Observatoire</a></li>
          </ul>
        </nav>
        <dl>
          <dt>Établissement :</dt>
          <dd>Centre Hospitalier Fictif de Banc-d'Essai</dd>
          <dt>Unité :</dt>
          <dd>Équipe mobile précarité</dd>
        </dl>
        <div>
          <button type="button" aria-haspopup="menu">Camille EXEMPLE-PRO</button>
          <ul role="menu">
            <li role="none"><a role="menuitem" href="${ANGULAR}/Administration/MonCompte">Mon compte</a></li>
            <li role="none"><a role="menuitem" href="/Trajectoire/Pages/AccesLibre/Logout.aspx">Déconnexion</a></li>
          </ul>
        </div>
      </header>`;

const pad = (n, width) => String(n).padStart(width, '0');

/** One invented dashboard row (the same shape as the fixture dashboard's rows). */
function row(i) {
  const day = pad((i % 28) + 1, 2);
  const month = pad((i % 12) + 1, 2);
  return `<tr><td><a href="${ANGULAR}/Sanitaire/Dossier/Edition/${900000 + i}">FICTIF-${pad(i, 5)} Banc</a></td><td>${day}/${month}/19${pad(40 + (i % 60), 2)}</td><td>1 ${pad(i % 100, 2)} 01 75 999 ${pad(i % 1000, 3)} 00</td><td>${i} rue des Exemples, 75999 Paris</td><td>ACT Imaginaire n° ${i % 40}</td></tr>`;
}

/** A requester dashboard with `rows` request rows (10,000 by default). */
export function largeDashboard(rows = 10_000) {
  const body = Array.from({ length: rows }, (_, i) => row(i + 1)).join('\n');
  return `<!doctype html>
<html lang="fr">
  <head><meta charset="utf-8" /><title>ViaTrajectoire - Tableau de bord (banc d'essai, ${rows} lignes)</title></head>
  <body>
    <app-root>
      ${CHROME}
      <main>
        <h1>Tableau de bord demandeur</h1>
        <h2>Mes demandes en cours</h2>
        <table>
          <thead><tr><th>Nom</th><th>Date de naissance</th><th>N° de sécurité sociale</th><th>Adresse actuelle</th><th>Établissement</th></tr></thead>
          <tbody>
${body}
          </tbody>
        </table>
      </main>
    </app-root>
  </body>
</html>
`;
}

/** Churn parameters: every tick replaces `rowsPerTick` rows (11 nodes each) and rewrites a status
 * text, every `tickMs`, for `durationMs` unless `window.__churn(ms)` says how long. */
export const CHURN = { tableRows: 200, rowsPerTick: 20, tickMs: 20, durationMs: 3_000 };

/**
 * A page that mutates thousands of nodes a second once `window.__churn()` is called: every tick
 * (setTimeout, CHURN.tickMs) removes the CHURN.rowsPerTick oldest rows of a table and appends as
 * many new ones, and rewrites a status text, for CHURN.durationMs (or the ms it is given). Every
 * tick is the same work, so costs compare per tick. Resolves with { ticks, startedAt, elapsedMs,
 * nodesPerSecond } (startedAt on the page's performance.now() clock).
 * @param {'account' | 'dashboard'} kind
 */
export function churnPage(kind) {
  const heading = kind === 'account' ? 'Mon compte' : 'Tableau de bord demandeur';
  const { tableRows, rowsPerTick, tickMs, durationMs: defaultMs } = CHURN;
  return `<!doctype html>
<html lang="fr">
  <head><meta charset="utf-8" /><title>ViaTrajectoire - ${heading} (banc d'essai, DOM en mouvement)</title></head>
  <body>
    <app-root>
      ${CHROME}
      <main>
        <h1>${heading}</h1>
        <section>
          <h2>Mes informations</h2>
          <p id="etat" role="status">Chargement…</p>
        </section>
        <table>
          <thead><tr><th>Nom</th><th>Date de naissance</th><th>N° de sécurité sociale</th><th>Adresse actuelle</th><th>Établissement</th></tr></thead>
          <tbody id="lignes"></tbody>
        </table>
      </main>
    </app-root>
    <script>
      (() => {
        const tbody = document.getElementById('lignes');
        const status = document.getElementById('etat');
        let next = 1;
        const makeRow = () => {
          const i = next++;
          const tr = document.createElement('tr');
          for (const text of ['FICTIF-' + i + ' Banc', '01/01/1970', '1 70 01 75 999 000 00', i + ' rue des Exemples', 'ACT Imaginaire']) {
            const td = document.createElement('td');
            td.textContent = text;
            tr.append(td);
          }
          return tr;
        };
        for (let i = 0; i < ${tableRows}; i++) tbody.append(makeRow());
        window.__churn = (durationMs = ${defaultMs}) =>
          new Promise((resolve) => {
            const start = performance.now();
            let done = 0;
            const tick = () => {
              for (let i = 0; i < ${rowsPerTick}; i++) {
                tbody.firstElementChild.remove();
                tbody.append(makeRow());
              }
              status.textContent = 'Mise à jour ' + done;
              done++;
              if (performance.now() - start < durationMs) {
                setTimeout(tick, ${tickMs});
              } else {
                const elapsedMs = performance.now() - start;
                // Each replaced row: 1 tr + 5 td + 5 text nodes, removed and added.
                const nodes = done * ${rowsPerTick} * 11 * 2;
                resolve({ ticks: done, startedAt: start, elapsedMs, nodesPerSecond: Math.round((nodes / elapsedMs) * 1000) });
              }
            };
            setTimeout(tick, 0);
          });
      })();
    </script>
  </body>
</html>
`;
}

/** Bench-only pages by address (checked before the fixture pages). */
export const BENCH_PAGES = new Map([
  [LARGE_DASHBOARD_URL, () => largeDashboard()],
  [LARGE_AS_ACCOUNT_URL, () => largeDashboard()],
  [CHURN_ACCOUNT_URL, () => churnPage('account')],
  [CHURN_DASHBOARD_URL, () => churnPage('dashboard')],
]);
