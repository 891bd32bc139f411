// The words of « Ce que l'extension a compris » and of the recognition report's buttons: a
// maintainer-facing section of the panel, the extension's own (none of it is the guide's).
// Plain literals, typeset as written (tests/unit/guide.test.ts checks them).

import type { LearntFact } from '../../learnt';
import { APP_LABELS } from '../../lib/app-labels';
import type { SituationRule } from '../../match';
import type { KindSource, SignalId } from '../../viatrajectoire/trace';
import type { PageKind } from '../../viatrajectoire/urls';

export const understandingLabels = {
  // The panel's foot: a small disclosure for maintainers, under the guidance.
  summary: 'Pour l’équipe technique',
  title: 'Ce que l’extension a compris',
  addedSource: 'ce que l’extension a lu sur cette page, à l’instant',
  pageKind: 'Page',
  kindSource: 'Reconnue par',
  situation: 'Situation',
  rule: 'Pourquoi',
  noSituation: 'aucune (à vous de la choisir)',
  facts: 'Constats de cette session',
  noFacts: 'Aucun pour l’instant.',
  yes: 'oui',
  no: 'non',
  missing: 'Parties attendues, introuvables',
  // Functions insert a value: their no-break spaces (before « : », inside « h ») are typed here.
  fact: (name: string, value: string, when: string) => `${name}\u00a0: ${value}, vu ${when}`,
  atTime: (hour: string, minute: string) => `à ${hour}\u00a0h\u00a0${minute}`,
  onDay: (day: string, time: string) => `le ${day} ${time}`,
  notFound: (part: string) => `${part}\u00a0: introuvable`,
  found: 'Parties trouvées',
  foundSeparator: ' : ',
  noneMissing: 'Toutes les parties attendues ont été trouvées.',
  requestOnly:
    'Sur un dossier de demande, l’extension ne lit que l’adresse : rien d’autre de la page n’est montré ici.',
  copyReport: 'Copier un rapport de reconnaissance',
  reportCopied: 'Rapport copié',
  reportCopyFailed: 'Copie impossible : le presse-papiers a refusé le rapport.',
  reportAbout:
    'Le rapport décrit ce que l’extension a reconnu ici : type de page, adresse masquée, parties trouvées, structure de la page sans son texte. Il ne contient aucune donnée patient et ne part nulle part tout seul : c’est vous qui le collez.',
  // The maintainers' address, when the build or the organisation gives one: to copy, never a mail
  // link (every message leaves from the extension's own pages, PRIVACY.md).
  reportPasteTo: 'Pour l’envoyer, collez-le dans un mail à cette adresse :',
};

/** A French name for each page kind. */
export const PAGE_KIND_NAMES: Record<PageKind, string> = {
  'public-home': 'accueil public de ViaTrajectoire',
  login: 'page de connexion',
  dashboard: 'tableau de bord',
  request: 'dossier de demande',
  account: `${APP_LABELS.myAccount} (« ${APP_LABELS.myHabilitations} »)`,
  establishment: 'fiche établissement',
  other: 'page non reconnue',
};

/** What the page kind was decided from. */
export const KIND_SOURCE_NAMES: Record<KindSource, string> = {
  address: 'l’adresse de la page',
  heading: 'un titre de la page',
  tabs: 'les onglets de la page',
  'login-form': 'le formulaire de connexion',
};

/** The learnt facts, as the user knows them. */
export const FACT_NAMES: Record<LearntFact, string> = {
  hasAccount: 'Compte',
  hasUnit: 'Unité',
  hasHabilitation: 'Habilitation pour créer des demandes',
};

/** One sentence per rule of content/match.ts explainSituation. */
export const RULE_SENTENCES: Record<SituationRule, string> = {
  chosen: 'Vous avez choisi cette situation vous-même.',
  'logged-out-entry':
    'Pas de session ouverte, sur l’accueil ou la page de connexion : peut-être pas encore de compte.',
  'account-no-row': `Le tableau « ${APP_LABELS.myHabilitations} » n’a aucune ligne.`,
  'account-no-unit': `Aucune ligne du tableau « ${APP_LABELS.myHabilitations} » ne nomme une unité.`,
  'account-creating': `Une ligne du tableau « ${APP_LABELS.myHabilitations} » permet de créer des demandes.`,
  'account-not-creating': `Aucune ligne du tableau « ${APP_LABELS.myHabilitations} » ne permet de créer des demandes.`,
  'own-establishment-no-unit': 'La fiche de votre établissement (celui du bandeau) ne liste aucune unité.',
  'learnt-no-unit': 'Le dernier prérequis manquant vu pendant cette session : l’unité.',
  'learnt-no-habilitation': 'Le dernier prérequis manquant vu pendant cette session : l’habilitation.',
  'logged-in-default': 'Session ouverte, et rien de ce qui a été vu ne dit qu’un prérequis manque.',
  'logged-out-elsewhere': 'Pas de session ouverte, sur une page qui ne dit rien de votre situation.',
};

/** The parts of the page the reader looks for (content/viatrajectoire/trace.ts). */
export const SIGNAL_NAMES: Record<SignalId, string> = {
  banner: 'bandeau du site',
  'structure-name': 'nom de la structure dans le bandeau',
  'unit-name': 'nom de l’unité dans le bandeau',
  logout: 'bouton « Se déconnecter »',
  'account-heading': `titre ou onglet « ${APP_LABELS.myHabilitations} »`,
  'habilitations-table': `tableau « ${APP_LABELS.myHabilitations} »`,
  'units-heading': 'titre ou onglet « Unités de soins »',
  'general-information-tab': 'onglet « Informations générales »',
  'units-section': 'section « Unités de soins »',
  'units-list': 'liste des unités',
  'establishment-title': 'titre de la fiche établissement',
  'login-form': 'formulaire de connexion',
};
