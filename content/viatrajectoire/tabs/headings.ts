// Plain section headings (h1–h4, legend, role=heading): their section is the container around them.

import type { SelectorExamples } from '../selectors';
import { sectionContainers } from '../selectors';
import type { HeadingVia, TabKit } from './shared';

export const plainHeadings = [
  'h1', // [I 2026-11]
  'h2', // [I 2026-11]
  'h3', // [I 2026-11]
  'h4', // [I 2026-11] a section title inside a Bootstrap card or panel
  'legend', // [I 2026-11] WebForms fieldsets
  '[role="heading"]', // [I 2026-11] div-based headings
];
export const plainHeadings_: SelectorExamples = {
  h1: { 'account-prescriber': 1 },
  h2: { 'account-prescriber': 2 },
  h3: { dashboard: 1 },
  h4: { 'account-grid': 2 },
  legend: { 'account-no-row': 1 },
  '[role="heading"]': { 'account-no-habilitation': 1 },
};

const TAGS: readonly HeadingVia[] = ['h1', 'h2', 'h3', 'h4', 'legend'];
const SECTION_CONTAINERS = sectionContainers.join(', ');

export const headings: TabKit = {
  tabs: plainHeadings,
  vocabulary: [...plainHeadings, ...sectionContainers],
  via: (element) => TAGS.find((tag) => tag === element.localName) ?? 'role=heading',
  sectionOf: (_doc, heading) => heading.closest(SECTION_CONTAINERS) ?? undefined,
};
