import { FORMS_BY_SITUATION, type FormId } from '../content/compose/ids';
import { CONTACT_ADDRESS, resourceById, type Situation } from '../content/guide';
import { labels } from '../content/text';
import { composeButtonLabels } from '../content/text/fr/composer';
import { AddedNote } from './AddedNote';
import { CopyAddress } from './CopyAddress';
import { MailLink } from './MailLink';
import { ResourceLink } from './ResourceLink';
import { onlyTrusted, refuseUntrusted } from './trusted';

interface SituationGuidanceProps {
  situation: Situation;
  /** Level of the "Le saviez-vous ?" heading, to fit the surrounding outline. */
  headingLevel?: 3 | 4;
  /** Opens the message composer on a form; without it, no "Rédiger le message" button. */
  onCompose?: (form: FormId) => void;
}

/** A situation's steps, its "Le saviez-vous ?" and its contact actions, from the guide data. */
export function SituationGuidance({ situation, headingLevel = 3, onCompose }: SituationGuidanceProps) {
  const Heading = `h${headingLevel}` as 'h3' | 'h4';
  const composeForms = onCompose ? (FORMS_BY_SITUATION[situation.id] ?? []) : [];
  const otherWays = (
    <>
      {situation.mails.map((mail) => (
        <MailLink key={mail.form} mail={mail} />
      ))}
      <CopyAddress address={CONTACT_ADDRESS} />
    </>
  );
  return (
    <div class="guidance" data-guidance={situation.id}>
      {situation.added ? (
        <p class="added">
          <AddedNote added={situation.added} />
        </p>
      ) : null}
      <ol class="steps">
        {situation.steps.map((step) => {
          const resource = step.resource ? resourceById(step.resource) : undefined;
          return (
            <li key={step.text}>
              {step.text}
              {step.items ? (
                <ul>
                  {step.items.map((entry) => (
                    <li key={entry}>{entry}</li>
                  ))}
                </ul>
              ) : null}
              {resource ? (
                <div class="step-link">
                  {labels.topicLead(resource.topic)} <ResourceLink resource={resource} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      <div class="contact-actions">
        {composeForms.map((form) => (
          <p class="compose" key={form}>
            <button
              type="button"
              class="button"
              data-compose={form}
              onClick={onlyTrusted(() => onCompose?.(form))}
            >
              <span aria-hidden="true">✎ </span>
              {form === 'no-referents' ? composeButtonLabels.noReferents : composeButtonLabels.compose}
            </button>
          </p>
        ))}
        {composeForms.length > 0 ? (
          // One primary action per recipient (« Rédiger le message »); the quick mail links and the
          // address wait behind a disclosure, for those who prefer their own mail client.
          <details class="other-ways">
            {/* biome-ignore lint/a11y/noStaticElementInteractions: a <summary> is a native control; this only refuses a script's click. */}
            <summary onClick={refuseUntrusted}>{labels.otherWaysToWrite}</summary>
            {otherWays}
          </details>
        ) : (
          otherWays
        )}
      </div>
      <div class="did-you-know">
        <Heading>{labels.didYouKnow}</Heading>
        <p>
          {situation.didYouKnow.text}
          {situation.didYouKnow.added ? (
            <>
              {' '}
              <AddedNote added={situation.didYouKnow.added} />
            </>
          ) : null}
        </p>
        {situation.didYouKnow.items ? (
          <ul>
            {situation.didYouKnow.items.map((entry) => {
              const resource = entry.resource ? resourceById(entry.resource) : undefined;
              return (
                <li key={entry.text}>
                  {entry.text} {resource ? <ResourceLink resource={resource} /> : null}
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
