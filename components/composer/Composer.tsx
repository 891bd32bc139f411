import { Fragment } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { DRAFT_MAX_AGE_MS, type Draft, type Referent, referentKey } from '../../content/compose/drafts';
import {
  blankDraft,
  type FieldDef,
  FORMS,
  isShown,
  REFERENT_FIELDS,
  type SectionDef,
  withoutReferents,
  withReferents,
} from '../../content/compose/forms';
import type { FormId } from '../../content/compose/ids';
import {
  composeMessage,
  type FieldProblem,
  fitsInMailto,
  formProblems,
  mailtoHref,
  messagePart,
} from '../../content/compose/message';
import {
  hasMyDetails,
  type MyDetails,
  myDetailsFieldsOf,
  myDetailsFrom,
  withMyDetails,
} from '../../content/compose/my-details';
import { CONTACT_ADDRESS } from '../../content/guide';
import { composerLabels as text } from '../../content/text/fr/composer';
import { formFieldLabels } from '../../content/text/fr/forms';
import { AddedNote } from '../AddedNote';
import { Icon } from '../Icon';
import { onlyTrusted } from '../trusted';
import { CopyButton } from './CopyButton';
import { draftReducer, initialDraftState } from './draft-state';
import { Field } from './Field';
import { MessagePreview } from './MessagePreview';
import { ReferentRows } from './ReferentRows';

interface ComposerProps {
  form: FormId;
  /** The saved draft, or a blank one, with « Mes coordonnées » already in its empty fields. */
  initialDraft: Draft;
  /** The fields that « Mes coordonnées » filled when the form opened. */
  filled?: readonly string[];
  /** « Mes coordonnées » as kept in this browser now: an emptied form is filled with them again. */
  myDetails?: MyDetails;
  /** Keeps « Mes coordonnées » from this form's fields (« Enregistrer mes coordonnées »). */
  onSaveMyDetails?: (details: MyDetails) => Promise<void>;
  /** The keys of the saved values that were cut to their field's length. */
  shortened?: readonly string[];
  /** The draft was kept from an earlier visit: « J'ai envoyé le message » is offered at once. */
  restored?: boolean;
  /** Every change the user makes, to be kept as the draft. */
  onDraftChange: (draft: Draft) => void;
  /** The user said the message is sent (« J'ai envoyé le message ») or pressed « Effacer »: forget the draft. */
  onDraftForget: () => void;
  /** How many times all the data was erased (options page): each new one empties the form. */
  erasures?: number;
  /** Moves focus to the heading when the composer appears after a user's action. */
  focusOnMount?: boolean;
  /**
   * The organisation's référents' addresses (its policy): they fill an empty « to », also when the
   * policy answers after the form is shown; an emptied form shows them again.
   */
  referents?: readonly string[];
}

type Status =
  | { kind: 'opened' | 'sent' | 'cleared' | 'cleared-details-kept' | 'erased' }
  | { kind: 'not-ready'; count: number };

const DAY_MS = 24 * 60 * 60 * 1000;
/** The « to » field's hint when the organisation's policy gave the référents' addresses. */
const managedToHint = formFieldLabels.referentsToHintManaged;

function statusText(status: Status | undefined): string {
  if (!status) return '';
  if (status.kind === 'not-ready') return text.notReady(status.count);
  return {
    opened: text.opened,
    sent: text.sentDone,
    cleared: text.cleared,
    'cleared-details-kept': `${text.cleared} ${text.myDetailsKept}`,
    erased: text.erased,
  }[status.kind];
}

function without(keys: ReadonlySet<string>, key: string): ReadonlySet<string> {
  if (!keys.has(key)) return keys;
  const rest = new Set(keys);
  rest.delete(key);
  return rest;
}

// The composer keys a référent row's fields by the row's id (referentKey(rowId, field)), so that
// what was typed, touched or cut stays with its row when an earlier row is removed. A draft's
// rows get the ids 0, 1, 2… when it is loaded: the loaded draft's keys (its cut values) are right.

/** Every key of a row, by its id. */
function rowKeys(rowId: number): string[] {
  return REFERENT_FIELDS.map((field) => referentKey(rowId, field.id));
}

function withoutRow(keys: ReadonlySet<string>, rowId: number): ReadonlySet<string> {
  return rowKeys(rowId).reduce(without, keys);
}

/** The problems, keyed as the composer keys its fields: formProblems names a row by its place. */
function byRowId(problems: Map<string, FieldProblem>, rowIds: readonly number[]): Map<string, FieldProblem> {
  const rekey = new Map<string, string>();
  rowIds.forEach((rowId, row) => {
    for (const field of REFERENT_FIELDS) rekey.set(referentKey(row, field.id), referentKey(rowId, field.id));
  });
  return new Map([...problems].map(([key, problem]) => [rekey.get(key) ?? key, problem]));
}

/** The keys of the fields already filled in: their problems show from the start. */
function filledKeys(draft: Draft): Set<string> {
  const keys = Object.keys(draft.values).filter((id) => (draft.values[id] ?? '').trim() !== '');
  draft.referents.forEach((referent, rowId) => {
    for (const field of REFERENT_FIELDS) {
      if (referent[field.id].trim() !== '') keys.push(referentKey(rowId, field.id));
    }
  });
  return new Set(keys);
}

/**
 * A form that writes one of the messages the guide asks for: fields checked as people type, the
 * message shown before anything happens, then opened in the mail client or copied part by part;
 * the draft is kept until the user says the message is sent.
 */
/** The parts of the message a user can copy one by one, in the order a mail program asks for them
 * (the recipients and the Cc only when there are some). */
const COPIED_PARTS = [
  { part: 'to', label: text.copyTo, copied: text.copiedTo },
  { part: 'cc', label: text.copyCc, copied: text.copiedCc },
  { part: 'subject', label: text.copySubject, copied: text.copiedSubject },
  { part: 'body', label: text.copyBody, copied: text.copiedBody },
] as const;

export function Composer({
  form: formId,
  initialDraft,
  filled = [],
  myDetails = {},
  onSaveMyDetails,
  shortened: initiallyShortened = [],
  restored = false,
  onDraftChange,
  onDraftForget,
  erasures = 0,
  focusOnMount,
  referents = [],
}: ComposerProps) {
  const form = FORMS[formId];
  // The draft and its référents rows, each row under a stable key (draft-state.ts).
  const [{ draft, rowKeys: rowIds, nextKey, edits }, dispatch] = useReducer(draftReducer, undefined, () =>
    initialDraftState(withReferents(form, initialDraft, referents)),
  );
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => filledKeys(initialDraft));
  const [filledNow, setFilledNow] = useState<readonly string[]>(filled);
  const [detailsStatus, setDetailsStatus] = useState<'saved' | 'failed' | undefined>();
  const [shortened, setShortened] = useState<ReadonlySet<string>>(() => new Set(initiallyShortened));
  const [attempted, setAttempted] = useState(false);
  const [status, setStatus] = useState<Status | undefined>();
  // The message was opened or copied (or kept from an earlier visit): « J'ai envoyé le message » shows.
  const [handedOff, setHandedOff] = useState(restored);
  const heading = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<string | undefined>(undefined);
  // The user's changes already kept: each new one keeps the draft as that render has it.
  const keptEdits = useRef(0);

  const prefix = `composer-${form.id}`;
  const domId = (key: string) => `${prefix}-${key.replaceAll('.', '-')}`;
  const addButtonId = `${prefix}-add-referent`;

  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, []);
  useEffect(() => {
    if (pendingFocus.current) document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = undefined;
  });
  useEffect(() => {
    if (edits === keptEdits.current) return;
    keptEdits.current = edits;
    onDraftChange(draft);
  }, [edits]);

  const problems = useMemo(() => byRowId(formProblems(form, draft), rowIds), [form, draft, rowIds]);
  const message = useMemo(() => composeMessage(form, draft), [form, draft]);
  const href = mailtoHref(message);
  const fits = fitsInMailto(href);
  const shown = (key: string) => (attempted || touched.has(key) ? problems.get(key) : undefined);

  function change(action: Parameters<typeof dispatch>[0], key: string) {
    dispatch(action);
    setTouched((keys) => (keys.has(key) ? keys : new Set(keys).add(key)));
    setShortened((keys) => without(keys, key));
    setStatus(undefined);
    setDetailsStatus(undefined);
  }

  // The policy answered after the form was shown, or changed: its référents fill « to » if the
  // user has typed nothing there, and replace the previous list if « to » still held it.
  const referentsSeen = useRef(referents);
  const draftNow = useRef(draft);
  draftNow.current = draft;
  useEffect(() => {
    const previous = referentsSeen.current;
    referentsSeen.current = referents;
    if (previous.join() === referents.join()) return;
    const values = withReferents(form, withoutReferents(draftNow.current, previous), referents).values;
    dispatch({ type: 'values', values });
  }, [referents]);

  const fieldOf = (field: FieldDef) => (
    <Field
      key={field.id}
      id={domId(field.id)}
      field={field.id === 'to' && referents.length > 0 ? { ...field, hint: managedToHint } : field}
      value={draft.values[field.id] ?? ''}
      problem={shown(field.id)}
      onValue={setValue(field.id)}
      shortened={shortened.has(field.id)}
    />
  );
  // The fields that held something when the form opened: their fold starts open.
  const [filledAtStart] = useState(() => filledKeys(initialDraft));
  const foldedOpenAtStart = (section: SectionDef) =>
    section.fields.some((field) => field.folded && (filledAtStart.has(field.id) || shortened.has(field.id)));

  const detailsFields = myDetailsFieldsOf(form);
  const lastDetailsSection = form.sections.findLastIndex((section) =>
    section.fields.some((field) => (detailsFields as string[]).includes(field.id)),
  );

  async function saveMyDetails() {
    if (!onSaveMyDetails) return;
    setDetailsStatus(undefined);
    try {
      await onSaveMyDetails(myDetailsFrom(form, draft, myDetails));
      setDetailsStatus('saved');
    } catch {
      setDetailsStatus('failed');
    }
  }

  const setValue = (id: string) => (value: string) => change({ type: 'value', id, value }, id);

  function setReferent(rowId: number, field: keyof Referent, value: string) {
    change({ type: 'referent', key: rowId, field, value }, referentKey(rowId, field));
  }

  function addReferent() {
    // The key the reducer gives the new row: its first field takes the focus.
    const rowId = nextKey;
    pendingFocus.current = domId(referentKey(rowId, 'lastName'));
    dispatch({ type: 'add-row' });
  }

  function removeReferent(rowId: number) {
    setTouched((keys) => withoutRow(keys, rowId));
    setShortened((keys) => withoutRow(keys, rowId));
    // The row's button is gone: focus to « Ajouter », there again if the rows were at their maximum.
    pendingFocus.current = addButtonId;
    dispatch({ type: 'remove-row', key: rowId });
  }

  /** When something is missing: every problem shown, focus on the first, and said why. */
  function ready(): boolean {
    if (problems.size === 0) return true;
    setAttempted(true);
    setStatus({ kind: 'not-ready', count: problems.size });
    const [first] = problems.keys();
    const element = first ? document.getElementById(domId(first)) : null;
    // A folded field with a problem (a FINESS number typed wrong, then folded): shown first.
    const fold = element?.closest('details');
    if (fold) fold.open = true;
    element?.focus();
    return false;
  }

  // The mail link opens the mail program: the draft stays until the user says the message is sent.
  const open = onlyTrusted((event: MouseEvent) => {
    if (!ready()) {
      event.preventDefault();
      return;
    }
    setHandedOff(true);
    setStatus({ kind: 'opened' });
  });

  /** One part of the message to copy, or undefined (nothing copied) while the form is not ready. */
  const partToCopy = (part: Parameters<typeof messagePart>[1]) => () =>
    ready() ? messagePart(message, part) : undefined;
  const copied = () => {
    setHandedOff(true);
    setStatus(undefined);
  };

  function sent() {
    empty();
    onDraftForget();
    setHandedOff(false);
    setStatus({ kind: 'sent' });
    // The button is gone with the draft: focus goes back to the top of the form.
    heading.current?.focus();
  }

  // Emptied as a new form would start: the policy's référents in « to », « Mes coordonnées » as
  // kept now (none after « Effacer toutes mes données »).
  function empty() {
    const { draft: blank, filled: refilled } = withMyDetails(
      form,
      withReferents(form, blankDraft(form), referents),
      myDetails,
    );
    dispatch({ type: 'reset', draft: blank });
    setTouched(filledKeys(blank));
    setFilledNow(refilled);
    setShortened(new Set());
    setAttempted(false);
    setDetailsStatus(undefined);
  }

  function clear() {
    empty();
    onDraftForget();
    setStatus({ kind: hasMyDetails(myDetails) ? 'cleared-details-kept' : 'cleared' });
  }

  // Erased from the options page: emptied before any other event, so no keystroke can save what
  // was there (the page's pending writes are cancelled by utils/drafts.ts).
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
      <p class="composer-purpose">
        {form.purpose}
        {form.added ? (
          <>
            {' '}
            <AddedNote added={form.added} />
          </>
        ) : null}
      </p>
      <p class="composer-privacy">{text.privacy(DRAFT_MAX_AGE_MS / DAY_MS)}</p>

      <form
        class="composer-form"
        noValidate
        aria-labelledby={`${prefix}-title`}
        onSubmit={(event) => event.preventDefault()}
      >
        {form.recipient === 'sesan' ? (
          <p class="composer-recipient">
            {text.recipientSesan} (<span class="address">{CONTACT_ADDRESS}</span>)
          </p>
        ) : null}
        <p class="composer-required-note">{text.requiredNote}</p>
        {filledNow.length > 0 ? <p class="composer-hint composer-filled">{text.myDetailsFilled}</p> : null}
        {form.sections.map((section, index) => (
          <Fragment key={section.legend}>
            <fieldset class="composer-section">
              <legend>{section.legend}</legend>
              {section.added ? (
                <p class="composer-hint">
                  <AddedNote added={section.added} />
                </p>
              ) : null}
              {section.fields.filter((field) => !field.folded && isShown(field, draft)).map(fieldOf)}
              {section.foldedSummary ? (
                // Open from the start when one of them holds something (a kept draft, a cut value).
                <details class="composer-more" open={foldedOpenAtStart(section) || undefined}>
                  <summary>{section.foldedSummary}</summary>
                  {section.fields.filter((field) => field.folded && isShown(field, draft)).map(fieldOf)}
                </details>
              ) : null}
            </fieldset>
            {index === lastDetailsSection && onSaveMyDetails ? (
              <div class="composer-my-details">
                <p class="composer-hint" id={`${prefix}-my-details-hint`}>
                  {text.myDetailsHint}
                </p>
                <button
                  type="button"
                  class="button button-secondary"
                  aria-describedby={`${prefix}-my-details-hint`}
                  onClick={() => void saveMyDetails()}
                >
                  {text.myDetailsSave}
                </button>
                <p role="status" class="composer-my-details-status">
                  {detailsStatus === 'saved' ? (
                    <>
                      <Icon name="check" /> {text.myDetailsSaved}
                    </>
                  ) : detailsStatus === 'failed' ? (
                    text.myDetailsSaveFailed
                  ) : (
                    ''
                  )}
                </p>
              </div>
            ) : null}
          </Fragment>
        ))}
        {form.referents ? (
          <ReferentRows
            legend={form.referents.legend}
            hint={form.referents.hint}
            referents={draft.referents}
            rowIds={rowIds}
            domId={domId}
            problemOf={shown}
            shortened={shortened}
            onValue={setReferent}
            onAdd={addReferent}
            onRemove={removeReferent}
            addButtonId={addButtonId}
          />
        ) : null}
      </form>

      <MessagePreview message={message} titleId={`${prefix}-preview-title`} />

      <section class="composer-send" aria-labelledby={`${prefix}-send-title`}>
        <h2 id={`${prefix}-send-title`}>{text.sendTitle}</h2>
        {form.recipient === 'field' && message.to.length === 0 ? (
          <p class="composer-hint composer-no-to">
            {text.noReferentsAddress} <a href="#ask-referents">{text.askReferentsLink}</a>.
          </p>
        ) : null}
        {fits ? (
          <>
            <p class="composer-open">
              <a class="button" href={href} onClick={open}>
                <Icon name="mail" /> {text.openInMail}
              </a>
            </p>
            <p class="composer-hint composer-nothing-opened">
              {message.to.length > 0 ? text.nothingOpened : text.nothingOpenedNoRecipient}
            </p>
          </>
        ) : (
          <p class="composer-too-long">{text.tooLong}</p>
        )}
        <div class="composer-copies">
          {COPIED_PARTS.filter(({ part }) =>
            part === 'to' || part === 'cc' ? message[part].length > 0 : true,
          ).map(({ part, label, copied: said }) => (
            <CopyButton
              key={part}
              label={label}
              copied={said}
              textOf={partToCopy(part)}
              primary={!fits}
              onCopied={copied}
            />
          ))}
        </div>
        {handedOff ? (
          <div class="composer-sent">
            <p class="composer-hint" id={`${prefix}-sent-hint`}>
              {text.sentHint}
            </p>
            <button
              type="button"
              class="button button-secondary"
              aria-describedby={`${prefix}-sent-hint`}
              onClick={onlyTrusted(sent)}
            >
              <Icon name="check" /> {text.sent}
            </button>
          </div>
        ) : null}
        <p class="composer-clear-line">
          <button type="button" class="button button-quiet composer-clear" onClick={clear}>
            {text.clear}
          </button>
        </p>
      </section>
      {/* Present from the start so that each change is announced (role=status is polite). */}
      <p role="status" class={`composer-status composer-status-${status?.kind ?? 'idle'}`}>
        {statusText(status)}
      </p>
    </div>
  );
}
