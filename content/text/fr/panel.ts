// The sentences of the extension's own interface shared by the panel and the popup, and the
// panel's (the popup's own are in popup.ts, kept out of the content script's bundle;
// the guide's texts are in guide.ts).

// Plain literals, typeset as written (see guide.ts): no work at load, and a bundle that does not
// use them drops them (the content script is on a budget).
export const labels = {
  didYouKnow: 'Le saviez-vous ?',
  copyAddress: 'Copier l’adresse',
  otherWaysToWrite: 'Autres façons d’écrire',
  addressCopied: 'Adresse copiée',
  copyFailed: 'Copie impossible : sélectionnez l’adresse et copiez-la à la main.',
  mailOpens: 'ouvre votre messagerie avec un mail pré-rempli',
  opensInNewTab: 's’ouvre dans un nouvel onglet',
  /** A resource's topic before its link: « Tutoriels : », a question left as it is. */
  topicLead: (topic: string) => (/[?!:]$/.test(topic) ? topic : `${topic}\u00a0:`),
  // Beside a mail to the référents when the organisation's policy gave their addresses.
  referentsFromPolicy: 'Adresse fournie par votre organisation.',
  panelName: 'Guide ACT ViaTrajectoire',
  panelOpen: 'Guide ACT',
  panelOpenLabel: 'Ouvrir le guide ACT (Alt+Maj+V)',
  panelCollapse: 'Réduire le guide',
  panelCollapseShortcut: 'Échap ou Alt+Maj+V',
  // The minimal panel shown when the guide itself cannot be rendered (components/PanelFallback.tsx).
  panelUnavailable: 'Le guide n’a pas pu s’afficher sur cette page. Pour toute question, écrivez à SESAN.',
  unknownSituation: 'Quelle est votre situation ? Choisissez-la ci-dessous : la marche à suivre s’affichera.',
  notMySituation: 'Ce n’est pas ma situation ?',
  // A situation the guide does not list as such (no-habilitation): the extension deduces it from
  // the guide's prerequisites, and says so wherever situations are listed (panel and popup).
  impliedSituation: 'Cas déduit des prérequis du guide',
  chooseSituation: 'Choisir ma situation',
  chosenByYou: 'Situation choisie par vous.',
  detectedFromPage: 'Situation déduite de la page : vous pouvez en choisir une autre.',
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
  // The extension's addition (the guide does not say how to see one's habilitations): while
  // the habilitations have not been seen, "je ne sais pas comment créer…" is only supposed.
  supposedSituation: 'Situation supposée : vos habilitations n’ont pas encore été vues.',
  howToCheckHabilitations:
    'Pour les vérifier, cliquez sur votre nom en haut à droite, ou ouvrez « ADMINISTRATION › Mon compte › Mes habilitations ».',
  howToCheckSource: 'les tutoriels ViaTrajectoire (menu « ADMINISTRATION › Mon compte »)',
  loginHint: 'Pas encore de compte ? Ce sont les référents ViaTrajectoire de votre structure qui le créent.',
  // Followed by the link, labelled by what it opens (a FAQ, not a step-by-step tutorial).
  requestHint: 'Questions sur la création et l’envoi d’une demande :',
  // What the extension adds to the guide, said in words. The source is typeset data.
  addedByUs: 'Ajouté par l’extension (hors guide)',
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
