// The interface's words for the composer's forms: titles, purposes, legends, field labels, hints,
// choices, and why the extension asks for what the guide does not. The mails' own French (subject,
// intro, items, greeting), which SESAN and the référents read whatever the interface's language,
// is in content/guide/mail-texts.ts; content/compose/forms.ts puts both together.

/** The labels shared by several forms. */
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
  referentsToHint:
    'Vous ne la connaissez pas ? Demandez à votre cadre ou à votre direction. Sans elle, vous pourrez ajouter l’adresse dans votre messagerie. Plusieurs adresses : séparez-les par une virgule.',
  /** The same field when the organisation's policy filled it. */
  referentsToHintManaged:
    'Adresse fournie par votre organisation. Plusieurs adresses : séparez-les par une virgule.',
  referentsLegend: 'Référents ViaTrajectoire de la structure',
  referentsHint: 'Les personnes qui créeront les comptes et attribueront les habilitations.',
  meLegend: 'Mes coordonnées',
  phone: 'Téléphone',
  mail: 'Adresse mail',
  /** The user's own address, in a form and in « Mes coordonnées ». */
  workMail: 'Adresse mail professionnelle',
  referentRole: 'Fonction dans l’établissement',
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
};

/** Each form's own words. */
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
    moreSummary: 'Pour aider SESAN à la trouver (facultatif) : n° FINESS, adresse, type de structure',
    address: 'Adresse postale',
    kind: 'Type de structure',
    kindOther: 'Précisez le type de structure',
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
  },
  account: {
    title: 'Demander un compte à mes référents',
    purpose:
      'Un mail aux référents ViaTrajectoire de votre structure, les personnes de votre établissement qui créent les comptes.',
    toLegend: 'Destinataires',
    meLegend: 'Mes coordonnées',
    email: 'Adresse mail professionnelle',
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
  },
  askReferents: {
    title: 'Demander à SESAN qui sont mes référents',
    purpose:
      'Un mail à l’équipe ViaTrajectoire de SESAN, si ni votre cadre ni votre direction ne savent qui sont les référents ViaTrajectoire de votre structure.',
    /** Why this message, which the guide does not write: the guide's own way out. */
    source: 'le guide : « Si besoin d’aide, je contacte viatrajectoire.creation@sesan.fr »',
    structureLegend: 'Ma structure',
    structure: 'Nom de la structure',
  },
  noReferents: {
    title: 'Demander à SESAN de renseigner nos référents',
    purpose:
      'Si votre structure n’a pas de référents ViaTrajectoire : un mail à l’équipe ViaTrajectoire de SESAN pour les renseigner.',
    structureLegend: 'Ma structure',
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
  },
};
