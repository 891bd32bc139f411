// What the toolbar icon shows on a ViaTrajectoire tab: how many prerequisites remain, or a check
// mark. Pure: utils/badge.ts reads the state and sets it on the tab.
import { type PrerequisiteStatus, progress } from './checklist';
import { badgeLabels } from './text/fr/badge';

export const BADGE_DONE = '✓';

/** Colours of the badge; each pair has a contrast of at least 4.5:1 (tests/unit/badge.test.ts). */
export const BADGE_COLORS = {
  /** The extension's own teal (components/guidance.css --vt-primary): something left to do. */
  remaining: { background: '#0b5563', text: '#ffffff' },
  /** Its green (--vt-success): everything met. */
  done: { background: '#1d6b34', text: '#ffffff' },
} as const;

export function remainingCount(statuses: readonly PrerequisiteStatus[]): number {
  const { done, total } = progress([...statuses]);
  return total - done;
}

export function badgeText(statuses: readonly PrerequisiteStatus[]): string {
  const remaining = remainingCount(statuses);
  return remaining === 0 ? BADGE_DONE : String(remaining);
}

export function badgeTitle(statuses: readonly PrerequisiteStatus[]): string {
  const remaining = remainingCount(statuses);
  return remaining === 0 ? badgeLabels.allMet : badgeLabels.remaining(remaining);
}

export function badgeColors(statuses: readonly PrerequisiteStatus[]): { background: string; text: string } {
  return remainingCount(statuses) === 0 ? BADGE_COLORS.done : BADGE_COLORS.remaining;
}
