// The axe-core rule tags every end-to-end accessibility audit runs (a11y, composer, options and
// policy specs): the WCAG 2.0 A and AA rules, and the AA rules added by WCAG 2.1 and 2.2.
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
