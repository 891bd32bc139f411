// Every sentence of the extension's own interface (the guide's texts are in guide.ts).
import { frenchTypography, withFrenchTypography } from './typography';

export const labels = withFrenchTypography({
  appName: 'Guide ACT ViaTrajectoire',
  popupTitle: 'Envoyer des demandes en ACT avec ViaTrajectoire',
  checklistTitle: 'Mes prérequis',
  checklistHint: 'Cochez ce qui est déjà en place : la marche à suivre s’affiche sous ce qui manque.',
  progress: (done: number, total: number) => `${done} sur ${total}`,
  progressLabel: (done: number, total: number) => `${done} prérequis remplis sur ${total}`,
  whatToDo: 'Que faire ?',
  allDone: 'Tous les prérequis sont remplis : vous pouvez créer et envoyer une demande.',
  seenOnViaTrajectoire: 'vu sur ViaTrajectoire',
  situationsTitle: 'Je souhaite utiliser ViaTrajectoire pour envoyer des demandes vers des ACT mais…',
  impliedSituation: 'Cas déduit des prérequis du guide',
  didYouKnow: 'Le saviez-vous ?',
  contactTitle: 'Contact',
  copyAddress: 'Copier l’adresse',
  addressCopied: 'Adresse copiée',
  copyFailed: 'Copie impossible : sélectionnez l’adresse et copiez-la à la main.',
  writeTo: 'Écrire à',
  mailOpens: 'ouvre votre messagerie avec un mail pré-rempli',
  resourcesTitle: 'Ressources utiles',
  resourcesArs: 'Ressources ARS',
  resourcesSesan: 'Ressources SESAN',
  nearestPage: 'page la plus proche connue',
  opensInNewTab: 's’ouvre dans un nouvel onglet',
  // Functions are not walked by withFrenchTypography: they apply it themselves.
  guideSource: (version: string) =>
    frenchTypography(`Source : guide SESAN, ${version.charAt(0).toLowerCase()}${version.slice(1)}`),
  privacy:
    'Cette extension ne lit aucune donnée patient et n’envoie rien : vos cases cochées restent dans ce navigateur.',
});
