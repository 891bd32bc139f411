import { type PrerequisiteStatus, progress } from '../content/checklist';
import type { FormId } from '../content/compose/ids';
import {
  CONTACT_ADDRESS,
  guide,
  labels,
  type PrerequisiteId,
  popupLabels,
  situationById,
} from '../content/guide';
import { openOptionsLabel } from '../content/text/fr/options';
import { Checklist } from './Checklist';
import { CopyAddress } from './CopyAddress';
import { ResourceLink } from './ResourceLink';
import { ShowOnPage } from './ShowOnPage';
import { SituationGuidance } from './SituationGuidance';

interface PopupProps {
  statuses: PrerequisiteStatus[];
  onToggle: (id: PrerequisiteId, ticked: boolean) => void;
  /** Opens the options page (browser.runtime.openOptionsPage). */
  onOpenOptions?: () => void;
  /** Opens the message composer in a tab of its own (utils/open-composer.ts). */
  onCompose?: (form: FormId) => void;
}

/** The toolbar popup: the full checklist, every situation by hand, the contact, the resources. */
export function Popup({ statuses, onToggle, onOpenOptions, onCompose }: PopupProps) {
  const { done, total } = progress(statuses);
  const allMet = done === total;
  return (
    <>
      <header class="popup-header">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <div>
          <h1>{popupLabels.appName}</h1>
          <p class="subtitle">{popupLabels.popupTitle}</p>
        </div>
      </header>
      <main>
        <ShowOnPage />
        <section aria-labelledby="guide-title" class="card guide-intro">
          <h2 id="guide-title">{guide.title}</h2>
          <p class="hint">{popupLabels.guideBy(guide.publisher, guide.version)}</p>
          {guide.intro.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
        <section aria-labelledby="checklist-title" class="card">
          <div class="checklist-heading">
            <h2 id="checklist-title">{popupLabels.checklistTitle}</h2>
            <span class="progress-count" aria-hidden="true">
              {popupLabels.progress(done, total)}
            </span>
          </div>
          <progress
            value={done}
            max={total}
            aria-label={popupLabels.progressLabel(done, total)}
            aria-valuetext={popupLabels.progressLabel(done, total)}
          />
          <p class="hint">{popupLabels.checklistHint}</p>
          <Checklist statuses={statuses} onToggle={onToggle} onCompose={onCompose} />
          {allMet ? (
            <div class="all-done" data-testid="all-done">
              <p role="status">{popupLabels.allDone}</p>
              <SituationGuidance situation={situationById('how-to-request')} />
            </div>
          ) : null}
        </section>

        <section aria-labelledby="situations-title" class="card">
          <h2 id="situations-title">{guide.situationsLead}</h2>
          {guide.situations.map((situation) => (
            <details class="situation" key={situation.id} data-situation={situation.id}>
              <summary>
                {situation.title}
                {situation.inGuide ? null : <span class="implied"> ({labels.impliedSituation})</span>}
              </summary>
              <SituationGuidance situation={situation} onCompose={onCompose} />
            </details>
          ))}
        </section>

        <section aria-labelledby="contact-title" class="card">
          <h2 id="contact-title">{popupLabels.contactTitle}</h2>
          <CopyAddress address={CONTACT_ADDRESS} />
          <p>
            <a class="button button-secondary" href={`mailto:${CONTACT_ADDRESS}`}>
              ✉ {popupLabels.writeTo} {CONTACT_ADDRESS}
            </a>
          </p>
        </section>

        <section aria-labelledby="resources-title" class="card">
          <h2 id="resources-title">{popupLabels.resourcesTitle}</h2>
          {(['ars', 'sesan'] as const).map((group) => (
            <div key={group}>
              <h3>{group === 'ars' ? popupLabels.resourcesArs : popupLabels.resourcesSesan}</h3>
              <ul class="resources">
                {guide.resources
                  .filter((resource) => resource.group === group)
                  .map((resource) => (
                    <li key={resource.id}>
                      <span class="resource-topic">{resource.topic}</span>
                      <br />
                      <ResourceLink resource={resource} />
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </section>
      </main>
      <footer class="popup-footer">
        <p class="closing">{guide.closing}</p>
        <p>{popupLabels.guideSource(guide.version)}</p>
        <p>{popupLabels.privacy}</p>
        {onOpenOptions ? (
          <p>
            <button type="button" class="button button-secondary" onClick={onOpenOptions}>
              {openOptionsLabel}
            </button>
          </p>
        ) : null}
      </footer>
    </>
  );
}
