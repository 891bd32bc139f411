// The sentences of the extension's own interface shared by the panel and the popup, and the
// panel's (the popup's own are in popup.ts, kept out of the content script's bundle;
// the guide's texts are in guide.ts).

// Plain literals, typeset as written (see guide.ts): no work at load, and a bundle that does not
// use them drops them (the content script is on a budget).
import { APP_LABELS, HABILITATIONS_PATH } from '../../lib/app-labels';
export const labels = {
  didYouKnow: 'Le saviez-vous ?',
  copyAddress: 'Copier l’adresse',
  addressCopied: 'Adresse copiée',
  copyFailed: 'Copie impossible : sélectionnez l’adresse et copiez-la à la main.',
  opensInNewTab: 's’ouvre dans un nouvel onglet',
  /** A resource's topic before its link: « Tutoriels : », a question left as it is. */
  topicLead: (topic: string) => (/[?!:]$/.test(topic) ? topic : `${topic}\u00a0:`),
  panelName: 'Guide ACT ViaTrajectoire',
  panelOpen: 'Guide ACT',
  panelOpenLabel: 'Ouvrir le guide ACT (Alt+Maj+V)',
  /** The collapse control's visible word; its accessible name (panelCollapse) starts with it. */
  panelCollapseShort: 'Réduire',
  panelCollapse: 'Réduire le guide',
  panelCollapseShortcut: 'Échap ou Alt+Maj+V',
  // The minimal panel shown when the guide itself cannot be rendered (components/PanelFallback.tsx).
  panelUnavailable: 'Le guide n’a pas pu s’afficher sur cette page. Pour toute question, écrivez à SESAN.',
  unknownSituation: 'Quelle est votre situation ? Choisissez-la ci-dessous : la marche à suivre s’affichera.',
  // The one way to another situation, under the first screen's steps (the situation chooser).
  notMySituation: 'Ce n’est pas votre cas ?',
  // A situation the guide does not list as such (no-habilitation): the extension deduces it from
  // the guide's prerequisites, and says so wherever situations are listed (panel and popup).
  impliedSituation: 'Cas déduit des prérequis du guide',
  chooseSituation: 'Choisir ma situation',
  undoChoice: 'Revenir à la situation déduite de la page',
  // What the panel says of the banner, in its own words: the page's names are never shown (the
  // reader never lets them out), only where the user can see them.
  contextShown: {
    both: 'Votre structure et votre unité actuelles sont affichées en haut de la page.',
    structure: 'Votre structure actuelle est affichée en haut de la page.',
    unit: 'Votre unité actuelle est affichée en haut de la page.',
  },
  // The title is a guide text, already typeset: the no-break space is written here, so the
  // content script ships no typography code at all.
  situationAnnounce: (title: string) => `Guide ACT : ${title}`,
  /**
   * The status line at the top of the open panel: how the situation was decided (content/match.ts,
   * decisionOf), in closed words. « Situation déduite de la page » only when this page decided.
   */
  status: {
    chosen: 'Situation choisie par vous.',
    thisPage: 'Situation déduite de la page.',
    // « d'après votre page Mon compte, vue aujourd'hui à 14 h 05 »: `when` is « aujourd'hui à… »
    // or « le 2 décembre à… » (atTime, onDay below).
    earlierAccount: (when: string) => `D’après votre page ${APP_LABELS.myAccount}, vue ${when}.`,
    earlierAccountOrEstablishment: (when: string) =>
      `D’après votre page ${APP_LABELS.myAccount} ou la fiche de votre établissement, vue ${when}.`,
    today: (time: string) => `aujourd’hui ${time}`,
    // Ask rather than suppose (the extension's addition: the guide does not say how to check).
    notSeen:
      'Votre compte peut-il créer des demandes ? Pour le savoir, cliquez sur votre nom en haut à droite.',
    notSeenSource: `les tutoriels ViaTrajectoire (menu « ${HABILITATIONS_PATH} »)`,
    // Logged out on the login page or the public home: ask, the guide adapts once logged in.
    loggedOutEntry: 'Déjà un compte ? Connectez-vous : le guide s’adaptera.',
  },
  // Before the no-account guidance on the login page and the public home, in place of the guide's lead.
  noAccountYet: 'Pas encore de compte ?',
  // On a request file whose situation is not « créer et envoyer une demande »; followed by the link.
  requestHint: 'Questions sur la création et l’envoi d’une demande :',
  /**
   * The two words the guide uses without explaining them, explained where each first appears
   * (components/SituationGuidance.tsx). The extension's words, marked as such with their source.
   */
  termSeparator: '\u00a0: ',
  terms: {
    referents: {
      word: 'Référents',
      definition: 'les personnes de votre établissement qui créent les comptes.',
      source:
        'déduit du guide : « Je contacte les référents ViaTrajectoire de ma structure pour obtenir un compte »',
    },
    habilitation: {
      word: 'Habilitation',
      definition: 'un droit donné par vos référents.',
      source: `tutoriels publics de ViaTrajectoire (${HABILITATIONS_PATH})`,
    },
  },
  // Where the user must reach their référents: how to find them.
  findReferents: 'Vous ne les connaissez pas ? Demandez à votre cadre ou à votre direction.',
  // The one way for a structure that has no référents at all (the composer's form 'no-referents').
  noReferents: 'Ma structure n’a pas de référents : écrire à SESAN',
  // The primary action where the guide's first step is the training (« Je consulte le parcours de formation »).
  openTraining: 'Ouvrir le parcours de formation',
  // The extension's way for référents the user does not know (the composer's form 'ask-referents'):
  // it fits the guide's « Si besoin d'aide, je contacte viatrajectoire.creation@sesan.fr ».
  askReferents: 'Demander à SESAN qui sont mes référents',
  /** Where the user can copy SESAN's address: every message is written in the composer. */
  orCopyAddress: 'Ou écrivez vous-même à SESAN :',
  // What the extension adds to the guide, said in a short inline mark; its source one click away.
  addedByUs: 'ajout de l’extension',
  addedShowSource: 'Voir la source de cet ajout',
  addedSource: (source: string) => `Source : ${source}.`,
  // The in-page tab: what is left of the guide's four prerequisites, as a count (never page text).
  tab: {
    /** What the tab shows: « Guide ACT · 2 à faire », or its name alone once nothing is left. */
    text: (left: number) => (left === 0 ? 'Guide ACT' : `Guide ACT · ${left} à faire`),
    /** Its accessible name: the same in full words, and what it does. */
    label: (left: number, total: number) =>
      `Guide ACT : ${
        left === 0
          ? 'tous les prérequis sont remplis'
          : left === 1
            ? `1 prérequis sur ${total} reste à remplir`
            : `${left} prérequis sur ${total} restent à remplir`
      }. Ouvrir le guide (Alt+Maj+V)`,
    /** The toolbar popup's button that puts the panel in the active ViaTrajectoire page. */
    showOnPage: 'Afficher le guide sur cette page',
  },
};
