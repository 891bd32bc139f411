import type { PrerequisiteStatus } from '../content/checklist';
import type { FormId } from '../content/compose/ids';
import { guide, type PrerequisiteId, prerequisiteById, situationById } from '../content/guide';
import { popupLabels } from '../content/text';
import { SituationGuidance } from './SituationGuidance';

interface ChecklistProps {
  statuses: PrerequisiteStatus[];
  onToggle: (id: PrerequisiteId, ticked: boolean) => void;
  /** Passed to each SituationGuidance: its "Rédiger le message" buttons. */
  onCompose?: (form: FormId) => void;
}

/** The guide's prerequisites, grouped, each tickable, with what to do under each one not met. */
export function Checklist({ statuses, onToggle, onCompose }: ChecklistProps) {
  const firstUnmet = statuses.find((status) => !status.met)?.id;
  return (
    <>
      {guide.prerequisiteGroups.map((group) => (
        <fieldset class="prerequisite-group" key={group.id}>
          <legend>{group.title}</legend>
          {statuses
            .filter((status) => prerequisiteById(status.id)?.group === group.id)
            .map((status) => {
              const prerequisite = prerequisiteById(status.id);
              if (!prerequisite) return null;
              const inputId = `prerequisite-${status.id}`;
              return (
                <div class="prerequisite" key={status.id} data-prerequisite={status.id} data-met={status.met}>
                  <div class="prerequisite-row">
                    <input
                      type="checkbox"
                      id={inputId}
                      checked={status.met}
                      // A fact seen on ViaTrajectoire is not the user's to untick here.
                      disabled={status.seen}
                      aria-describedby={status.seen ? `${inputId}-seen` : undefined}
                      onChange={(event) => onToggle(status.id, event.currentTarget.checked)}
                    />
                    <label for={inputId}>{prerequisite.label}</label>
                    {status.seen ? (
                      <span class="seen-tag" id={`${inputId}-seen`}>
                        {popupLabels.seenOnViaTrajectoire}
                      </span>
                    ) : null}
                  </div>
                  {status.id === 'user-habilitation' && !status.met ? (
                    <p class="habilitations">{guide.habilitations.join(' · ')}</p>
                  ) : null}
                  {status.met ? null : (
                    <details class="what-to-do" open={status.id === firstUnmet}>
                      <summary>
                        {popupLabels.whatToDo}{' '}
                        <span class="summary-detail">{situationById(status.situation).title}</span>
                      </summary>
                      <SituationGuidance
                        situation={situationById(status.situation)}
                        headingLevel={4}
                        onCompose={onCompose}
                      />
                    </details>
                  )}
                </div>
              );
            })}
        </fieldset>
      ))}
    </>
  );
}
