// The French of the mails the composer writes, sent to SESAN and to the référents: they stay French
// whatever the interface's language (its words are in content/text/fr/forms.ts). Typeset as
// written, like guide.ts; a text built with a value applies frenchTypography to its own words only.

import { frenchTypography } from '../text/fr/typography';
import { HABILITATIONS } from './ids';

/** The three habilitations in a sentence: « A, B ou C ». */
const habilitationChoice = `${HABILITATIONS.slice(0, -1).join(', ')} ou ${HABILITATIONS.at(-1)}`;

/** The lines and item labels shared by several mails. */
export const mailWords = {
  greeting: 'Bonjour,',
  closing: 'Cordialement,',
  senderItem: 'Mes coordonnées :',
  structureName: 'Nom de la structure',
  finess: 'N° FINESS',
  lastName: 'Nom',
  firstName: 'Prénom',
  role: 'Fonction',
  unit: 'Unité',
  phone: 'Téléphone',
  mail: 'Adresse mail',
  referentRole: 'Fonction dans l’établissement',
  referentsItem: 'Référents ViaTrajectoire de la structure :',
  /** A structure's kind, as the mail names it (the form's choices carry the same ids). */
  structureKinds: {
    hopital: 'Établissement de santé (hôpital)',
    'csapa-caarud': 'CSAPA / CAARUD',
    'equipe-mobile': 'Équipe mobile / maraude',
    'service-social': 'Service social',
    autre: 'Autre',
  } as Record<string, string>,
};

/** Each mail's own texts. */
export const mailTexts = {
  noStructure: {
    subject: 'Demande de référencement de ma structure dans ViaTrajectoire',
    intro:
      'Je souhaite utiliser ViaTrajectoire pour envoyer des demandes de prise en charge en appartements de coordination thérapeutique (ACT) en Île-de-France, mais ma structure n’est pas décrite dans ViaTrajectoire.',
    ask: 'Pourriez-vous référencer ma structure ?',
    addressItem: 'Adresse',
    kindItem: 'Type de structure',
    ccNote: 'Ma direction est en copie de ce mail.',
  },
  noUnit: {
    subject: 'Ajout d’une unité à ma structure dans ViaTrajectoire',
    intro:
      'Ma structure est décrite dans ViaTrajectoire, mais pas l’unité où je travaille. Je souhaite l’y faire ajouter pour envoyer des demandes de prise en charge en ACT.',
    unitItem: 'Nom de l’unité à ajouter',
    activityItem: 'Activité de l’unité',
    ask: 'Pourriez-vous m’indiquer la démarche à suivre ?',
  },
  account: {
    subject: 'Demande d’ouverture d’un compte ViaTrajectoire',
    intro: `Je souhaite envoyer des demandes de prise en charge en ACT dans ViaTrajectoire. Pourriez-vous me créer un compte rattaché à mon unité, avec l’une des habilitations qui permettent de créer et compléter des demandes (${habilitationChoice}) ?`,
    emailItem: 'Adresse mail professionnelle',
  },
  habilitation: {
    subject: 'Demande d’habilitation ViaTrajectoire pour créer des demandes de prise en charge en ACT',
    intro:
      'J’ai un compte ViaTrajectoire, mais pas d’habilitation qui me permette de créer et compléter des demandes de prise en charge en ACT.',
    askAny: `Pourriez-vous m’attribuer l’habilitation qui correspond à ma fonction : ${habilitationChoice} ?`,
    structureItem: 'Structure',
  },
  askReferents: {
    subject: 'Qui sont les référents ViaTrajectoire de ma structure ?',
    intro:
      'Je souhaite envoyer des demandes de prise en charge en ACT dans ViaTrajectoire, et je dois pour cela demander un compte ou une habilitation aux référents ViaTrajectoire de ma structure, mais je ne sais pas qui ils sont.',
    ask: 'Pourriez-vous m’indiquer qui sont les référents ViaTrajectoire de ma structure, et comment les joindre ?',
  },
  noReferents: {
    subject: 'Demande d’enregistrement des référents ViaTrajectoire de ma structure',
    intro:
      'Ma structure n’a pas de référents ViaTrajectoire pour créer les comptes. Pourriez-vous renseigner les référents suivants ?',
  },
  help: {
    subject: 'Aide pour créer et envoyer une demande de prise en charge en ACT dans ViaTrajectoire',
    intro:
      'J’ai besoin d’aide pour créer et envoyer une demande de prise en charge en ACT dans ViaTrajectoire.',
    structureItem: 'Structure',
    questionItem: 'Ma question',
  },
};

// A sentence with a value: frenchTypography on its fixed parts only, never on the value.
export const askHabilitation = (habilitation: string) =>
  `${frenchTypography("Pourriez-vous m'attribuer l'habilitation « ")}${habilitation}${frenchTypography(' » ?')}`;
