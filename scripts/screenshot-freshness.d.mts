/** The project's root directory. */
export const ROOT: string;
/** The record `npm run screenshots` writes, relative to the root: docs/screenshots/sources.json. */
export const RECORD: string;
export interface Screenshot {
  /** Path of the PNG, relative to the root. */
  file: string;
  /** The view it shows. */
  shows: 'popup' | 'panel' | 'composer';
  /** The folders it shows, relative to the root. */
  sources: readonly string[];
}
export const SCREENSHOTS: readonly Screenshot[];
/** What the record keeps per screenshot: git's hash of the image and of each folder it shows. */
export interface Recorded {
  image: string;
  sources: Record<string, string>;
}
type Shot = Pick<Screenshot, 'file' | 'sources'>;
export function skipReason(root?: string): string | undefined;
export function sourceHashes(paths: readonly string[], root?: string): Record<string, string>;
export function readRecord(root?: string): Record<string, Recorded>;
export function writeRecord(root?: string, shots?: readonly Shot[]): void;
export function screenshotFreshness(
  shot: Shot,
  root?: string,
  record?: Record<string, Recorded>,
): { state: 'fresh' | 'unrecorded' | 'replaced' } | { state: 'stale'; changed: string[] };
export function staleScreenshots(root?: string, shots?: readonly Shot[]): string[];
