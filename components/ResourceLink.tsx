import type { Resource } from '../content/guide';
import { labels } from '../content/text';
import { AddedNote } from './AddedNote';
import { refuseUntrusted } from './trusted';

/**
 * A link to one of the guide's resources, labelled by the page it opens. Where that page stands
 * in for one the guide names (its address unconfirmed), the note says so in words; a resource
 * the guide does not name is marked as the extension's.
 */
export function ResourceLink({ resource }: { resource: Resource }) {
  const href = resource.url ?? (resource.email ? `mailto:${resource.email}` : undefined);
  if (!href) return null;
  const external = Boolean(resource.url);
  return (
    <>
      <a
        href={href}
        onClick={refuseUntrusted}
        {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
      >
        {resource.label}
        {external ? <span class="visually-hidden"> ({labels.opensInNewTab})</span> : null}
      </a>
      {resource.note ? <span class="resource-note"> {resource.note}</span> : null}
      {resource.added ? (
        <>
          {' '}
          <AddedNote added={resource.added} />
        </>
      ) : null}
    </>
  );
}
