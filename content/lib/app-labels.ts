// ViaTrajectoire's own words that the extension both matches on its pages (content/viatrajectoire/
// selectors.ts) and quotes to the user (content/text/): one definition, so that a label the app
// renames changes the reader and every sentence that names it together. A words file never spells
// them itself (tests/unit/app-labels.test.ts).

export const APP_LABELS = {
  /** The top menu that holds the account settings [C] (tutorials). */
  administration: 'ADMINISTRATION',
  /** The account settings page [C]. */
  myAccount: 'Mon compte',
  /** The account page's section and table of the user's habilitations [C]. */
  myHabilitations: 'Mes habilitations',
} as const;

/** « ADMINISTRATION › Mon compte › Mes habilitations »: the way to the habilitations, in the app's words. */
export const HABILITATIONS_PATH = `${APP_LABELS.administration} › ${APP_LABELS.myAccount} › ${APP_LABELS.myHabilitations}`;
