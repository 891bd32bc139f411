import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DRAFT_MAX_AGE_MS, type Draft, type Referent, referentKey } from '../content/compose/drafts';
import {
  blankDraft,
  emptyReferent,
  type FieldDef,
  FORMS,
  isShown,
  REFERENT_FIELDS,
} from '../content/compose/forms';
import { FORM_IDS, type FormId } from '../content/compose/ids';
import { MAX_LENGTH, MAX_REFERENTS } from '../content/compose/limits';
import {
  composeMessage,
  type FieldProblem,
  fitsInMailto,
  formProblems,
  MAILTO_MAX_LENGTH,
  mailtoHref,
  messageText,
} from '../content/compose/message';
import { draftToKeep } from '../content/compose/prefill';
import { CONTACT_ADDRESS } from '../content/guide';
import { composerLabels as text } from '../content/guide/composer-labels';
import { AddedNote } from './AddedNote';
import { CopyAddress } from './CopyAddress';

interface ComposerProps {
  form: FormId;
  /** The saved draft, or a blank one, with the page's names already merged in. */
  initialDraft: Draft;
  /** The fields holding the page's names: kept in the draft only once changed or confirmed. */
  prefilled?: readonly string[];
  /** The keys of the saved values that were cut to their field's length. */
  shortened?: readonly string[];
  /** Every change, as it may be kept: the page's names not yet changed or confirmed, empty. */
  onDraftChange: (draft: Draft) => void;
  /** The message was sent (mailto opened, or copied) or the user pressed "Effacer": forget the draft. */
  onDraftForget: () => void;
  /** How many times all the data was erased (options page): each new one empties the form. */
  erasures?: number;
  /** Moves focus to the heading when the composer appears after a user's action. */
  focusOnMount?: boolean;
}

type Status =
  | { kind: 'opened' | 'copied' | 'failed' | 'cleared' | 'erased' }
  | { kind: 'not-ready'; count: number }
  | { kind: 'confirmed'; label: string };

const DAY_MS = 24 * 60 * 60 * 1000;

function problemText(problem: FieldProblem): string {
  switch (problem.code) {
    case 'required':
      return text.required;
    case 'email':
      return text.email;
    case 'emails':
      return text.emails(problem.address);
    case 'finess':
      return text.finess[problem.problem];
  }
}

function statusText(status: Status | undefined): string {
  if (!status) return '';
  if (status.kind === 'not-ready') return text.notReady(status.count);
  if (status.kind === 'confirmed') return text.confirmed(status.label);
  return {
    opened: text.opened,
    copied: text.copied,
    failed: text.copyFailed,
    cleared: text.cleared,
    erased: text.erased,
  }[status.kind];
}

function without(keys: ReadonlySet<string>, key: string): ReadonlySet<string> {
  if (!keys.has(key)) return keys;
  const rest = new Set(keys);
  rest.delete(key);
  return rest;
}

/** The keys after référent row `removed` is gone: its own are dropped, the next rows' move up. */
function afterRowRemoved(keys: ReadonlySet<string>, removed: number): ReadonlySet<string> {
  const moved = new Set<string>();
  for (const key of keys) {
    const match = /^referents\.(\d+)\.(.+)$/.exec(key);
    if (!match) moved.add(key);
    else if (Number(match[1]) < removed) moved.add(key);
    else if (Number(match[1]) > removed) moved.add(`referents.${Number(match[1]) - 1}.${match[2]}`);
  }
  return moved;
}

/** The keys of the fields already filled in: their problems show from the start. */
function filledKeys(draft: Draft): Set<string> {
  const keys = Object.keys(draft.values).filter((id) => (draft.values[id] ?? '').trim() !== '');
  draft.referents.forEach((referent, row) => {
    for (const field of REFERENT_FIELDS) {
      if (referent[field.id].trim() !== '') keys.push(referentKey(row, field.id));
    }
  });
  return new Set(keys);
}

interface FieldProps {
  id: string;
  field: Omit<FieldDef, 'id'>;
  value: string;
  /** Shown only once the field was typed in, or after an attempt to send. */
  problem: FieldProblem | undefined;
  onValue: (value: string) => void;
  /** Set while the field holds the page's name, not yet changed or confirmed. */
  onConfirm?: () => void;
  /** The saved value was cut to the field's length. */
  shortened?: boolean;
}

/** One labelled field, its hints and its problem, tied together for screen readers. */
function Field({ id, field, value, problem, onValue, onConfirm, shortened }: FieldProps) {
  const limit = MAX_LENGTH[field.kind];
  // A list needs no length; a FINESS number's hint gives its own (9 characters).
  const saysLimit = field.kind !== 'select' && field.kind !== 'finess';
  const describedBy = [
    field.hint ? `${id}-hint` : '',
    field.added ? `${id}-added` : '',
    onConfirm ? `${id}-prefilled` : '',
    shortened ? `${id}-shortened` : '',
    saysLimit ? `${id}-limit` : '',
    problem ? `${id}-error` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    required: field.required,
    'aria-invalid': problem ? ('true' as const) : undefined,
    'aria-describedby': describedBy || undefined,
    class: 'composer-input',
  };
  const isAddress = field.kind === 'email' || field.kind === 'emails';
  return (
    <div class="composer-field" data-invalid={problem ? 'true' : undefined}>
      <label for={id}>
        {field.label}
        {field.required ? (
          <span class="composer-required" aria-hidden="true">
            {' *'}
          </span>
        ) : (
          <span class="composer-optional"> ({text.optional})</span>
        )}
      </label>
      {field.hint ? (
        <p class="composer-hint" id={`${id}-hint`}>
          {field.hint}
        </p>
      ) : null}
      {field.added ? (
        <p class="composer-hint" id={`${id}-added`}>
          <AddedNote added={field.added} />
        </p>
      ) : null}
      {field.kind === 'select' ? (
        <select {...common} value={value} onChange={(event) => onValue(event.currentTarget.value)}>
          {(field.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type="text"
          value={value}
          maxLength={limit}
          autocomplete={field.autocomplete ?? 'off'}
          inputMode={isAddress ? 'email' : undefined}
          spellcheck={isAddress || field.kind === 'finess' ? false : undefined}
          autoCapitalize={isAddress ? 'none' : undefined}
          onInput={(event) => onValue(event.currentTarget.value)}
        />
      )}
      {saysLimit ? (
        <p class="composer-limit" id={`${id}-limit`}>
          {text.maxLength(limit)}
        </p>
      ) : null}
      {onConfirm ? (
        <div class="composer-prefilled">
          <p id={`${id}-prefilled`}>{text.prefilled}</p>
          <button type="button" class="button button-secondary" onClick={onConfirm}>
            {text.confirm}
            <span class="visually-hidden">{text.confirmWhich(field.label)}</span>
          </button>
        </div>
      ) : null}
      {shortened ? (
        <p class="composer-shortened" id={`${id}-shortened`}>
          <span aria-hidden="true">⚠ </span>
          {text.shortened(limit)}
        </p>
      ) : null}
      {/* Always present and polite: a problem that appears or changes while typing is announced. */}
      <p class="composer-error" id={`${id}-error`} aria-live="polite">
        {problem ? `⚠ ${problemText(problem)}` : ''}
      </p>
    </div>
  );
}

/**
 * A form that writes one of the messages the guide asks for: fields checked as people type, the
 * message shown before anything happens, then opened in the mail client or copied.
 */
export function Composer({
  form: formId,
  initialDraft,
  prefilled = [],
  shortened: initiallyShortened = [],
  onDraftChange,
  onDraftForget,
  erasures = 0,
  focusOnMount,
}: ComposerProps) {
  const form = FORMS[formId];
  const [draft, setDraft] = useState<Draft>(initialDraft);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => filledKeys(initialDraft));
  const [unconfirmed, setUnconfirmed] = useState<ReadonlySet<string>>(() => new Set(prefilled));
  const [shortened, setShortened] = useState<ReadonlySet<string>>(() => new Set(initiallyShortened));
  const [attempted, setAttempted] = useState(false);
  const [status, setStatus] = useState<Status | undefined>();
  // Stable keys for the référents rows, so removing one keeps the others' inputs (and focus).
  const rowIds = useRef<number[]>(initialDraft.referents.map((_, row) => row));
  const nextRowId = useRef(initialDraft.referents.length);
  const heading = useRef<HTMLHeadingElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<string | undefined>(undefined);

  const prefix = `composer-${form.id}`;
  const domId = (key: string) => `${prefix}-${key.replaceAll('.', '-')}`;

  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, []);
  useEffect(() => {
    if (pendingFocus.current) document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = undefined;
  });

  const problems = useMemo(() => formProblems(form, draft), [form, draft]);
  const message = useMemo(() => composeMessage(form, draft), [form, draft]);
  const href = mailtoHref(message);
  const fits = fitsInMailto(href);
  const shown = (key: string) => (attempted || touched.has(key) ? problems.get(key) : undefined);

  /** Hands the draft on to be kept, the page's names not yet changed or confirmed left empty. */
  function keep(next: Draft, stillUnconfirmed = unconfirmed) {
    onDraftChange(draftToKeep(next, stillUnconfirmed));
  }

  // Changing a field confirms it.
  function change(next: Draft, key: string) {
    const stillUnconfirmed = without(unconfirmed, key);
    setDraft(next);
    setTouched((keys) => (keys.has(key) ? keys : new Set(keys).add(key)));
    setUnconfirmed(stillUnconfirmed);
    setShortened((keys) => without(keys, key));
    setStatus(undefined);
    keep(next, stillUnconfirmed);
  }

  function confirm(field: FieldDef) {
    const stillUnconfirmed = without(unconfirmed, field.id);
    setUnconfirmed(stillUnconfirmed);
    setStatus({ kind: 'confirmed', label: field.label });
    // The button goes away: focus to its field.
    pendingFocus.current = domId(field.id);
    keep(draft, stillUnconfirmed);
  }

  const setValue = (id: string) => (value: string) =>
    change({ ...draft, values: { ...draft.values, [id]: value } }, id);

  const setReferent = (row: number, id: keyof Referent) => (value: string) =>
    change(
      {
        ...draft,
        referents: draft.referents.map((referent, index) =>
          index === row ? { ...referent, [id]: value } : referent,
        ),
      },
      referentKey(row, id),
    );

  function addReferent() {
    rowIds.current = [...rowIds.current, nextRowId.current++];
    const referents = [...draft.referents, emptyReferent()];
    pendingFocus.current = domId(referentKey(referents.length - 1, 'lastName'));
    setDraft({ ...draft, referents });
    keep({ ...draft, referents });
  }

  function removeReferent(row: number) {
    rowIds.current = rowIds.current.filter((_, index) => index !== row);
    const referents = draft.referents.filter((_, index) => index !== row);
    // The rows after the removed one move up: so do the marks of what was typed in them.
    setTouched((keys) => afterRowRemoved(keys, row));
    setShortened((keys) => afterRowRemoved(keys, row));
    setDraft({ ...draft, referents });
    keep({ ...draft, referents });
    addButton.current?.focus();
  }

  /** When something is missing: every problem shown, focus on the first, and said why. */
  function ready(): boolean {
    if (problems.size === 0) return true;
    setAttempted(true);
    setStatus({ kind: 'not-ready', count: problems.size });
    const [first] = problems.keys();
    if (first) document.getElementById(domId(first))?.focus();
    return false;
  }

  function open(event: MouseEvent) {
    if (!ready()) {
      event.preventDefault();
      return;
    }
    // The link itself opens the mail client: the draft has done its job.
    onDraftForget();
    setStatus({ kind: 'opened' });
  }

  async function copy() {
    if (!ready()) return;
    try {
      await navigator.clipboard.writeText(messageText(message));
      onDraftForget();
      setStatus({ kind: 'copied' });
    } catch {
      setStatus({ kind: 'failed' });
    }
  }

  function empty() {
    const blank = blankDraft(form);
    rowIds.current = blank.referents.map(() => nextRowId.current++);
    setDraft(blank);
    setTouched(new Set());
    setUnconfirmed(new Set());
    setShortened(new Set());
    setAttempted(false);
  }

  function clear() {
    empty();
    onDraftForget();
    setStatus({ kind: 'cleared' });
  }

  // Erased from the options page: emptied before any other event, so no keystroke can save what
  // was there (the page's pending writes are cancelled by entrypoints/shared/drafts.ts).
  const erasuresSeen = useRef(erasures);
  useLayoutEffect(() => {
    if (erasures === erasuresSeen.current) return;
    erasuresSeen.current = erasures;
    empty();
    setStatus({ kind: 'erased' });
  }, [erasures]);

  return (
    <div class="composer" data-form={form.id}>
      <h1 id={`${prefix}-title`} tabIndex={-1} ref={heading}>
        {form.title}
      </h1>
      <p class="composer-purpose">{form.purpose}</p>
      <p class="composer-privacy">{text.privacy(DRAFT_MAX_AGE_MS / DAY_MS)}</p>

      <form
        class="composer-form"
        noValidate
        aria-labelledby={`${prefix}-title`}
        onSubmit={(event) => event.preventDefault()}
      >
        {form.recipient === 'sesan' ? (
          <div class="composer-recipient">
            <p>{text.recipientSesan}</p>
            <CopyAddress address={CONTACT_ADDRESS} />
          </div>
        ) : null}
        <p class="composer-required-note">{text.requiredNote}</p>
        {form.sections.map((section) => (
          <fieldset class="composer-section" key={section.legend}>
            <legend>{section.legend}</legend>
            {section.added ? (
              <p class="composer-hint">
                <AddedNote added={section.added} />
              </p>
            ) : null}
            {section.fields
              .filter((field) => isShown(field, draft))
              .map((field) => (
                <Field
                  key={field.id}
                  id={domId(field.id)}
                  field={field}
                  value={draft.values[field.id] ?? ''}
                  problem={shown(field.id)}
                  onValue={setValue(field.id)}
                  onConfirm={unconfirmed.has(field.id) ? () => confirm(field) : undefined}
                  shortened={shortened.has(field.id)}
                />
              ))}
          </fieldset>
        ))}
        {form.referents ? (
          <fieldset class="composer-section composer-referents">
            <legend>{form.referents.legend}</legend>
            <p class="composer-hint">{form.referents.hint}</p>
            {draft.referents.map((referent, row) => (
              <fieldset class="composer-referent" key={rowIds.current[row] ?? row}>
                <legend>{text.referentLegend(row + 1)}</legend>
                {REFERENT_FIELDS.map((field) => (
                  <Field
                    key={field.id}
                    id={domId(referentKey(row, field.id))}
                    field={field}
                    value={referent[field.id]}
                    problem={shown(referentKey(row, field.id))}
                    onValue={setReferent(row, field.id)}
                    shortened={shortened.has(referentKey(row, field.id))}
                  />
                ))}
                {draft.referents.length > 1 ? (
                  <button type="button" class="button button-quiet" onClick={() => removeReferent(row)}>
                    {text.removeReferent(row + 1)}
                  </button>
                ) : null}
              </fieldset>
            ))}
            {draft.referents.length < MAX_REFERENTS ? (
              <button type="button" class="button button-secondary" ref={addButton} onClick={addReferent}>
                <span aria-hidden="true">+ </span>
                {text.addReferent}
              </button>
            ) : null}
          </fieldset>
        ) : null}
      </form>

      <section class="composer-preview" aria-labelledby={`${prefix}-preview-title`}>
        <h2 id={`${prefix}-preview-title`}>{text.previewTitle}</h2>
        <dl class="composer-headers">
          <div>
            <dt>{text.to}</dt>
            <dd data-testid="preview-to">{message.to.join(', ') || text.noRecipient}</dd>
          </div>
          {message.cc.length > 0 ? (
            <div>
              <dt>{text.cc}</dt>
              <dd data-testid="preview-cc">{message.cc.join(', ')}</dd>
            </div>
          ) : null}
          <div>
            <dt>{text.subject}</dt>
            <dd data-testid="preview-subject">{message.subject}</dd>
          </div>
        </dl>
        <div class="composer-body" data-testid="preview-body">
          {message.body}
        </div>
      </section>

      <div class="composer-actions">
        {fits ? (
          <a class="button" href={href} onClick={open}>
            <span aria-hidden="true">✉ </span>
            {text.openInMail}
          </a>
        ) : (
          <p class="composer-too-long">{text.tooLong(MAILTO_MAX_LENGTH)}</p>
        )}
        <button type="button" class={fits ? 'button button-secondary' : 'button'} onClick={copy}>
          {text.copyMessage}
        </button>
        <button type="button" class="button button-quiet composer-clear" onClick={clear}>
          {text.clear}
        </button>
      </div>
      {/* Present from the start so that each change is announced (role=status is polite). */}
      <p role="status" class={`composer-status composer-status-${status?.kind ?? 'idle'}`}>
        {statusText(status)}
      </p>
    </div>
  );
}

/** The composer page's list of forms, when its address names none. */
export function FormChooser({ focusOnMount }: { focusOnMount?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, []);
  return (
    <div class="composer-chooser composer">
      <h1 tabIndex={-1} ref={heading}>
        {text.chooserTitle}
      </h1>
      <p>{text.chooserLead}</p>
      <ul>
        {FORM_IDS.map((id) => (
          <li key={id}>
            <a href={`#${id}`}>{FORMS[id].title}</a>
            <br />
            <span class="composer-hint">{FORMS[id].purpose}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
