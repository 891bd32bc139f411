// The words a recognition report may copy from a page's ids, classes, attribute values, custom
// element names and link paths (./tokens cuts them into words; any word not listed here becomes a
// placeholder). A closed set the extension ships: the reader's own selector vocabulary, the words of
// UI kits, and the app's known terms. Compared without case or accents ("Unite" is "unité").
// A word here is shown wherever it appears: never add a word because a page used it, only because
// it names a piece of interface (a page may well put a patient's name in an id).

import { HABILITATIONS } from '../guide/ids';
import { CUT_ATTRIBUTE } from '../lib/report-markers.mjs';
import { BANNER_VOCABULARY } from '../viatrajectoire/banner';
import { labelLists, selectorLists } from '../viatrajectoire/selectors';
import { TAB_VOCABULARY } from '../viatrajectoire/tabs';

// The marks Latin letters decompose into (NFD): the dictionary's words are plain ASCII, so no other
// mark can make a word match (and `\p{M}` costs a class build, content/viatrajectoire/normalize.ts).
const LATIN_COMBINING_MARKS = /[\u0300-\u036f]/gu;

/** Lower case, accents removed: how a word is looked up. */
export const wordKey = (word: string): string =>
  word.normalize('NFD').replace(LATIN_COMBINING_MARKS, '').toLowerCase();

/** The words of a selector, a class name or a label: letter runs, split at camelCase, digits dropped. */
export const wordsOf = (text: string): string[] =>
  (
    text
      .normalize('NFD')
      .replace(LATIN_COMBINING_MARKS, '')
      .match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+/gu) ?? []
  ).map(wordKey);

// The reader's own words, derived so they cannot drift from what it selects on: tag names, classes,
// attribute names and values of every selector list (content/viatrajectoire/selectors.ts
// selectorLists, and each recogniser's own: BANNER_VOCABULARY, TAB_VOCABULARY with the kits'
// selected-tab classes; e.g. `[id$="lblEtablissement" i]` gives lbl, etablissement), and the words of
// the known labels (labelLists, the habilitations).
// A page made from a report (scripts/fixture.mjs) then still matches every selector.
const selectorWords = (): string[] =>
  [
    ...Object.values(selectorLists).flat(),
    ...BANNER_VOCABULARY,
    ...TAB_VOCABULARY,
    ...Object.values(labelLists).flat(),
    ...HABILITATIONS,
  ].flatMap(wordsOf);

// Common UI-framework words: Bootstrap 3-5, ng-bootstrap (ngb), Angular (ng), Angular Material and
// its MDC base (mat, mdc, cdk), PrimeNG (p-*, ui-*), Font Awesome (fa) and glyphicons, as their
// class names, directives and generated ids are written (nav-link, mat-mdc-tab-body-active,
// p-tabview-nav, cdk-overlay-pane, ngb-nav-0-panel).
// biome-ignore format: a list of words, read as a paragraph
const UI_FRAMEWORK_WORDS = [
  // directives as the HTML parser writes them, lower case (ngbNav is ngbnav)
  'ngbnav', 'ngbnavitem', 'ngbnavlink', 'ngbnavcontent', 'ngbnavoutlet', 'routerlinkactive',
  'mattooltip', 'matripple', 'matsort', 'matinput', 'formcontrolname', 'ngmodel', 'tabindex',
  // kits and their prefixes
  'ng', 'ngb', 'mat', 'mdc', 'cdk', 'p', 'ui', 'bs', 'fa', 'fas', 'far', 'fab', 'glyphicon', 'material',
  'icons', 'primeng', 'bootstrap', 'angular', 'host', 'content', 'reflect', 'star', 'inserted', 'x',
  // layout
  'container', 'fluid', 'row', 'col', 'xs', 'sm', 'md', 'lg', 'xl', 'xxl', 'auto', 'offset', 'order',
  'd', 'flex', 'block', 'inline', 'none', 'grid', 'g', 'gap', 'justify', 'align', 'items', 'self',
  'start', 'end', 'center', 'between', 'around', 'wrap', 'nowrap', 'column', 'fill', 'grow', 'shrink',
  'float', 'left', 'right', 'top', 'bottom', 'pull', 'push', 'clearfix', 'w', 'h', 'mw', 'mh', 'vw',
  'vh', 'm', 'mt', 'mb', 'ms', 'me', 'mx', 'my', 'pt', 'pb', 'ps', 'pe', 'px', 'py', 'position',
  'relative', 'absolute', 'fixed', 'sticky', 'overflow', 'hidden', 'visible', 'invisible', 'sr',
  'only', 'focusable', 'visually', 'text', 'truncate', 'muted', 'primary', 'secondary', 'success',
  'danger', 'warning', 'info', 'light', 'dark', 'white', 'black', 'bg', 'border', 'rounded', 'shadow',
  'small', 'lead', 'fw', 'bold', 'normal', 'italic', 'uppercase', 'lowercase', 'capitalize', 'wide',
  'full', 'width', 'height', 'size', 'layout', 'wrapper', 'inner', 'outer', 'main', 'side', 'sidebar',
  'sidenav', 'drawer', 'toolbar', 'spacer', 'divider', 'section', 'page', 'root', 'shell', 'frame',
  'region', 'zone', 'area', 'box', 'block', 'well', 'jumbotron', 'hero', 'sticky', 'scroll',
  // navigation and tabs
  'nav', 'navbar', 'navigation', 'brand', 'expand', 'collapse', 'collapsed', 'collapsing', 'toggle',
  'toggler', 'tab', 'tabs', 'tabset', 'tabview', 'tabpanel', 'tabpanels', 'tablist', 'pane', 'panel',
  'panels', 'pills', 'pill', 'link', 'links', 'item', 'items', 'menu', 'menuitem', 'submenu',
  'menubar', 'dropdown', 'dropup', 'dropstart', 'dropend', 'breadcrumb', 'breadcrumbs', 'pagination',
  'pager', 'paginator', 'step', 'steps', 'stepper', 'wizard', 'accordion', 'outlet', 'router',
  'routerlink', 'ink', 'bar', 'ripple', 'indicator', 'focus', 'label', 'labels', 'group', 'body',
  'bodies', 'wrapper', 'header', 'headers', 'footer', 'title', 'subtitle', 'caption', 'heading',
  'active', 'inactive', 'selected', 'disabled', 'enabled', 'highlight', 'current', 'open', 'opened',
  'closed', 'show', 'shown', 'hide', 'fade', 'in', 'out', 'on', 'off', 'is', 'has', 'state',
  'checked', 'expanded', 'pressed', 'focused', 'hover', 'first', 'last', 'odd', 'even', 'prev', 'next',
  'previous', 'back', 'forward', 'home', 'up', 'down', 'more', 'less', 'all', 'default', 'custom',
  'unstyled', 'horizontal', 'vertical', 'stretched', 'justified', 'underline', 'view', 'views',
  'container', 'content', 'contents', 'list', 'lists', 'listitem',
  // tables and lists
  'table', 'tables', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'cell', 'cells', 'gridcell',
  'columnheader', 'rowheader', 'rowgroup', 'rows', 'cols', 'columns', 'striped', 'bordered',
  'condensed', 'responsive', 'sort', 'sortable', 'sorted', 'asc', 'desc', 'filter', 'filters',
  'empty', 'message', 'placeholder', 'index', 'data', 'datatable', 'dt', 'dd', 'dl', 'ul', 'ol',
  'li', 'chip', 'chips', 'tag', 'tags', 'tree', 'node', 'nodes', 'paginator', 'count', 'total',
  // forms and controls
  'form', 'forms', 'control', 'controls', 'field', 'fields', 'fieldset', 'legend', 'input', 'inputs',
  'select', 'option', 'options', 'textarea', 'check', 'checkbox', 'radio', 'switch', 'button',
  'buttons', 'btn', 'close', 'submit', 'reset', 'cancel', 'ok', 'valid', 'invalid', 'required',
  'error', 'errors', 'feedback', 'hint', 'help', 'block', 'addon', 'prefix', 'suffix', 'outline',
  'outlined', 'flat', 'raised', 'stroked', 'icon', 'icons', 'image', 'img', 'avatar', 'logo',
  'search', 'autocomplete', 'combobox', 'datepicker', 'calendar', 'date', 'time', 'value', 'user',
  'name', 'username', 'password', 'email', 'mail', 'tel', 'number', 'url', 'hidden', 'file', 'upload',
  'download', 'print', 'edit', 'delete', 'add', 'remove', 'save', 'refresh', 'reload', 'caret',
  'chevron', 'arrow', 'angle', 'plus', 'minus', 'times', 'cog', 'gear', 'bell', 'envelope', 'sign',
  'exit', 'power', 'question', 'circle', 'square', 'exclamation', 'triangle', 'lock', 'unlock',
  'spinner', 'progress', 'loading', 'loader', 'spin', 'pulse',
  // overlays and feedback
  'modal', 'dialog', 'backdrop', 'overlay', 'popover', 'popup', 'tooltip', 'toast', 'snack',
  'snackbar', 'alert', 'alerts', 'badge', 'badges', 'card', 'cards', 'deck', 'media', 'object',
  'jumbotron', 'notification', 'notifications', 'banner', 'status', 'sidebar', 'sheet',
  // generic app words in English
  'app', 'application', 'component', 'wrapper', 'widget', 'module', 'user', 'account', 'profile',
  'logout', 'login', 'logon', 'signin', 'signout', 'session', 'settings', 'admin', 'dashboard',
  'request', 'requests', 'detail', 'details', 'summary', 'info', 'infos', 'general', 'main', 'skip',
  'to', 'of', 'and', 'for', 'with', 'id', 'ids', 'key', 'ref', 'src', 'href', 'aria', 'role', 'type',
  'for', 'labelledby', 'describedby', 'controls', 'owns', 'live', 'polite', 'assertive', 'true',
  'false', 'mixed', 'page', 'pages', 'return', 'back', 'template', 'container', 'style', 'display',
  // WebForms control prefixes and generated names (ctl00_ContentPlaceHolder1_gvHabilitations)
  'ctl', 'lbl', 'lnk', 'lb', 'hl', 'txt', 'tb', 'ddl', 'cbl', 'cb', 'chk', 'rb', 'rbl', 'gv', 'dg',
  'dv', 'fv', 'lv', 'rpt', 'pnl', 'ph', 'hf', 'hdn', 'lit', 'img', 'ibtn', 'upd', 'up', 'val', 'rfv',
  'rev', 'cv', 'uc', 'ucl', 'master', 'place', 'holder', 'placeholder', 'aspnet', 'view', 'viewstate',
  'event', 'target', 'argument', 'validation', 'do', 'post', 'postback', 'javascript', 'void',
  'entete', 'pied', 'corps',
];

// WAI-ARIA 1.2 roles, and the values of `type` on inputs and buttons: kept as they are.
// biome-ignore format: a list of words, read as a paragraph
const ARIA_ROLES_AND_TYPES = [
  'alert', 'alertdialog', 'application', 'article', 'banner', 'blockquote', 'button', 'caption',
  'cell', 'checkbox', 'code', 'columnheader', 'combobox', 'complementary', 'contentinfo',
  'definition', 'deletion', 'dialog', 'directory', 'document', 'emphasis', 'feed', 'figure', 'form',
  'generic', 'grid', 'gridcell', 'group', 'heading', 'img', 'insertion', 'link', 'list', 'listbox',
  'listitem', 'log', 'main', 'marquee', 'math', 'menu', 'menubar', 'menuitem', 'menuitemcheckbox',
  'menuitemradio', 'meter', 'navigation', 'none', 'note', 'option', 'paragraph', 'presentation',
  'progressbar', 'radio', 'radiogroup', 'region', 'row', 'rowgroup', 'rowheader', 'scrollbar',
  'search', 'searchbox', 'separator', 'slider', 'spinbutton', 'status', 'strong', 'subscript',
  'superscript', 'switch', 'tab', 'table', 'tablist', 'tabpanel', 'term', 'textbox', 'time', 'timer',
  'toolbar', 'tooltip', 'tree', 'treegrid', 'treeitem', 'doc',
  // ARIA attributes' names (aria-rowindextext is one lower-case word: no camelCase to cut it)
  'activedescendant', 'atomic', 'busy', 'colcount', 'colindex', 'colindextext', 'colspan',
  'current', 'describedby', 'description', 'details', 'errormessage', 'flowto', 'haspopup',
  'keyshortcuts', 'level', 'modal', 'multiline', 'multiselectable', 'orientation', 'posinset',
  'readonly', 'relevant', 'roledescription', 'rowcount', 'rowindex', 'rowindextext', 'rowspan',
  'setsize', 'valuemax', 'valuemin', 'valuenow', 'valuetext', 'braillelabel',
  'text', 'password', 'submit', 'reset', 'hidden', 'email', 'tel', 'number', 'date', 'datetime',
  'local', 'month', 'week', 'range', 'color', 'file', 'image', 'url',
];

// The app's known terms, in French as ViaTrajectoire writes its addresses, components and WebForms
// controls (content/viatrajectoire/urls.ts: /Trajectoire/Pages/AccesRestreint/Angular/App.aspx/
// Sanitaire/TDB/Demandeur, AccesLibre/Login.aspx, Charte.aspx, MonCompte, FicheEtablissement; the
// request file's components volet-administratif, etat-civil, service-demandeur), and the words of
// the guide (content/guide): a structure, its units, habilitations, the dashboard (TDB).
// biome-ignore format: a list of words, read as a paragraph
const APP_WORDS = [
  'trajectoire', 'via', 'viatrajectoire', 'sesan', 'pages', 'page', 'acces', 'restreint', 'libre',
  // the same addresses written in lower case, where camelCase no longer cuts them
  'acceslibre', 'accesrestreint', 'meshabilitations', 'grandage', 'tableaudebord',
  'angular', 'app', 'aspx', 'default', 'login', 'logout', 'charte', 'compte', 'mon', 'ma', 'mes',
  'moncompte', 'fiche', 'ficheetablissement', 'etablissement', 'etablissements', 'structure',
  'structures', 'unite', 'unites', 'soins', 'soin', 'service', 'services', 'habilitation',
  'habilitations', 'profil', 'profils', 'dossier', 'dossiers', 'demande', 'demandes', 'demandeur',
  'demandeurs', 'receveur', 'receveurs', 'tdb', 'tableau', 'bord', 'sanitaire', 'medico', 'social',
  'handicap', 'grand', 'age', 'public', 'prive', 'annuaire', 'annuaires', 'recherche', 'administration',
  'admin', 'edition', 'creation', 'consultation', 'etape', 'volet', 'volets', 'administratif', 'medical',
  'bandeau', 'entete', 'menu', 'accueil', 'connexion', 'deconnexion', 'deconnecter', 'quitter',
  'utilisateur', 'identifiant', 'mot', 'passe', 'nom', 'prenom', 'libelle', 'valeur', 'etat', 'civil',
  'champs', 'obligatoires', 'obligatoire', 'ctl', 'lbl', 'lnk', 'finess', 'id', 'return', 'url',
  'informations', 'generales', 'aide', 'contact', 'mail', 'mails', 'reception', 'patient', 'patients',
  'orientation', 'orientations', 'observatoire', 'equipe', 'soignante', 'prescripteur', 'gestionnaire',
  'statistiques', 'parametres', 'liste', 'onglet', 'onglets', 'panneau', 'tableau', 'ligne', 'lignes',
  'colonne', 'colonnes', 'cellule', 'bouton', 'lien', 'titre', 'haut', 'bas', 'gauche', 'droite',
  'dernier', 'derniers', 'consulte', 'alerte', 'alertes', 'aucun', 'aucune',
];

// Built at the first look-up: only a report (made at the user's click) needs it, not each page load.
let dictionary: ReadonlySet<string> | undefined;

/** A word of the shipped dictionary, whatever its case and accents. */
export function isKnownWord(word: string): boolean {
  dictionary ??= new Set(
    [
      ...selectorWords(),
      ...UI_FRAMEWORK_WORDS,
      ...ARIA_ROLES_AND_TYPES,
      ...APP_WORDS,
      // The report's own marker (data-vt="coupé"): a page made from a report keeps it.
      ...wordsOf(CUT_ATTRIBUTE),
    ].map(wordKey),
  );
  return dictionary.has(wordKey(word));
}
