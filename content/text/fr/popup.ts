// The sentences of the toolbar popup's own interface (shared ones are in panel.ts).
import { frenchTypography } from './typography';

const lowerFirst = (text: string): string => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

// Plain literals, typeset as written (see guide.ts): the content script, which never shows these,
// drops them from its bundle.
export const popupLabels = {
  appName: 'Guide ACT ViaTrajectoire',
  checklistTitle: 'Où en êtes-vous ?',
  progress: (done: number, total: number) => `${done} sur ${total}`,
  // « prérequis » is invariable; its participle agrees: singular for 0 and 1, as French counts.
  progressLabel: (done: number, total: number) =>
    `${done} prérequis ${done > 1 ? 'remplis' : 'rempli'} sur ${total}`,
  // The folded checklist, once every prerequisite is met (with the check icon before it).
  allSet: (done: number, total: number) => `Tout est en place (${done}/${total})`,
  nextStep: 'Vous pouvez créer et envoyer une demande. Pour apprendre comment :',
  showList: 'Revoir les prérequis',
  hideList: 'Replier les prérequis',
  seenOnViaTrajectoire: 'vu sur ViaTrajectoire',
  contactTitle: 'Contact',
  // Beside the contact address, shown just above it: the mail goes there.
  writeToSesan: 'Écrire à SESAN',
  // The title of the popup's mail link (an extension page: the page cannot reach it).
  mailOpens: 'ouvre votre messagerie avec un mail pré-rempli',
  resourcesTitle: 'Ressources utiles',
  resourcesArs: 'Ressources ARS',
  resourcesSesan: 'Ressources SESAN',
  // The disclosure that holds the guide's own introduction.
  aboutGuide: 'À propos du guide de SESAN',
  // Functions that insert a value apply frenchTypography to the sentence they build.
  guideBy: (publisher: string, version: string) => `Guide de ${publisher}, ${lowerFirst(version)}`,
  guideSource: (version: string) =>
    frenchTypography(
      `Source : guide SESAN, ${lowerFirst(version)}, sauf ce qui est marqué « (ajout de l’extension) ».`,
    ),
  privacy:
    'Cette extension ne lit aucune donnée patient et n’envoie rien : vos cases cochées restent dans ce navigateur.',
};
