// Reading store/permissions.md: shared by the text checks (tests/unit/store.test.ts) and the
// build check that it justifies exactly the built manifest's permissions (tests/build/store.test.ts).
import type { Manifest } from './output';

/** Each `## heading` of store/permissions.md and the text under it. */
export function permissionSections(markdown: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const part of markdown.split(/^## /mu).slice(1)) {
    const [heading = '', ...body] = part.split('\n');
    sections.set(heading.trim().replace(/^`|`$/gu, ''), body.join('\n').trim());
  }
  return sections;
}

/** Every permission and host a manifest asks for, content-script matches included. */
export function askedFor(manifest: Manifest): string[] {
  return [
    ...new Set<string>([
      ...(manifest.permissions ?? []),
      ...(manifest.optional_permissions ?? []),
      ...(manifest.host_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
      ...((manifest.content_scripts ?? []) as Manifest[]).flatMap((script) => script.matches ?? []),
    ]),
  ].sort();
}
