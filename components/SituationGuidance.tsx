import type { ComponentChildren } from 'preact';
import type { FormId } from '../content/compose/ids';
import { CONTACT_ADDRESS, type Resource, resourceById, type Situation } from '../content/guide';
import { labels } from '../content/text';
import { AddedNote } from './AddedNote';
import { CopyAddress } from './CopyAddress';
import { Icon } from './Icon';
import { ResourceLink } from './ResourceLink';
import { onlyTrusted, refuseUntrusted } from './trusted';

interface SituationGuidanceProps {
  situation: Situation;
  /** Unused: « Le saviez-vous ? » is a disclosure now. Kept while the popup's checklist still passes it. */
  headingLevel?: 3 | 4;
  /** Opens the message composer on a form; without it, no message to write is offered. */
  onCompose?: (form: FormId) => void;
  /**
   * Opens the composer's « Demander à SESAN qui sont mes référents »: offered where the user must
   * reach référents they may not know (the composer's form 'ask-referents', content/compose/ids.ts).
   */
  onAskReferents?: () => void;
}

/** A message the panel offers to write, in the composer. */
interface ComposeAction {
  form: FormId | typeof ASK_REFERENTS;
  label: string;
  open: () => void;
}
const ASK_REFERENTS = 'ask-referents';

type TermId = keyof typeof labels.terms;
/** How each word to explain is spelt in the guide's texts (singular or plural). */
const TERM_PATTERNS: Record<TermId, RegExp> = {
  referents: /référents?\b/i,
  habilitation: /habilitations?\b/i,
};
const TERM_IDS = Object.keys(TERM_PATTERNS) as TermId[];

/**
 * The terms `text` uses that are not explained yet, in the order to explain them: a definition that
 * uses another term (an habilitation is given by the référents) brings that one's right after it.
 */
function newTerms(text: string, explained: Set<TermId>): TermId[] {
  const found: TermId[] = [];
  for (const id of TERM_IDS) {
    if (explained.has(id) || !TERM_PATTERNS[id].test(text)) continue;
    explained.add(id);
    found.push(id, ...newTerms(labels.terms[id].definition, explained));
  }
  return found;
}

/** The situations where the user must reach their structure's référents: they may not know them. */
const reachesReferents = (situation: Situation) =>
  situation.mails.some((mail) => mail.form === 'no-referents');

/**
 * A situation's first screen, from the guide data: its 1–3 steps (with the words the guide does not
 * explain, explained where they first appear), ONE primary action, the other ways as plain links
 * under it, and « Le saviez-vous ? » folded. No mail link: every message is written in the
 * composer, the extension's own page (PRIVACY.md, « Ce que la page peut voir et faire »).
 */
export function SituationGuidance({ situation, onCompose, onAskReferents }: SituationGuidanceProps) {
  const explained = new Set<TermId>();
  const termsInTitle = newTerms(situation.title, explained);
  // Where the guide's first step is a resource to open (the training), that is the next step.
  const firstResource = situation.steps[0]?.resource ? resourceById(situation.steps[0].resource) : undefined;
  const training = firstResource?.url ? firstResource : undefined;
  const forms: ComposeAction[] = onCompose
    ? situation.mails.map((mail) => ({
        form: mail.form,
        // Said as the case it is for: the user may simply not know their référents (askReferents).
        label: mail.form === 'no-referents' ? labels.noReferents : mail.label,
        open: () => onCompose(mail.form),
      }))
    : [];
  // Right after the message to the référents, unless the guide data already lists it.
  if (onAskReferents && reachesReferents(situation) && !forms.some(({ form }) => form === ASK_REFERENTS))
    forms.splice(1, 0, { form: ASK_REFERENTS, label: labels.askReferents, open: onAskReferents });
  const primaryForm = training ? undefined : forms[0];
  const otherForms = training ? forms : forms.slice(1);

  return (
    <div class="guidance" data-guidance={situation.id}>
      <Terms ids={termsInTitle} findReferents={reachesReferents(situation)} />
      <ol class="steps">
        {situation.steps.map((step, index) => {
          const resource = step.resource ? resourceById(step.resource) : undefined;
          const terms = newTerms([step.text, ...(step.items ?? [])].join(' '), explained);
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
              {/* The first step's resource is the primary action below: not twice. */}
              {resource && !(index === 0 && training) ? (
                <div class="step-link">
                  {labels.topicLead(resource.topic)} <ResourceLink resource={resource} />
                </div>
              ) : null}
              <Terms ids={terms} findReferents={reachesReferents(situation)} />
            </li>
          );
        })}
      </ol>
      <div class="next-step">
        {training ? <TrainingButton resource={training} /> : null}
        {primaryForm ? (
          <p class="primary-action">
            <button
              type="button"
              class="button"
              data-compose={primaryForm.form}
              onClick={onlyTrusted(primaryForm.open)}
            >
              <Icon name="pencil" />
              {primaryForm.label}
            </button>
          </p>
        ) : null}
        <ul class="other-ways">
          {otherForms.map(({ form, label, open }) => (
            <li key={form}>
              <button type="button" class="link-button" data-compose={form} onClick={onlyTrusted(open)}>
                {label}
              </button>
            </li>
          ))}
          <li>
            {labels.orCopyAddress}
            <CopyAddress address={CONTACT_ADDRESS} />
          </li>
        </ul>
      </div>
      <details class="did-you-know">
        {/* biome-ignore lint/a11y/noStaticElementInteractions: a <summary> is a native control; this only refuses a script's click. */}
        <summary onClick={refuseUntrusted}>{labels.didYouKnow}</summary>
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
      </details>
    </div>
  );
}

/** The training, opened as the primary action: its words, then where the link really goes. */
function TrainingButton({ resource }: { resource: Resource }) {
  return (
    <p class="primary-action">
      <a
        class="button"
        href={resource.url}
        target="_blank"
        rel="noopener noreferrer"
        data-resource={resource.id}
        onClick={refuseUntrusted}
      >
        <Icon name="external" />
        <span>
          {labels.openTraining}
          <span class="button-where">{resource.label}</span>
          <span class="visually-hidden"> ({labels.opensInNewTab})</span>
        </span>
      </a>
    </p>
  );
}

/**
 * The explanations of the terms just met, in one short paragraph marked once as the extension's,
 * with their sources; where the user must reach their référents, how to find them.
 */
function Terms({
  ids,
  findReferents = false,
}: {
  ids: TermId[];
  findReferents?: boolean;
}): ComponentChildren {
  if (ids.length === 0) return null;
  const source = ids.map((id) => labels.terms[id].source).join(' ; ');
  return (
    <p class="terms" data-terms={ids.join(' ')}>
      {ids.map((id) => (
        <span class="term" key={id}>
          <dfn>{labels.terms[id].word}</dfn>
          {labels.termSeparator}
          {labels.terms[id].definition}{' '}
        </span>
      ))}
      {ids.includes('referents') && findReferents ? <>{labels.findReferents} </> : null}
      <AddedNote added={{ source }} />
    </p>
  );
}
