// The toolbar icon's title on ViaTrajectoire tabs: screen readers read it, not the badge.
import { frenchTypography } from './typography';

export const badgeLabels = {
  // Functions are not walked by withFrenchTypography: they apply it themselves.
  remaining: (count: number) =>
    frenchTypography(`Guide ACT : ${count} prérequis ${count > 1 ? 'restants' : 'restant'}`),
  allMet: frenchTypography('Guide ACT : tous les prérequis sont remplis'),
};
