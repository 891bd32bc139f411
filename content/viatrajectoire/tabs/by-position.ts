// Kits that pair a tab with its panel by position in their own group (Angular Material, PrimeNG).

import { all } from '../dom';
import { isActive, shown } from './shared';

export interface PositionalKit {
  groups: readonly string[];
  labels: readonly string[];
  panels: readonly string[];
  /** Class names of the selected label or the shown panel. */
  active: readonly string[];
}

/** The panel at the tab's position in its own group, when it is the one shown. */
export function panelByPosition(tab: Element, kit: PositionalKit): Element | undefined {
  const group = tab.closest(kit.groups.join(', '));
  if (!group) return undefined;
  const own = (element: Element) => element.closest(kit.groups.join(', ')) === group;
  const index = all(group, kit.labels).filter(own).indexOf(tab);
  const panel = index < 0 ? undefined : all(group, kit.panels).filter(own)[index];
  if (!panel) return undefined;
  // Material renders every body, only the selected one with content; PrimeNG hides the others.
  return isActive(tab, kit.active) || isActive(panel, kit.active) ? shown(panel) : undefined;
}
