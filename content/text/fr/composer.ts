// The sentences of the message composer (its page); the forms' own words are in ./forms.ts, the
// mails' French in content/guide/mail-texts.ts. Two objects: the content script renders the
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

export const composerLabels = {
  appName: 'Guide ACT ViaTrajectoire',
  chooserTitle: 'Rédiger un message',
  chooserLead: 'Quel message voulez-vous écrire ?',
  otherMessage: 'Choisir un autre message',
  privacy: (days: number) =>
    frenchTypography(
      `N’indiquez ici que vos coordonnées professionnelles : n’y mettez aucune donnée patient. Le brouillon reste dans ce navigateur jusqu’à ce que vous disiez avoir envoyé le message, jusqu’à ce que vous cliquiez sur « Effacer », ou ${days} jours au plus.`,
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
  noRecipient: '(à ajouter dans votre messagerie)',
  sendTitle: 'Envoyer le message',
  openInMail: 'Ouvrir dans ma messagerie',
  /** Under « Ouvrir dans ma messagerie », until the user says the message is sent. */
  nothingOpened:
    'Rien ne s’est ouvert ? Copiez les destinataires, l’objet et le texte ci-dessous dans votre messagerie (webmail compris).',
  /** When the message is too long for a mail link: the copy is the way, in one sentence. */
  tooLong:
    'Ce message est trop long pour s’ouvrir tout seul dans votre messagerie : copiez les destinataires, l’objet et le texte, et collez-les dans un nouveau message.',
  /** A mail to the référents whose address is not typed: how the path reads then. */
  noReferentsAddress:
    'Sans l’adresse de vos référents, le message part sans destinataire : ajoutez-la dans votre messagerie. Personne ne la connaît autour de vous ?',
  askReferentsLink: 'Demandez à SESAN qui sont vos référents',
  /** The same as nothingOpened, for a message without recipients (they are added in the mail program). */
  nothingOpenedNoRecipient:
    'Rien ne s’est ouvert ? Copiez l’objet et le texte ci-dessous dans votre messagerie (webmail compris).',
  copyTo: 'Copier les destinataires',
  copyCc: 'Copier l’adresse en copie (Cc)',
  copySubject: 'Copier l’objet',
  copyBody: 'Copier le texte',
  copiedTo: 'Destinataires copiés : collez-les dans le champ « À ».',
  copiedCc: 'Adresse copiée : collez-la dans le champ « Cc ».',
  copiedSubject: 'Objet copié : collez-le dans le champ « Objet ».',
  copiedBody: 'Texte copié : collez-le dans le corps du message.',
  copyFailed: 'Copie impossible : sélectionnez le texte dans l’aperçu et copiez-le à la main.',
  sent: 'J’ai envoyé le message',
  sentHint: 'Le brouillon reste dans ce navigateur jusqu’à ce que vous confirmiez l’envoi.',
  opened:
    'Votre messagerie devrait s’ouvrir avec le message. Une fois le message parti, cliquez sur « J’ai envoyé le message ».',
  sentDone: 'C’est noté : le message est envoyé, son brouillon est effacé de ce navigateur.',
  clear: 'Effacer',
  notReady: (count: number) =>
    frenchTypography(
      count === 1
        ? 'Le message n’est pas prêt : un champ est à compléter ou à corriger.'
        : `Le message n’est pas prêt : ${count} champs sont à compléter ou à corriger.`,
    ),
  cleared: 'Brouillon effacé.',
  myDetailsKept:
    'Vos coordonnées enregistrées restent dans ce navigateur : vous pouvez les effacer dans les réglages de l’extension.',
  // « Mes coordonnées »: kept only when the user asks, in the composer or the options page.
  myDetailsSave: 'Enregistrer mes coordonnées',
  myDetailsHint:
    'Pour ne plus les saisir, enregistrez dans ce navigateur vos coordonnées telles que ce formulaire les contient (nom, prénom, adresse mail professionnelle, fonction, structure, unité) : elles rempliront vos prochains messages. Vous pourrez les modifier ou les effacer dans les réglages de l’extension.',
  myDetailsSaved:
    'Vos coordonnées sont enregistrées dans ce navigateur : elles rempliront vos prochains messages.',
  myDetailsSaveFailed: 'Enregistrement impossible : réessayez.',
  myDetailsFilled:
    'Certains champs sont remplis avec vos coordonnées enregistrées dans ce navigateur : vérifiez-les.',
  erased: 'Toutes vos données ont été effacées depuis les réglages : ce formulaire a été vidé.',
  // Beside a field, once it is nearly full.
  charactersLeft: (left: number, limit: number) =>
    `${formatNumber(left)} ${left > 1 ? 'caractères restants' : 'caractère restant'} sur ${formatNumber(limit)}.`,
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
