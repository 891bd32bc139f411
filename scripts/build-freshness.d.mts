/** The project's root directory. */
export const ROOT: string;
/** What a build is made from, relative to the root. */
export const BUILD_SOURCES: readonly string[];
export type BuildFreshness =
  | { state: 'missing' }
  | { state: 'stale' | 'fresh'; builtAt: number; newest?: { path: string; mtimeMs: number } };
export function buildFreshness(
  dir: string,
  options?: { root?: string; sources?: readonly string[] },
): BuildFreshness;
export function staleBuildMessage(
  dir: string,
  command: string,
  options?: { root?: string; sources?: readonly string[] },
): string | undefined;
