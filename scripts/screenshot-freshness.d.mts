/** The project's root directory. */
export const ROOT: string;
export interface Screenshot {
  /** Path of the PNG, relative to the root. */
  file: string;
  /** The view it shows. */
  shows: 'popup' | 'panel' | 'composer';
  /** The folders whose commits it must be newer than, relative to the root. */
  sources: readonly string[];
}
export const SCREENSHOTS: readonly Screenshot[];
export function skipReason(root?: string): string | undefined;
export function screenshotFreshness(
  shot: Pick<Screenshot, 'file' | 'sources'>,
  root?: string,
): { state: 'fresh' | 'uncommitted' } | { state: 'stale'; commits: string[] };
export function staleScreenshots(
  root?: string,
  shots?: readonly Pick<Screenshot, 'file' | 'sources'>[],
): string[];
