import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { type PrerequisiteStatus, progress } from '../content/checklist';
import type { FormId } from '../content/compose/ids';
import { CONTACT_ADDRESS, guide, type PrerequisiteId, type Resource, resourceById } from '../content/guide';
import { labels, openOptionsLabel, popupLabels } from '../content/text';
import { AddedNote } from './AddedNote';
import { Checklist } from './Checklist';
import { CopyAddress } from './CopyAddress';
import { Icon } from './Icon';
import { ShowOnPage } from './ShowOnPage';

interface PopupProps {
  statuses: PrerequisiteStatus[];
  onToggle: (id: PrerequisiteId, ticked: boolean) => void;
  /** Opens the options page (browser.runtime.openOptionsPage). */
  onOpenOptions?: () => void;
  /** Opens the message composer in a tab of its own (utils/open-composer.ts). */
  onCompose?: (form: FormId) => void;
}

/**
 * The toolbar popup, short: where the user stands (the checklist, folded once everything is in
 * place), then the contact and the resources; the guide's introduction behind a disclosure.
 * Each situation's full « Que faire ? » is the in-page panel's job.
 */
export function Popup({ statuses, onToggle, onOpenOptions, onCompose }: PopupProps) {
  const { done, total } = progress(statuses);
  const allMet = done === total;
  // Folded while everything is in place, unless the user unfolds it; stays unfolded after that.
  const [unfolded, setUnfolded] = useState(false);
  const folded = allMet && !unfolded;
  const listRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  // Ticking the last box folds the list it was in: the focus goes to the control that unfolds it.
  // Right after the DOM changes, before the browser drops the focus of the box it hides.
  useLayoutEffect(() => {
    if (folded && listRef.current?.contains(document.activeElement)) toggleRef.current?.focus();
  }, [folded]);

  return (
    <>
      <header class="popup-header">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <h1>{popupLabels.appName}</h1>
      </header>
      <main>
        <section aria-labelledby="checklist-title" class="card">
          <div class="checklist-heading">
            <h2 id="checklist-title">{popupLabels.checklistTitle}</h2>
            {/* Once everything is met, « Tout est en place (4/4) » says it. */}
            {allMet ? null : (
              <span class="progress-count" aria-hidden="true">
                {popupLabels.progress(done, total)}
              </span>
            )}
          </div>
          {allMet ? null : (
            <progress
              value={done}
              max={total}
              aria-label={popupLabels.progressLabel(done, total)}
              aria-valuetext={popupLabels.progressLabel(done, total)}
            />
          )}
          {/* Always in the DOM, so that screen readers announce « Tout est en place » when it comes. */}
          <div role="status" class="checklist-status">
            {allMet ? (
              <p class="all-set" data-testid="all-set">
                <Icon name="check" /> {popupLabels.allSet(done, total)}
              </p>
            ) : null}
          </div>
          {allMet ? (
            <p class="next-request">
              {popupLabels.nextStep} <ResourceAnchor resource={resourceById('sesan-formation')} />
            </p>
          ) : null}
          <ShowOnPage />
          {allMet ? (
            <button
              type="button"
              class="link-button fold-toggle"
              ref={toggleRef}
              aria-expanded={!folded}
              aria-controls="checklist-list"
              onClick={() => setUnfolded(folded)}
            >
              <Icon name={folded ? 'chevron-down' : 'chevron-up'} />{' '}
              <span class="link-text">{folded ? popupLabels.showList : popupLabels.hideList}</span>
            </button>
          ) : null}
          <div id="checklist-list" ref={listRef} hidden={folded}>
            <Checklist statuses={statuses} onToggle={onToggle} onCompose={onCompose} />
          </div>
        </section>

        <section aria-labelledby="resources-title" class="card">
          <h2 id="resources-title">{popupLabels.resourcesTitle}</h2>
          {/* The guide's « Contact : » line, its address with a copy button and a mail link. */}
          <div class="contact">
            <h3 class="contact-title">{labels.topicLead(popupLabels.contactTitle)}</h3>
            <CopyAddress address={CONTACT_ADDRESS} />
            <a href={`mailto:${CONTACT_ADDRESS}`} title={popupLabels.mailOpens}>
              <Icon name="mail" />
              {popupLabels.writeToSesan}
            </a>
          </div>
          {(['ars', 'sesan'] as const).map((group) => (
            <div key={group}>
              <h3>{group === 'ars' ? popupLabels.resourcesArs : popupLabels.resourcesSesan}</h3>
              <ul class="resources">
                {guide.resources
                  // The contact address is above, with its copy button.
                  .filter((resource) => resource.group === group && resource.email !== CONTACT_ADDRESS)
                  .map((resource) => (
                    <li key={resource.id}>
                      <span class="resource-topic">{labels.topicLead(resource.topic)}</span>{' '}
                      <ResourceAnchor resource={resource} />
                      {resource.added ? (
                        <>
                          {' '}
                          <AddedNote added={resource.added} />
                        </>
                      ) : null}
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </section>

        <details class="guide-about">
          <summary>{popupLabels.aboutGuide}</summary>
          <h2>{guide.title}</h2>
          <p class="hint">{popupLabels.guideBy(guide.publisher, guide.version)}</p>
          {guide.intro.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          <p class="closing">{guide.closing}</p>
          <p class="hint">{popupLabels.guideSource(guide.version)}</p>
        </details>
      </main>
      <footer class="popup-footer">
        <p>{popupLabels.privacy}</p>
        {onOpenOptions ? (
          <p>
            <button type="button" class="link-button" onClick={onOpenOptions}>
              {openOptionsLabel}
            </button>
          </p>
        ) : null}
      </footer>
    </>
  );
}

/** A resource's link, labelled by the page it opens (an extension page: no page can click it). */
function ResourceAnchor({ resource }: { resource: Resource | undefined }) {
  if (!resource) return null;
  const href = resource.url ?? (resource.email ? `mailto:${resource.email}` : undefined);
  if (!href) return null;
  if (!resource.url) return <a href={href}>{resource.label}</a>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {resource.label}
      <span class="visually-hidden"> ({labels.opensInNewTab})</span> <Icon name="external" />
    </a>
  );
}
