// The toolbar icon's title on ViaTrajectoire tabs: screen readers read it, not the badge.
import { frenchTypography } from './typography';

export const badgeLabels = {
  // Typeset as written (see guide.ts); the function applies frenchTypography to what it builds.
  remaining: (count: number) =>
    frenchTypography(`Guide ACT : ${count} prérequis ${count > 1 ? 'restants' : 'restant'}`),
  allMet: 'Guide ACT : tous les prérequis sont remplis',
};
