// The French of the composer's forms: field labels, choices, and the mail texts each form writes
// (content/compose/forms.ts holds their ids and structure). Typeset as written, like guide.ts; a
// text built with a value applies frenchTypography to its own words only.

import { frenchTypography } from '../text/fr/typography';
import { HABILITATIONS } from './ids';

/** The labels and lines shared by several forms. */
export const formFieldLabels = {
  structureName: 'Nom de la structure',
  finess: 'N° FINESS',
  finessHint:
    '9 caractères, par exemple 750712184 : si vous le connaissez, il aide SESAN à trouver l’établissement.',
  lastName: 'Nom',
  firstName: 'Prénom',
  role: 'Fonction',
  unit: 'Unité',
  referentsTo: 'Adresse mail de mes référents ViaTrajectoire',
  referentsToHint: 'Seule votre structure la connaît. Plusieurs adresses : séparez-les par une virgule.',
  /** The same field when the organisation's policy filled it. */
  referentsToHintManaged:
    'Adresse fournie par votre organisation. Plusieurs adresses : séparez-les par une virgule.',
  referentsLegend: 'Référents ViaTrajectoire de la structure',
  referentsHint: 'Les personnes qui créeront les comptes et attribueront les habilitations.',
  meLegend: 'Mes coordonnées',
  phone: 'Téléphone',
  senderItem: 'Mes coordonnées :',
  mail: 'Adresse mail',
  /** The user's own address, in a form and in « Mes coordonnées ». */
  workMail: 'Adresse mail professionnelle',
  referentRole: 'Fonction dans l’établissement',
  greeting: 'Bonjour,',
  closing: 'Cordialement,',
  habilitationAny: 'Celle qui correspond à ma fonction',
  choose: 'Choisir…',
  structureKinds: {
    hopital: 'Établissement de santé (hôpital)',
    csapaCaarud: 'CSAPA / CAARUD',
    equipeMobile: 'Équipe mobile / maraude',
    serviceSocial: 'Service social',
    autre: 'Autre',
  },
  /** Why the extension asks for what the guide does not (shown by AddedNote). */
  sources: {
    finess: 'le répertoire FINESS, qui identifie les établissements sanitaires et sociaux',
    sender: 'SESAN doit savoir à qui répondre ; le guide ne liste pas ces champs',
    address: 'pour aider SESAN à identifier la structure ; le guide ne la demande pas',
    kind: 'le guide dit que la démarche dépend de « l’activité de ma structure »',
  },
  /** The three habilitations in a sentence: « A, B ou C ». */
  habilitationChoice: `${HABILITATIONS.slice(0, -1).join(', ')} ou ${HABILITATIONS.at(-1)}`,
};

/** Each form's own texts. */
export const formTexts = {
  noStructure: {
    title: 'Demander le référencement de ma structure',
    purpose:
      'Un mail à l’équipe ViaTrajectoire de SESAN, votre direction en copie, avec les coordonnées des référents.',
    ccLegend: 'Ma direction en copie',
    cc: 'Adresse mail de ma direction',
    ccHint:
      'Le guide demande de mettre votre direction en copie. Plusieurs adresses : séparez-les par une virgule.',
    structureLegend: 'Ma structure',
    address: 'Adresse postale',
    kind: 'Type de structure',
    kindOther: 'Précisez le type de structure',
    subject: 'Demande de référencement de ma structure dans ViaTrajectoire',
    intro:
      'Je souhaite utiliser ViaTrajectoire pour envoyer des demandes de prise en charge en appartements de coordination thérapeutique (ACT) en Île-de-France, mais ma structure n’est pas décrite dans ViaTrajectoire.',
    ask: 'Pourriez-vous référencer ma structure ?',
    addressItem: 'Adresse',
    kindItem: 'Type de structure',
    otherKind: 'Autre',
    referentsItem: 'Référents ViaTrajectoire de la structure :',
    ccNote: 'Ma direction est en copie de ce mail.',
  },
  noUnit: {
    title: 'Demander l’ajout de mon unité',
    purpose: 'Un mail à l’équipe ViaTrajectoire de SESAN, pour ajouter votre unité à votre structure.',
    structureLegend: 'Ma structure (déjà décrite dans ViaTrajectoire)',
    unitLegend: 'L’unité à ajouter',
    unitName: 'Nom de l’unité',
    unitActivity: 'Activité de l’unité',
    unitActivityHint:
      'Par exemple : équipe de liaison en addictologie, permanence d’accès aux soins de santé (PASS).',
    subject: 'Ajout d’une unité à ma structure dans ViaTrajectoire',
    intro:
      'Ma structure est décrite dans ViaTrajectoire, mais pas l’unité où je travaille. Je souhaite l’y faire ajouter pour envoyer des demandes de prise en charge en ACT.',
    unitItem: 'Nom de l’unité à ajouter',
    activityItem: 'Activité de l’unité',
    ask: 'Pourriez-vous m’indiquer la démarche à suivre ?',
  },
  account: {
    title: 'Demander un compte à mes référents',
    purpose: 'Un mail aux référents ViaTrajectoire de votre structure : ce sont eux qui créent les comptes.',
    toLegend: 'Destinataires',
    meLegend: 'Mes coordonnées',
    email: 'Adresse mail professionnelle',
    subject: 'Demande d’ouverture d’un compte ViaTrajectoire',
    intro: `Je souhaite envoyer des demandes de prise en charge en ACT dans ViaTrajectoire. Pourriez-vous me créer un compte rattaché à mon unité, avec l’une des habilitations qui permettent de créer et compléter des demandes (${formFieldLabels.habilitationChoice}) ?`,
    emailItem: 'Adresse mail professionnelle',
  },
  habilitation: {
    title: 'Demander une habilitation à mes référents',
    purpose:
      'Un mail aux référents ViaTrajectoire de votre structure : ils créent les comptes, et attribuent sans doute aussi les habilitations (une déduction de l’extension, que le guide ne dit pas).',
    toLegend: 'Destinataires',
    habilitationLegend: 'L’habilitation demandée',
    habilitation: 'Habilitation',
    habilitationHint:
      'Les trois permettent de créer et compléter des demandes ; vos référents savent laquelle correspond à votre fonction.',
    meLegend: 'Mes coordonnées',
    structure: 'Structure',
    subject: 'Demande d’habilitation ViaTrajectoire pour créer des demandes de prise en charge en ACT',
    intro:
      'J’ai un compte ViaTrajectoire, mais pas d’habilitation qui me permette de créer et compléter des demandes de prise en charge en ACT.',
    askAny: `Pourriez-vous m’attribuer l’habilitation qui correspond à ma fonction : ${formFieldLabels.habilitationChoice} ?`,
  },
  noReferents: {
    title: 'Demander à SESAN de renseigner nos référents',
    purpose:
      'Si votre structure n’a pas de référents ViaTrajectoire : un mail à l’équipe ViaTrajectoire de SESAN pour les renseigner.',
    structureLegend: 'Ma structure',
    subject: 'Demande d’enregistrement des référents ViaTrajectoire de ma structure',
    intro:
      'Ma structure n’a pas de référents ViaTrajectoire pour créer les comptes. Pourriez-vous renseigner les référents suivants ?',
  },
  help: {
    title: 'Demander de l’aide à SESAN',
    purpose:
      'Un mail à l’équipe ViaTrajectoire de SESAN, si vous ne savez pas comment créer et envoyer une demande.',
    questionLegend: 'Ma question',
    question: 'Ma question',
    questionHint: 'Où en êtes-vous, qu’est-ce qui bloque ? N’y mettez aucune donnée patient.',
    structureLegend: 'Ma structure',
    structure: 'Structure',
    subject: 'Aide pour créer et envoyer une demande de prise en charge en ACT dans ViaTrajectoire',
    intro:
      'J’ai besoin d’aide pour créer et envoyer une demande de prise en charge en ACT dans ViaTrajectoire.',
    questionItem: 'Ma question',
  },
};

// A sentence with a value: frenchTypography on its fixed parts only, never on the value.
export const askHabilitation = (habilitation: string) =>
  `${frenchTypography("Pourriez-vous m'attribuer l'habilitation « ")}${habilitation}${frenchTypography(' » ?')}`;
