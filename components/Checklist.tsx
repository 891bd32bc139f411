import type { PrerequisiteStatus } from '../content/checklist';
import { FORMS_BY_SITUATION, type FormId } from '../content/compose/ids';
import { guide, type PrerequisiteId, prerequisiteById, situationById } from '../content/guide';
import { popupLabels } from '../content/text';
import { Icon } from './Icon';

interface ChecklistProps {
  statuses: PrerequisiteStatus[];
  onToggle: (id: PrerequisiteId, ticked: boolean) => void;
  /** Opens the message composer on a form; without it, no line under an unmet prerequisite. */
  onCompose?: (form: FormId) => void;
}

/**
 * The guide's prerequisites, grouped, each tickable. Under each one not met, one short line: the
 * message that gets it done (the situation's usual form, in the composer). The whole « Que faire ? »
 * of a situation is the in-page panel's job.
 */
export function Checklist({ statuses, onToggle, onCompose }: ChecklistProps) {
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
                        <Icon name="eye" /> {popupLabels.seenOnViaTrajectoire}
                      </span>
                    ) : null}
                  </div>
                  {status.id === 'user-habilitation' && !status.met ? (
                    <p class="habilitations">{guide.habilitations.join(' · ')}</p>
                  ) : null}
                  {status.met || !onCompose ? null : (
                    <NextStep situationId={status.situation} onCompose={onCompose} />
                  )}
                </div>
              );
            })}
        </fieldset>
      ))}
    </>
  );
}

/** One line: the situation's usual message, as a quiet button that opens the composer. */
function NextStep({
  situationId,
  onCompose,
}: {
  situationId: PrerequisiteStatus['situation'];
  onCompose: (form: FormId) => void;
}) {
  const situation = situationById(situationId);
  const form = FORMS_BY_SITUATION[situationId]?.[0];
  const mail = situation.mails.find((candidate) => candidate.form === form);
  if (!form || !mail) return null;
  return (
    <p class="next-step" data-situation={situationId}>
      <button type="button" class="link-button" data-compose={form} onClick={() => onCompose(form)}>
        <Icon name="pencil" /> <span class="link-text">{mail.label}</span>
      </button>
    </p>
  );
}
