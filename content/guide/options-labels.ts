// The sentences of the options page (and of the popup's way to it). Kept out of labels.ts:
// the content script never shows them.

// Plain literals, typeset as written (see guide.ts): a bundle that does not use these drops them.
export const optionsLabels = {
  appName: 'Guide ACT ViaTrajectoire',
  pageTitle: 'Réglages',
  panelTitle: 'Le panneau sur les pages de ViaTrajectoire',
  sideLegend: 'Côté de la page où s’affiche le panneau',
  sideRight: 'À droite',
  sideLeft: 'À gauche',
  autoOpenLegend: 'À l’ouverture d’une page de ViaTrajectoire',
  autoOpenYes: 'Le panneau s’ouvre de lui-même',
  autoOpenNo: 'Le panneau reste réduit à un onglet jusqu’à ce que je clique dessus',
  saved: 'Enregistré',
  saveFailed: 'Enregistrement impossible : réessayez.',
  dataTitle: 'Mes données',
  dataKept:
    'L’extension garde dans ce navigateur, et nulle part ailleurs : vos cases cochées, ce qu’elle a vu sur les pages de ViaTrajectoire, la situation que vous avez choisie, l’état du panneau, vos brouillons de messages et ces réglages.',
  erase: 'Effacer toutes mes données',
  eraseQuestion:
    'Effacer toutes les données de l’extension dans ce navigateur ? Ce ne pourra pas être annulé.',
  eraseConfirm: 'Oui, tout effacer',
  eraseCancel: 'Annuler',
  erased: 'Toutes vos données ont été effacées.',
  eraseCancelled: 'Rien n’a été effacé.',
  eraseFailed: 'L’effacement a échoué : réessayez.',
};

/** The popup's button to the options page (its own constant: the popup needs nothing else here). */
export const openOptionsLabel = 'Réglages et effacement de mes données';
