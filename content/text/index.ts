// The interface's own words (never the guide's, which are in content/guide/, nor the mails sent to
// SESAN, which stay French whatever the interface's language). One folder per language; French is
// the only one, and this file is where a second would be chosen.
export { badgeLabels } from './fr/badge';
export { composeButtonLabels, composerLabels } from './fr/composer';
export { formatNumber, INTERFACE_LOCALE } from './fr/locale';
export { ignoredLine, myDetailsLabels, openOptionsLabel, optionsLabels } from './fr/options';
export { labels } from './fr/panel';
export { popupLabels } from './fr/popup';
export { reportLabels } from './fr/report';
export { frenchTypography } from './fr/typography';
