import type { Resource } from '../content/guide';
import { labels } from '../content/text';
import { AddedNote } from './AddedNote';
import { Icon } from './Icon';
import { refuseUntrusted } from './trusted';

/**
 * A link to one of the guide's resources, labelled by the page it opens (content/guide/guide.ts
 * says, for maintainers, which page stands in for one the guide names); a resource the guide does
 * not name is marked as the extension's.
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
        {external ? (
          <>
            {' '}
            <Icon name="external" />
            <span class="visually-hidden"> ({labels.opensInNewTab})</span>
          </>
        ) : null}
      </a>
      {resource.added ? (
        <>
          {' '}
          <AddedNote added={resource.added} />
        </>
      ) : null}
    </>
  );
}
