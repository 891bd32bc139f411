// The SESAN guide « Démarrer l'utilisation de ViaTrajectoire pour envoyer des demandes de prise
// en charge en ACT », version du 18/11/2025, as data (its text: tests/fixtures/guide-sesan-2025-11-18.txt).
// Corrections made to the source, on purpose:
// - the contact address is viatrajectoire.creation@sesan.fr (the source misspells it twice);
// - « décrise » → « décrite », « une habilitations » → « une habilitation », « Equipe » → « Équipe »;
// - the source's links all point to "#": the addresses here come from
//   docs/viatrajectoire.md, « Contacts and resources »; `verified: false` marks the nearest
//   confirmed page, labelled by where it goes (no note about unconfirmed addresses is shown).
// Texts are written with French typography already, as they are shown: a no-break space (U+00A0)
// before « : » and inside « », a narrow no-break space (U+202F) before ; ! ?, and the typographic
// apostrophe ’. tests/unit/guide.test.ts checks every text against frenchTypography (content/text/fr/typography.ts).
import { HABILITATIONS } from './ids';
import type { Guide } from './schema';

export const CONTACT_ADDRESS = 'viatrajectoire.creation@sesan.fr';

/** Beside a mail to the référents, whose address the link cannot know. */
const REFERENTS_REMINDER =
  'Ajoutez l’adresse de vos référents ViaTrajectoire. Vous ne la connaissez pas ? Demandez à votre cadre ou à votre direction.';

/**
 * The extension's addition under the situations that need the référents (an account, an
 * habilitation): when nobody around knows who they are, ask SESAN, as the guide's « Si besoin
 * d'aide, je contacte … » allows. « no-referents » stays for a structure that has none.
 */
const ASK_REFERENTS_MAIL = {
  label: 'Demander à SESAN qui sont mes référents',
  form: 'ask-referents',
  added: { source: `le guide : « Si besoin d’aide, je contacte ${CONTACT_ADDRESS} »` },
} as const;

export const guide: Guide = {
  title: 'Démarrer l’utilisation de ViaTrajectoire pour envoyer des demandes de prise en charge en ACT',
  publisher: 'SESAN',
  version: 'Version du 18/11/2025',
  date: '2025-11-18',
  intro: [
    'L’outil numérique ViaTrajectoire permet de créer et d’envoyer des demandes d’admission pour un patient, à condition que le demandeur ait un compte sur ViaTrajectoire, et que ce compte soit rattaché à une structure décrite dans ViaTrajectoire.',
    'Grâce à la description de la structure, il est possible de suivre en temps réel toutes les demandes créées par des utilisateurs de la structure à l’aide du tableau de bord.',
  ],
  contactAddress: CONTACT_ADDRESS,
  prerequisiteGroups: [
    { id: 'structure', title: 'Ma structure', guideTitle: 'Prérequis à l’échelle de la structure' },
    { id: 'user', title: 'Mon compte', guideTitle: 'Prérequis à l’échelle de l’utilisateur' },
  ],
  prerequisites: [
    {
      id: 'structure-described',
      group: 'structure',
      guideWording: 'Être décrit dans ViaTrajectoire',
      label: 'Ma structure est décrite dans ViaTrajectoire',
      situation: 'no-structure',
    },
    {
      id: 'structure-unit',
      group: 'structure',
      guideWording: 'Avoir renseigné au moins une unité',
      label: 'Au moins une unité de ma structure est renseignée',
      situation: 'no-unit',
    },
    {
      id: 'user-account',
      group: 'user',
      guideWording: 'Avoir un compte ViaTrajectoire actif',
      label: 'J’ai un compte ViaTrajectoire actif',
      situation: 'no-account',
    },
    {
      id: 'user-habilitation',
      group: 'user',
      guideWording: 'Avoir une habilitation permettant de créer et compléter des demandes',
      label: 'J’ai une habilitation qui permet de créer et compléter des demandes',
      situation: 'no-habilitation',
    },
  ],
  habilitations: [...HABILITATIONS],
  situationsLead: 'Je souhaite utiliser ViaTrajectoire pour envoyer des demandes vers des ACT mais…',
  situations: [
    {
      id: 'no-structure',
      title: '… ma structure n’est pas décrite dans ViaTrajectoire',
      shortTitle: 'Ma structure n’est pas décrite',
      inGuide: true,
      steps: [
        { text: 'J’interroge ma direction.' },
        {
          text: `J’envoie un mail à ${CONTACT_ADDRESS}, avec ma direction en copie, pour :`,
          items: [
            'demander le référencement de ma structure dans ViaTrajectoire ;',
            'indiquer les coordonnées des référents ViaTrajectoire (mail, nom, prénom, fonction dans l’établissement).',
          ],
          resource: 'sesan-formation',
        },
        {
          text: 'Selon l’activité de ma structure, l’équipe ViaTrajectoire de SESAN m’indique la démarche à suivre pour que mon établissement soit créé dans ViaTrajectoire.',
        },
      ],
      didYouKnow: {
        text: 'L’équipe ViaTrajectoire de SESAN met à votre disposition :',
        items: [
          { text: 'un espace de formation accessible :', resource: 'sesan-formation' },
          { text: 'des webinaires à destination des référents :', resource: 'sesan-webinaires' },
        ],
      },
      mails: [
        {
          label: 'Écrire à SESAN pour référencer ma structure',
          form: 'no-structure',
          reminder: 'Mettez votre direction en copie du mail.',
        },
      ],
    },
    {
      id: 'no-unit',
      title: '… ma structure est décrite dans ViaTrajectoire, mais pas mon unité',
      shortTitle: 'Mon unité n’est pas décrite',
      inGuide: true,
      steps: [
        { text: `J’envoie un mail à ${CONTACT_ADDRESS}.` },
        {
          text: 'Selon les caractéristiques de ma structure dans ViaTrajectoire, l’équipe ViaTrajectoire de SESAN m’indique la démarche à suivre pour que mon unité soit ajoutée sur ma structure.',
        },
      ],
      didYouKnow: {
        text: 'ViaTrajectoire fonctionne avec des fiches établissements et des fiches unités. Une structure ayant une fiche établissement mais pas de fiche unité ne pourra pas réaliser de prescriptions dans ViaTrajectoire. Les unités permettent de préciser l’activité de la structure.',
      },
      mails: [
        {
          label: 'Écrire à SESAN pour ajouter mon unité',
          form: 'no-unit',
        },
      ],
    },
    {
      id: 'no-account',
      title: '… je n’ai pas de compte',
      shortTitle: 'Je n’ai pas de compte',
      inGuide: true,
      steps: [
        { text: 'Je contacte les référents ViaTrajectoire de ma structure pour obtenir un compte.' },
        { text: `Si besoin d’aide, je contacte ${CONTACT_ADDRESS}.` },
      ],
      didYouKnow: {
        text: 'Si vous n’avez pas de référents ViaTrajectoire, vous pouvez demander à ce qu’ils soient renseignés.',
      },
      mails: [
        {
          label: 'Écrire à mes référents pour obtenir un compte',
          form: 'referents-account',
          reminder: REFERENTS_REMINDER,
        },
        ASK_REFERENTS_MAIL,
        {
          label: 'Demander à SESAN de renseigner nos référents',
          form: 'no-referents',
        },
      ],
    },
    {
      id: 'no-habilitation',
      title: '… j’ai un compte, mais pas d’habilitation qui permette de créer des demandes',
      shortTitle: 'Je n’ai pas la bonne habilitation',
      inGuide: false,
      added: {
        source:
          'déduit du guide, qui demande « une habilitation permettant de créer et compléter des demandes » parmi les prérequis de l’utilisateur',
      },
      steps: [
        {
          text: 'Pour créer et compléter des demandes, mon compte doit avoir l’une de ces habilitations :',
          items: [...HABILITATIONS],
        },
        {
          text: 'Je demande aux référents ViaTrajectoire de ma structure de m’attribuer celle qui correspond à ma fonction.',
        },
        { text: `Si besoin d’aide, je contacte ${CONTACT_ADDRESS}.` },
      ],
      didYouKnow: {
        text: 'Les référents ViaTrajectoire de votre structure créent les comptes et attribuent les habilitations. Vos habilitations sont visibles dans ViaTrajectoire, rubrique « Mes habilitations » de votre compte.',
        added: {
          source: 'tutoriels publics de ViaTrajectoire (ADMINISTRATION › Mon compte › Mes habilitations)',
        },
      },
      mails: [
        {
          label: 'Écrire à mes référents pour une habilitation',
          form: 'referents-habilitation',
          reminder: REFERENTS_REMINDER,
        },
        ASK_REFERENTS_MAIL,
        {
          label: 'Demander à SESAN de renseigner nos référents',
          form: 'no-referents',
        },
      ],
    },
    {
      id: 'how-to-request',
      title: '… je ne sais pas comment créer et envoyer une demande',
      shortTitle: 'Créer et envoyer une demande',
      inGuide: true,
      steps: [
        { text: 'Je consulte le parcours de formation.', resource: 'sesan-formation' },
        { text: `Si besoin d’aide, je contacte ${CONTACT_ADDRESS}.` },
      ],
      didYouKnow: {
        text: 'L’équipe ViaTrajectoire de SESAN organise régulièrement des webinaires, inscrivez-vous !',
        items: [{ text: 'Webinaires (dates et inscriptions) :', resource: 'sesan-webinaires' }],
      },
      mails: [
        {
          label: 'Demander de l’aide à SESAN',
          form: 'help',
        },
      ],
    },
  ],
  resources: [
    {
      id: 'ars-gur',
      group: 'ars',
      topic: 'Process d’orientation en vigueur en Île-de-France',
      label:
        'Guichet Unique Régional (GUR) : mieux orienter et réguler les soins résidentiels en Île-de-France',
      url: 'https://www.iledefrance.ars.sante.fr/guichet-unique-regional-gur-mieux-orienter-et-reguler-les-soins-residentiels-en-ile-de-france',
      verified: true,
    },
    {
      id: 'ars-soins-residentiels',
      group: 'ars',
      topic: 'Les dispositifs de soins résidentiels',
      label: 'Les dispositifs de soins résidentiels en Île-de-France',
      url: 'https://www.iledefrance.ars.sante.fr/les-dispositifs-de-soins-residentiels-en-ile-de-france',
      verified: true,
      added: { source: 'site de l’ARS Île-de-France, page voisine de celle du GUR' },
    },
    {
      id: 'sesan-webinaires',
      group: 'sesan',
      topic: 'Webinaires (dates et inscriptions)',
      // The guide names « Agenda des évènements Sesan », whose address is not confirmed: the link
      // says where it really goes, SESAN's home page (the agenda should be on that site).
      label: 'Site de SESAN (page d’accueil)',
      url: 'https://www.sesan.fr/',
      verified: false,
    },
    {
      id: 'sesan-formation',
      group: 'sesan',
      topic: 'Tutoriels',
      // The guide names « Parcours de formation – Formation SESAN », whose address is not
      // confirmed: the link says where it really goes, the training site's FAQ. The same page
      // stands in for the guide's « Besoin d'aide ? Cliquer ici » (a link to "#" there too).
      label: 'FAQ ViaTrajectoire – Formation SESAN',
      url: 'https://formation.sesan.fr/via-trajectoire/faq/',
      verified: false,
    },
    {
      id: 'contact-creation',
      group: 'sesan',
      topic: 'Contact',
      label: CONTACT_ADDRESS,
      email: CONTACT_ADDRESS,
      verified: true,
    },
    {
      id: 'contact-support',
      group: 'sesan',
      topic: 'Assistance ViaTrajectoire de SESAN (questions générales)',
      label: 'viatrajectoire@sesan.fr',
      email: 'viatrajectoire@sesan.fr',
      verified: true,
      added: { source: 'FAQ ViaTrajectoire de SESAN' },
    },
  ],
  closing: 'Prêt·e à utiliser ViaTrajectoire pour envoyer des demandes de prise en charge en ACT ?',
};
