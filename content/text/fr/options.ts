// The sentences of the options page (and of the popup's way to it). Kept out of panel.ts:
// the content script never shows them.

import type { MyDetailsField } from '../../compose/my-details';
import type { ManagedKey, ManagedProblem } from '../../managed';
import { formFieldLabels } from './forms';
import { frenchTypography } from './typography';

// Plain literals, typeset as written (see guide.ts): a bundle that does not use these drops them.
export const optionsLabels = {
  appName: 'Guide ACT ViaTrajectoire',
  pageTitle: 'Réglages',
  panelTitle: 'Le panneau sur les pages de ViaTrajectoire',
  sideLegend: 'Côté de la page où s’affiche le panneau',
  sideRight: 'À droite',
  sideLeft: 'À gauche',
  panelTabLegend: 'Onglet du guide',
  panelTabUntilDone: 'Tant qu’il reste quelque chose à faire',
  panelTabAlways: 'Toujours',
  panelTabNever: 'Jamais',
  panelTabHint:
    'Le guide reste à portée de main : « Afficher le guide sur cette page » dans la fenêtre de l’extension, ou Alt+Maj+V.',
  autoOpenLegend: 'Quand une page montre un point bloquant (pas d’unité, pas d’habilitation)',
  autoOpenYes: 'Le panneau s’ouvre de lui-même, une fois : fermé, il ne se rouvre plus pour ce point',
  autoOpenNo: 'Le panneau reste réduit à un onglet jusqu’à ce que je clique dessus',
  managedBy: 'Défini par votre organisation',
  managedExplained:
    'Le service informatique de votre structure l’a choisi : ce réglage ne peut pas être changé ici.',
  organisationTitle: 'Configuré par votre organisation',
  organisationIntro:
    'Le service informatique de votre structure a configuré l’extension. Ces valeurs ne sont gardées nulle part par l’extension : elle les relit à chaque page.',
  organisationName: 'Structure',
  referentsAddresses: 'Adresses de vos référents ViaTrajectoire',
  referentsUse:
    'Elles remplissent « Écrire à mes référents » et les destinataires des messages à vos référents.',
  reportAddress: 'Adresse des rapports de reconnaissance',
  ignoredTitle: 'Valeurs de votre organisation ignorées',
  ignoredIntro:
    'Ces valeurs de la configuration de votre organisation n’ont pas été appliquées : signalez-les à votre service informatique.',
  saved: 'Enregistré',
  saveFailed: 'Enregistrement impossible : réessayez.',
  myDetailsTitle: 'Mes coordonnées',
  myDetailsIntro:
    'N’indiquez ici que vos coordonnées professionnelles. Elles remplissent les formulaires de messages de l’extension, et restent dans ce navigateur jusqu’à ce que vous les effaciez.',
  myDetailsSave: 'Enregistrer mes coordonnées',
  myDetailsForget: 'Effacer mes coordonnées',
  myDetailsSaved: 'Coordonnées enregistrées.',
  myDetailsForgotten: 'Coordonnées effacées.',
  myDetailsInvalidEmail:
    'Adresse mail non valide : elle doit ressembler à prenom.nom@structure.fr. Rien n’a été enregistré.',
  dataTitle: 'Mes données',
  dataKept:
    'L’extension garde dans ce navigateur, et nulle part ailleurs : vos cases cochées, ce qu’elle a vu sur les pages de ViaTrajectoire, la situation que vous avez choisie, l’état du panneau, vos coordonnées, vos brouillons de messages et ces réglages.',
  erase: 'Effacer toutes mes données',
  eraseQuestion:
    'Effacer toutes les données de l’extension dans ce navigateur ? Ce ne pourra pas être annulé.',
  eraseConfirm: 'Oui, tout effacer',
  eraseCancel: 'Annuler',
  erased: 'Toutes vos données ont été effacées.',
  eraseCancelled: 'Rien n’a été effacé.',
  eraseFailed: 'L’effacement a échoué : réessayez.',
};

/** The label of each of « Mes coordonnées » in the options page: the forms' own words. */
export const myDetailsLabels: Record<MyDetailsField, string> = {
  lastName: formFieldLabels.lastName,
  firstName: formFieldLabels.firstName,
  email: formFieldLabels.workMail,
  role: formFieldLabels.role,
  structureName: formFieldLabels.structureName,
  unitName: formFieldLabels.unit,
};

/** The popup's button to the options page (its own constant: the popup needs nothing else here). */
export const openOptionsLabel = 'Réglages et effacement de mes données';

/** What each managed key must hold, said when a policy gives it something else. */
const EXPECTED_TYPE: Record<ManagedKey, string> = {
  referentsAddresses: 'une liste d’adresses mail était attendue',
  organisationName: 'un texte était attendu',
  panelSide: '« left » ou « right » était attendu',
  autoOpen: 'true ou false était attendu',
  panelTab: '« until-done », « always » ou « never » était attendu',
  reportAddress: 'une adresse mail était attendue',
};

const count = (n: number): string => n.toLocaleString('fr-FR');

/** Why a managed value was ignored, in words: the fixed words typeset, the policy's own text left as it is. */
export function ignoredReason(problem: ManagedProblem): string {
  switch (problem.code) {
    case 'unknown-key':
      return 'clé inconnue de l’extension.';
    case 'wrong-type':
      return `${EXPECTED_TYPE[problem.key]}.`;
    case 'empty':
      return 'la valeur est vide.';
    case 'email':
      return `${frenchTypography('« ')}${problem.address}${frenchTypography(' » n’est pas une adresse mail valide.')}`;
    case 'too-many':
      return frenchTypography(`${count(problem.count)} adresses : ${count(problem.max)} au plus.`);
    case 'too-long':
      return frenchTypography(`${count(problem.length)} caractères : ${count(problem.max)} au plus.`);
    case 'sesan':
      return 'c’est une adresse de SESAN, qui référence les structures dans ViaTrajectoire mais ne reçoit pas les rapports de l’extension.';
  }
}

/** One ignored value: its key, then why. */
export function ignoredLine(key: string, problem: ManagedProblem): string {
  return `${key}${frenchTypography(' : ')}${ignoredReason(problem)}`;
}
