// The sentences of the toolbar popup's own interface (shared ones are in panel.ts).
import { frenchTypography } from './typography';

const lowerFirst = (text: string): string => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

// Plain literals, typeset as written (see guide.ts): the content script, which never shows these,
// drops them from its bundle.
export const popupLabels = {
  appName: 'Guide ACT ViaTrajectoire',
  popupTitle: 'Envoyer des demandes en ACT avec ViaTrajectoire',
  checklistTitle: 'Mes prérequis',
  checklistHint: 'Cochez ce qui est déjà en place : la marche à suivre s’affiche sous ce qui manque.',
  progress: (done: number, total: number) => `${done} sur ${total}`,
  // « prérequis » is invariable; its participle agrees: singular for 0 and 1, as French counts.
  progressLabel: (done: number, total: number) =>
    `${done} prérequis ${done > 1 ? 'remplis' : 'rempli'} sur ${total}`,
  whatToDo: 'Que faire ?',
  allDone: 'Tous les prérequis sont remplis : vous pouvez créer et envoyer une demande.',
  seenOnViaTrajectoire: 'vu sur ViaTrajectoire',
  contactTitle: 'Contact',
  writeTo: 'Écrire à',
  resourcesTitle: 'Ressources utiles',
  resourcesArs: 'Ressources ARS',
  resourcesSesan: 'Ressources SESAN',
  // Functions that insert a value apply frenchTypography to the sentence they build.
  guideBy: (publisher: string, version: string) => `Guide de ${publisher}, ${lowerFirst(version)}`,
  guideSource: (version: string) =>
    frenchTypography(
      `Source : guide SESAN, ${lowerFirst(version)}, sauf ce qui est marqué « Ajouté par l’extension (hors guide) ».`,
    ),
  privacy:
    'Cette extension ne lit aucune donnée patient et n’envoie rien : vos cases cochées restent dans ce navigateur.',
};
