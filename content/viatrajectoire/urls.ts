// Which ViaTrajectoire page an address is, in the github-url-detection style: one small pure
// detector per page kind, each with its example addresses beside it as `<detector>_`, which only the
// tests read and the build drops (tests/build/checks.ts): tests/unit/detectors.test.ts runs every
// detector on its own examples and on everyone else's.
// Sources: docs/viatrajectoire.md, « Hosts and addresses ». [C] confirmed, [I] guessed.

export type PageKind =
  | 'public-home'
  | 'login'
  | 'dashboard'
  | 'request'
  | 'account'
  | 'establishment'
  | 'other';

export const PAGE_KINDS: readonly PageKind[] = [
  'public-home',
  'login',
  'dashboard',
  'request',
  'account',
  'establishment',
  'other',
];

/** ViaTrajectoire's own host [C]: the only one the extension reads (the manifest's matches derive from it). */
export const HOST = 'trajectoire.sante-ra.fr';
const ORIGIN = `https://${HOST}`;

// The server ignores case and links use both `/Pages/` and `/pages/`: every path compares lower-cased.
const pathOf = (url: URL): string => url.pathname.toLowerCase();

// The Angular single-page app: `…/AccesRestreint/Angular/App.aspx/<Module>/<Area>/…` [C].
const ANGULAR_APP = /^\/trajectoire\/pages\/accesrestreint\/angular\/app\.aspx(?:\/|$)/;

// A request file or a dashboard is never anything else: guessed detectors must not claim them.
const isPatientArea = (route: string[]): boolean => route[1] === 'tdb' || route[1] === 'dossier';

/** A page of the Angular single-page app, whatever its route (it may render its chrome late). */
export const isInAngularApp = (url: URL): boolean => isViaTrajectoire(url) && ANGULAR_APP.test(pathOf(url));

/** The path segments after `App.aspx/`, lower-cased; [] outside the Angular app. */
function angularRoute(url: URL): string[] {
  const path = pathOf(url);
  const match = ANGULAR_APP.exec(path);
  if (!match) return [];
  return path
    .slice(match[0].length)
    .split('/')
    .filter((segment) => segment !== '');
}

const isGuessedRoute = (route: string[], segments: string[]): boolean =>
  !isPatientArea(route) && route.some((segment) => segments.includes(segment));

export const isViaTrajectoire = (url: URL): boolean => url.hostname === HOST;

export const isViaTrajectoire_ = [
  `${ORIGIN}/Trajectoire/`,
  `${ORIGIN}/Trajectoire/Pages/AccesLibre/Charte.aspx`,
  `http://${HOST}/Trajectoire/`,
  `https://TRAJECTOIRE.sante-ra.fr/Trajectoire/`,
];

export const notViaTrajectoire_ = [
  'https://www.viatrajectoire.fr/',
  'https://trajectoire.sante-ra.fr.example.org/Trajectoire/',
  'https://example.org/Trajectoire/Pages/AccesLibre/Login.aspx',
];

/** The logged-in area ("AccesRestreint"), as opposed to the public "AccesLibre" [C]. */
export const isLoggedInArea = (url: URL): boolean =>
  isViaTrajectoire(url) && pathOf(url).includes('/accesrestreint/');

/** Module chooser at the application's root [C]. */
export const isPublicHome = (url: URL): boolean =>
  isViaTrajectoire(url) &&
  ['/trajectoire', '/trajectoire/', '/trajectoire/default.aspx'].includes(pathOf(url));

export const isPublicHome_ = [
  `${ORIGIN}/Trajectoire/`, // [C]
  `${ORIGIN}/Trajectoire`, // [C] the same page without its trailing slash
  `${ORIGIN}/trajectoire/`,
  `${ORIGIN}/Trajectoire/Default.aspx`, // [I 2026-11] ASP.NET's default document for the same folder
];

/** Forms login, with or without `?ReturnUrl=` [C]. */
export const isLogin = (url: URL): boolean =>
  isViaTrajectoire(url) && pathOf(url) === '/trajectoire/pages/acceslibre/login.aspx';

export const isLogin_ = [
  `${ORIGIN}/Trajectoire/Pages/AccesLibre/Login.aspx`, // [C]
  `${ORIGIN}/Trajectoire/Pages/AccesLibre/Login.aspx?ReturnUrl=%2fTrajectoire%2fpages%2fAccesRestreint%2fAngular%2fApp.aspx%2fSanitaire%2fTDB%2fDemandeur`, // [C]
  `${ORIGIN}/Trajectoire/pages/AccesLibre/Login.aspx`, // [C] lower-case `pages` occurs in links
  `${ORIGIN}/trajectoire/pages/acceslibre/login.aspx`,
];

/** Tableau de bord (TDB) of any module: `App.aspx/<Module>/TDB/…` [C]. */
export const isDashboard = (url: URL): boolean => {
  const route = angularRoute(url);
  return isViaTrajectoire(url) && route.length >= 2 && route[1] === 'tdb';
};

export const isDashboard_ = [
  `${ORIGIN}/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Sanitaire/TDB/Demandeur`, // [C]
  `${ORIGIN}/Trajectoire/Pages/AccesRestreint/Angular/App.aspx/Sanitaire/TDB`,
  `${ORIGIN}/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Handicap/TDB/Demandeur`, // [I 2026-11] other modules, same shape
];

/** A request file (dossier) being created or edited: `App.aspx/<Module>/Dossier/…` [C]. */
export const isRequest = (url: URL): boolean => {
  const route = angularRoute(url);
  return isViaTrajectoire(url) && route.length >= 2 && route[1] === 'dossier';
};

export const isRequest_ = [
  `${ORIGIN}/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Sanitaire/Dossier/Edition/900001`, // [C] prefix; the tail is invented
  `${ORIGIN}/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Sanitaire/Dossier`,
  `${ORIGIN}/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Sanitaire/dossier/Creation?etape=2`,
  // A guessed account/establishment segment inside a request file must not claim it.
  `${ORIGIN}/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Sanitaire/Dossier/900001/Etablissement`,
];

// [I 2026-11] GUESS: no address is known for "Mon compte / Mes habilitations" (notes: "No address is known").
// These segments are plausible Angular routes; readPage's document hints ("Mes habilitations") are the fallback.
// TODO [2026-12-31]: replace with the real route once someone sees it in a logged-in session.
const ACCOUNT_SEGMENTS = ['moncompte', 'mon-compte', 'meshabilitations', 'mes-habilitations'];
// [I 2026-11] GUESS: the WebForms shell may still serve the account as an .aspx page.
const ACCOUNT_ASPX = /^\/trajectoire\/pages\/accesrestreint\/(?:[^/]+\/)*moncompte\.aspx$/;

/** "Mon compte", with its "Mes habilitations" section. Address GUESSED [I 2026-11]. */
export const isAccount = (url: URL): boolean =>
  isViaTrajectoire(url) &&
  (isGuessedRoute(angularRoute(url), ACCOUNT_SEGMENTS) || ACCOUNT_ASPX.test(pathOf(url)));

export const isAccount_ = [
  `${ORIGIN}/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Administration/MonCompte`, // [I 2026-11] guess
  `${ORIGIN}/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Administration/MonCompte/Habilitations`, // [I 2026-11] guess
  `${ORIGIN}/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Sanitaire/MesHabilitations`, // [I 2026-11] guess
  `${ORIGIN}/Trajectoire/Pages/AccesRestreint/MonCompte.aspx`, // [I 2026-11] guess, WebForms shell
];

// [I 2026-11] GUESS: no address is known for the fiche établissement admin. Singular segments only: the plural
// "Etablissements" is more likely the "GÉRER MES ÉTABLISSEMENTS" list, which lists no units.
// TODO [2026-12-31]: replace with the real route once someone sees it in a logged-in session.
const ESTABLISHMENT_SEGMENTS = ['etablissement', 'ficheetablissement', 'fiche-etablissement'];
const ESTABLISHMENT_ASPX = /^\/trajectoire\/pages\/accesrestreint\/(?:[^/]+\/)*ficheetablissement\.aspx$/;

/** An establishment's admin fiche, with its "Unités de soins". Address GUESSED [I 2026-11]. */
export const isEstablishment = (url: URL): boolean =>
  isViaTrajectoire(url) &&
  (isGuessedRoute(angularRoute(url), ESTABLISHMENT_SEGMENTS) || ESTABLISHMENT_ASPX.test(pathOf(url)));

export const isEstablishment_ = [
  `${ORIGIN}/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Administration/Etablissement/750000001`, // [I 2026-11] guess
  `${ORIGIN}/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Administration/Etablissement/750000001/Unites`, // [I 2026-11] guess
  `${ORIGIN}/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Administration/FicheEtablissement?id=12`, // [I 2026-11] guess
  `${ORIGIN}/Trajectoire/Pages/AccesRestreint/Administration/FicheEtablissement.aspx?Id=12`, // [I 2026-11] guess, WebForms shell
];

/** Addresses on the host that no detector claims: they must come out as 'other'. */
export const other_ = [
  `${ORIGIN}/Trajectoire/Pages/AccesLibre/Charte.aspx`, // [C]
  `${ORIGIN}/GrandAge/Pages/Public/AccesEtablissement.aspx?FINESS=750000001`, // [C] public page of one establishment
  `${ORIGIN}/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Annuaires/Recherche`, // [I 2026-11] the Annuaires menu
  `${ORIGIN}/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Administration/Etablissements`, // [I 2026-11] list, not a fiche
  `${ORIGIN}/Trajectoire/pages/AccesRestreint/Angular/App.aspx`,
  `${ORIGIN}/`,
];

/** A page kind's detector; the addresses it must claim are its `<detector>_` list above. */
export interface Detector {
  pageKind: Exclude<PageKind, 'other'>;
  detect: (url: URL) => boolean;
}

/** Detectors in the order pageKindFromUrl tries them; the first that matches wins. */
export const detectors: readonly Detector[] = [
  { pageKind: 'public-home', detect: isPublicHome },
  { pageKind: 'login', detect: isLogin },
  { pageKind: 'dashboard', detect: isDashboard },
  { pageKind: 'request', detect: isRequest },
  { pageKind: 'account', detect: isAccount },
  { pageKind: 'establishment', detect: isEstablishment },
];

/** Kinds whose address is confirmed [C]: the page's chrome does not overrule them. */
export const CONFIRMED_BY_ADDRESS: readonly PageKind[] = ['public-home', 'login', 'dashboard', 'request'];

/** The page kind the address alone gives; 'other' for any address no detector claims (on any host). */
export function pageKindFromUrl(url: URL): PageKind {
  return detectors.find(({ detect }) => detect(url))?.pageKind ?? 'other';
}
