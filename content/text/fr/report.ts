// The recognition report's words (content/report/report.ts): plain text for a maintainer, in French
// like the rest of the interface. Written already typeset (tests/unit/guide.test.ts checks them).

import { CUT_ATTRIBUTE, MASKED_NUMBER, MASKED_WORD } from '../../lib/report-markers.mjs';
import type { KindSource } from '../../viatrajectoire/trace';

/** Values of data-vt="…" on an element whose content was left out, and why. */
const cut = {
  content: 'coupé',
  depth: 'profondeur',
  rows: 'lignes',
  size: 'taille',
} as const;

export const reportLabels = {
  title: 'Rapport de reconnaissance du Guide ACT ViaTrajectoire',
  notice: `Ce rapport ne contient aucun texte de la page, sauf les libellés connus\u202f; dans les identifiants, classes, attributs et chemins, chaque mot hors du vocabulaire de l’extension devient ${MASKED_WORD} et chaque nombre ${MASKED_NUMBER}\u202f; les valeurs des paramètres de l’adresse sont masquées.`,
  /** Between a line's name and its value. */
  separator: '\u00a0: ',
  date: 'Date',
  extension: 'Extension',
  guide: 'Guide',
  browser: 'Navigateur',
  pageKind: 'Type de page',
  kindSource: 'reconnu d’après',
  kindSources: {
    address: 'l’adresse',
    heading: 'un titre',
    tabs: 'les onglets',
    'login-form': 'le formulaire de connexion',
  } satisfies Record<KindSource, string>,
  address: 'Adresse',
  /** On a fiche établissement: whether its title is the banner's structure (the reader's yes/no, never the names). */
  ownEstablishment: 'Fiche de la structure du bandeau',
  yes: 'oui',
  no: 'non',
  found: 'Signaux trouvés',
  missed: 'Signaux manquants',
  none: 'aucun',
  requestFile: 'Page d’un dossier de demande\u00a0: rien d’autre n’est relevé sur un dossier.',
  skeleton:
    'Squelette des zones lues (balises, identifiants, classes, rôles et attributs ARIA), tout texte retiré sauf les libellés connus',
  /** How to read the skeleton's data-vt markers. */
  cutNote: `${CUT_ATTRIBUTE}="${cut.content}"\u00a0: contenu laissé de côté (lignes de données, zones patient, blocs de contenu)\u202f; "${cut.depth}", "${cut.rows}", "${cut.size}"\u00a0: limites du squelette.`,
  /** Text of the page that is not a known label. */
  masked: '…',
  cut,
  unknownBrowser: 'inconnu',
} as const;
