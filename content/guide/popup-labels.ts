// The sentences of the toolbar popup's own interface (shared ones are in labels.ts).
import { frenchTypography, withFrenchTypography } from './typography';

// Pure: the content script, which never shows these, drops them from its bundle.
export const popupLabels = /* @__PURE__ */ withFrenchTypography({
  appName: 'Guide ACT ViaTrajectoire',
  popupTitle: 'Envoyer des demandes en ACT avec ViaTrajectoire',
  checklistTitle: 'Mes prérequis',
  checklistHint: 'Cochez ce qui est déjà en place : la marche à suivre s’affiche sous ce qui manque.',
  progress: (done: number, total: number) => `${done} sur ${total}`,
  progressLabel: (done: number, total: number) => `${done} prérequis remplis sur ${total}`,
  whatToDo: 'Que faire ?',
  allDone: 'Tous les prérequis sont remplis : vous pouvez créer et envoyer une demande.',
  seenOnViaTrajectoire: 'vu sur ViaTrajectoire',
  impliedSituation: 'Cas déduit des prérequis du guide',
  contactTitle: 'Contact',
  writeTo: 'Écrire à',
  resourcesTitle: 'Ressources utiles',
  resourcesArs: 'Ressources ARS',
  resourcesSesan: 'Ressources SESAN',
  // Functions are not walked by withFrenchTypography: they apply it themselves.
  guideSource: (version: string) =>
    frenchTypography(`Source : guide SESAN, ${version.charAt(0).toLowerCase()}${version.slice(1)}`),
  privacy:
    'Cette extension ne lit aucune donnée patient et n’envoie rien : vos cases cochées restent dans ce navigateur.',
});
