// The sentences of the message composer (popup and composer page); the forms' own labels and
// mail texts are in content/compose/forms.ts. Two objects: the content script renders the
// "Rédiger le message" buttons (composeButtonLabels) and drops the rest (composerLabels).
// Texts are typeset as written (see guide.ts); functions that insert a value apply
// frenchTypography to the sentence they build.
import type { FinessProblem } from '../../compose/validate';
import { formatNumber } from './locale';
import { frenchTypography } from './typography';

/** The buttons under a situation's guidance that open a form (SituationGuidance). */
export const composeButtonLabels = {
  compose: 'Rédiger le message',
  noReferents: 'Ma structure n’a pas de référents : rédiger le message à SESAN',
};

/** The header lines of a copied message (content/compose/message.ts, messageText). */
export const messageHeaderLabels = {
  to: 'À :',
  cc: 'Cc :',
  subject: 'Objet :',
};

export const composerLabels = {
  appName: 'Guide ACT ViaTrajectoire',
  chooserTitle: 'Rédiger un message',
  chooserLead: 'Quel message voulez-vous écrire ?',
  otherMessage: 'Choisir un autre message',
  privacy: (days: number) =>
    frenchTypography(
      `N’indiquez ici que vos coordonnées professionnelles : n’y mettez aucune donnée patient. Le brouillon reste dans ce navigateur jusqu’à l’envoi du message, jusqu’à ce que vous cliquiez sur « Effacer », ou ${days} jours au plus.`,
    ),
  requiredNote: 'Les champs marqués * sont obligatoires.',
  optional: 'facultatif',
  recipientSesan: 'Destinataire : l’équipe ViaTrajectoire de SESAN',
  // A référent may be a man or a woman: « personne référente » fits both.
  referentLegend: (row: number) => frenchTypography(`Personne référente ${row}`),
  addReferent: 'Ajouter une personne référente',
  removeReferent: (row: number) => frenchTypography(`Retirer la personne référente ${row}`),
  previewTitle: 'Aperçu du message',
  to: 'À',
  cc: 'Cc',
  subject: 'Objet',
  noRecipient: '(adresse à saisir)',
  openInMail: 'Ouvrir dans ma messagerie',
  copyMessage: 'Copier le message',
  clear: 'Effacer',
  notReady: (count: number) =>
    frenchTypography(
      count === 1
        ? 'Le message n’est pas prêt : un champ est à compléter ou à corriger.'
        : `Le message n’est pas prêt : ${count} champs sont à compléter ou à corriger.`,
    ),
  tooLong: (limit: number) =>
    frenchTypography(
      `Message trop long pour l’ouvrir directement dans la messagerie (plus de ${formatNumber(limit)} caractères une fois encodé) : copiez-le, puis collez-le dans un nouveau mail.`,
    ),
  opened: 'Votre messagerie s’ouvre avec le message. Le brouillon est effacé de ce navigateur.',
  copied: '✓ Message copié : collez-le dans un nouveau mail. Le brouillon est effacé de ce navigateur.',
  copyFailed: 'Copie impossible : sélectionnez le texte de l’aperçu et copiez-le à la main.',
  cleared: 'Brouillon effacé.',
  myDetailsKept:
    'Vos coordonnées enregistrées restent dans ce navigateur : vous pouvez les effacer dans les réglages de l’extension.',
  // « Mes coordonnées »: kept only when the user asks, in the composer or the options page.
  myDetailsSave: 'Enregistrer mes coordonnées',
  myDetailsHint:
    'Pour ne plus les saisir, enregistrez dans ce navigateur vos coordonnées telles que ce formulaire les contient (nom, prénom, adresse mail professionnelle, fonction, structure, unité) : elles rempliront vos prochains messages. Vous pourrez les modifier ou les effacer dans les réglages de l’extension.',
  myDetailsSaved:
    '✓ Vos coordonnées sont enregistrées dans ce navigateur : elles rempliront vos prochains messages.',
  myDetailsSaveFailed: 'Enregistrement impossible : réessayez.',
  myDetailsFilled:
    'Certains champs sont remplis avec vos coordonnées enregistrées dans ce navigateur : vérifiez-les.',
  erased: 'Toutes vos données ont été effacées depuis les réglages : ce formulaire a été vidé.',
  // Beside a field.
  maxLength: (limit: number) => frenchTypography(`${formatNumber(limit)} caractères au plus.`),
  shortened: (limit: number) =>
    frenchTypography(
      `Ce champ a été raccourci à ${formatNumber(limit)} caractères : il dépassait la longueur permise. Vérifiez-le.`,
    ),
  // Problems, next to the field.
  required: 'Ce champ est obligatoire.',
  email: 'Adresse mail non valide : elle doit ressembler à prenom.nom@structure.fr.',
  // The address as typed, outside frenchTypography (it would curl an apostrophe in it).
  emails: (address: string) =>
    `${frenchTypography('Adresse mail non valide : « ')}${address}${frenchTypography(' ». Exemple : prenom.nom@structure.fr ; plusieurs adresses, séparées par une virgule.')}`,
  finess: {
    length: 'Le n° FINESS compte 9 caractères (chiffres, et 2A ou 2B pour la Corse).',
    department: 'Le n° FINESS commence par le département : de 01 à 95, 2A, 2B, 97 ou 98.',
    digits: 'Après les 2 caractères du département, le n° FINESS ne contient que des chiffres.',
    checksum:
      'Ce n° FINESS n’est pas valide : un chiffre est sans doute erroné (le dernier, la clé, ne correspond pas).',
  } satisfies Record<FinessProblem, string>,
};
