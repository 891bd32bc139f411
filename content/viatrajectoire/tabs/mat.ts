// Angular Material tabs (mat-tab-group), legacy and MDC-based, written without ARIA roles: labels
// and bodies paired by position. [I 2026-11] no public evidence of Material on the site.

import type { SelectorExamples } from '../selectors';
import { panelByPosition } from './by-position';
import type { TabKit } from './shared';

export const materialTabGroups = [
  'mat-tab-group', // [I 2026-11] Angular Material's element
];
export const materialTabGroups_: SelectorExamples = {
  'mat-tab-group': { 'establishment-units-mat-tab': 1, 'establishment-units-mat-legacy': 1 },
};
export const materialTabLabels = [
  '.mdc-tab', // [I 2026-11] Angular Material 15+ (MDC): the kit's public class, not a generated one
  '.mat-mdc-tab', // [I 2026-11] Angular Material 15+, the same label's other public class
  '.mat-tab-label', // [I 2026-11] Angular Material legacy
];
export const materialTabLabels_: SelectorExamples = {
  '.mdc-tab': { 'establishment-units-mat-tab': 3, 'establishment-units-mat-legacy': 0 },
  '.mat-mdc-tab': { 'establishment-units-mat-tab': 3 },
  '.mat-tab-label': { 'establishment-units-mat-legacy': 2 },
};
export const materialTabBodies = [
  'mat-tab-body', // [I 2026-11] Angular Material, all versions; only the selected body has content
];
export const materialTabBodies_: SelectorExamples = {
  'mat-tab-body': { 'establishment-units-mat-tab': 3, 'establishment-units-mat-legacy': 2 },
};

/** Class names of the selected label or body, MDC and legacy. */
export const MATERIAL_ACTIVE = [
  'mdc-tab--active',
  'mat-tab-label-active',
  'mat-mdc-tab-body-active',
  'mat-tab-body-active',
];

const kit = {
  groups: materialTabGroups,
  labels: materialTabLabels,
  panels: materialTabBodies,
  active: MATERIAL_ACTIVE,
};

export const mat: TabKit = {
  tabs: materialTabLabels,
  vocabulary: [...materialTabGroups, ...materialTabLabels, ...materialTabBodies, ...MATERIAL_ACTIVE],
  via: () => 'mat-tab',
  sectionOf: (_doc, tab) => panelByPosition(tab, kit),
};
