import { labels, type Resource } from '../content/guide';
import { refuseUntrusted } from './trusted';

/** A link to one of the guide's resources; an unconfirmed address says so. */
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
      {resource.verified ? null : (
        <span class="resource-note" title={resource.note}>
          {' '}
          ({labels.nearestPage})
        </span>
      )}
    </>
  );
}
