import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_LENGTH } from '../content/compose/limits';
import {
  MY_DETAILS_FIELDS,
  MY_DETAILS_KIND,
  type MyDetails,
  type MyDetailsField,
} from '../content/compose/my-details';
import { isEmail } from '../content/compose/validate';
import { effectiveOptions, type ManagedConfig, noManaged } from '../content/managed';
import type { Options as OptionsValue, PanelSide, PanelTabMode } from '../content/options';
import { ignoredLine, myDetailsLabels, optionsLabels } from '../content/text/fr/options';

export interface OptionsProps {
  /** The user's own options: what a change starts from, so a managed value is never saved as theirs. */
  options: OptionsValue;
  /** The organisation's policy: its values are shown, read-only, over the user's. */
  managed?: ManagedConfig;
  onChange: (options: OptionsValue) => void;
  /** Said politely after a change: « Enregistré », or why it failed. */
  settingsStatus: string;
  /** « Mes coordonnées » as kept in this browser. */
  myDetails?: MyDetails;
  /** Keeps the details as typed here (none at all erases them); the section says how it went. */
  onSaveMyDetails?: (details: MyDetails) => Promise<void>;
  /** Erases everything the extension keeps; the page says how it went in eraseStatus. */
  onErase: () => void;
  onEraseCancelled: () => void;
  eraseStatus: string;
}

const SIDES: readonly { side: PanelSide; label: string }[] = [
  { side: 'right', label: optionsLabels.sideRight },
  { side: 'left', label: optionsLabels.sideLeft },
];

const TAB_MODES: readonly { mode: PanelTabMode; label: string }[] = [
  { mode: 'until-done', label: optionsLabels.panelTabUntilDone },
  { mode: 'always', label: optionsLabels.panelTabAlways },
  { mode: 'never', label: optionsLabels.panelTabNever },
];

/** Under a setting the organisation set: says so, and is the disabled fieldset's description. */
function ManagedNote({ id }: { id: string }) {
  return (
    <p class="managed-note" id={id}>
      <strong>{optionsLabels.managedBy}</strong> {optionsLabels.managedExplained}
    </p>
  );
}

/** What the organisation set that is not a setting of the panel: its name, référents, report address. */
function OrganisationSection({ managed }: { managed: ManagedConfig }) {
  const { organisationName, referentsAddresses, reportAddress } = managed.values;
  if (organisationName === undefined && referentsAddresses === undefined && reportAddress === undefined)
    return null;
  return (
    <section class="card" aria-labelledby="organisation-title" data-testid="organisation">
      <h2 id="organisation-title">{optionsLabels.organisationTitle}</h2>
      <p>{optionsLabels.organisationIntro}</p>
      <dl class="managed-values">
        {organisationName !== undefined ? (
          <>
            <dt>{optionsLabels.organisationName}</dt>
            <dd>{organisationName}</dd>
          </>
        ) : null}
        {referentsAddresses !== undefined ? (
          <>
            <dt>{optionsLabels.referentsAddresses}</dt>
            <dd>
              <ul>
                {referentsAddresses.map((address) => (
                  <li key={address}>{address}</li>
                ))}
              </ul>
              <p class="managed-use">{optionsLabels.referentsUse}</p>
            </dd>
          </>
        ) : null}
        {reportAddress !== undefined ? (
          <>
            <dt>{optionsLabels.reportAddress}</dt>
            <dd>{reportAddress}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

/** The managed values left out, each with why: for the user to tell their IT. */
function IgnoredSection({ managed }: { managed: ManagedConfig }) {
  if (managed.ignored.length === 0) return null;
  return (
    <section class="card" aria-labelledby="ignored-title" data-testid="managed-ignored">
      <h2 id="ignored-title">{optionsLabels.ignoredTitle}</h2>
      <p>{optionsLabels.ignoredIntro}</p>
      <ul>
        {managed.ignored.map(({ key, problem }, index) => (
          <li key={index}>{ignoredLine(key, problem)}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The options page: the panel's side and opening (read-only where the organisation set them),
 * what the organisation configured, and erasing everything, with a confirmation.
 */
export function Options({
  options,
  managed = noManaged(),
  onChange,
  settingsStatus,
  myDetails = {},
  onSaveMyDetails,
  onErase,
  onEraseCancelled,
  eraseStatus,
}: OptionsProps) {
  const shown = effectiveOptions(options, managed.values);
  const sideManaged = managed.values.panelSide !== undefined;
  const autoOpenManaged = managed.values.autoOpen !== undefined;
  const panelTabManaged = managed.values.panelTab !== undefined;
  return (
    <>
      <header class="options-header">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <div>
          <p class="app-name">{optionsLabels.appName}</p>
          <h1>{optionsLabels.pageTitle}</h1>
        </div>
      </header>
      <main>
        <OrganisationSection managed={managed} />
        <IgnoredSection managed={managed} />
        <section class="card" aria-labelledby="panel-title">
          <h2 id="panel-title">{optionsLabels.panelTitle}</h2>
          <fieldset
            class="choices"
            disabled={sideManaged}
            aria-describedby={sideManaged ? 'panel-side-managed' : undefined}
            data-testid="panel-side"
          >
            <legend>{optionsLabels.sideLegend}</legend>
            {sideManaged ? <ManagedNote id="panel-side-managed" /> : null}
            {SIDES.map(({ side, label }) => (
              <label class="choice-row" key={side}>
                <input
                  type="radio"
                  name="panel-side"
                  value={side}
                  checked={shown.panelSide === side}
                  onChange={() => onChange({ ...options, panelSide: side })}
                />
                <span>{label}</span>
              </label>
            ))}
          </fieldset>
          <fieldset
            class="choices"
            disabled={panelTabManaged}
            aria-describedby={panelTabManaged ? 'panel-tab-managed panel-tab-hint' : 'panel-tab-hint'}
            data-testid="panel-tab"
          >
            <legend>{optionsLabels.panelTabLegend}</legend>
            {panelTabManaged ? <ManagedNote id="panel-tab-managed" /> : null}
            {TAB_MODES.map(({ mode, label }) => (
              <label class="choice-row" key={mode}>
                <input
                  type="radio"
                  name="panel-tab"
                  value={mode}
                  checked={shown.panelTab === mode}
                  onChange={() => onChange({ ...options, panelTab: mode })}
                />
                <span>{label}</span>
              </label>
            ))}
            <p class="choices-hint" id="panel-tab-hint">
              {optionsLabels.panelTabHint}
            </p>
          </fieldset>
          <fieldset
            class="choices"
            disabled={autoOpenManaged}
            aria-describedby={autoOpenManaged ? 'auto-open-managed' : undefined}
            data-testid="auto-open"
          >
            <legend>{optionsLabels.autoOpenLegend}</legend>
            {autoOpenManaged ? <ManagedNote id="auto-open-managed" /> : null}
            {[true, false].map((autoOpen) => (
              <label class="choice-row" key={String(autoOpen)}>
                <input
                  type="radio"
                  name="auto-open"
                  value={autoOpen ? 'open' : 'tab'}
                  checked={shown.autoOpen === autoOpen}
                  onChange={() => onChange({ ...options, autoOpen })}
                />
                <span>{autoOpen ? optionsLabels.autoOpenYes : optionsLabels.autoOpenNo}</span>
              </label>
            ))}
          </fieldset>
          {/* Present from the start, so each change is announced. */}
          <p class="status" role="status" data-testid="settings-status">
            {settingsStatus}
          </p>
        </section>
        {onSaveMyDetails ? <MyDetailsSection myDetails={myDetails} onSave={onSaveMyDetails} /> : null}
        <EraseSection onErase={onErase} onCancelled={onEraseCancelled} status={eraseStatus} />
      </main>
    </>
  );
}

interface MyDetailsSectionProps {
  myDetails: MyDetails;
  onSave: (details: MyDetails) => Promise<void>;
}

const detailInputId = (id: MyDetailsField) => `my-details-${id}`;

/**
 * « Mes coordonnées »: the six details, typed here and kept on « Enregistrer mes coordonnées »,
 * or all erased by « Effacer mes coordonnées ». What is kept elsewhere (the composer, an erase)
 * replaces what is shown.
 */
function MyDetailsSection({ myDetails, onSave }: MyDetailsSectionProps) {
  const [values, setValues] = useState<MyDetails>(myDetails);
  const [status, setStatus] = useState('');
  const [badEmail, setBadEmail] = useState(false);
  useEffect(() => setValues(myDetails), [myDetails]);

  async function save(next: MyDetails, done: string) {
    setStatus('');
    try {
      await onSave(next);
      setStatus(done);
    } catch {
      setStatus(optionsLabels.saveFailed);
    }
  }

  function submit(event: Event) {
    event.preventDefault();
    const email = values.email?.trim() ?? '';
    if (email !== '' && !isEmail(email)) {
      setBadEmail(true);
      setStatus(optionsLabels.myDetailsInvalidEmail);
      document.getElementById(detailInputId('email'))?.focus();
      return;
    }
    setBadEmail(false);
    void save(values, optionsLabels.myDetailsSaved);
  }

  return (
    <section class="card" aria-labelledby="my-details-title" data-testid="my-details">
      <h2 id="my-details-title">{optionsLabels.myDetailsTitle}</h2>
      <p id="my-details-intro">{optionsLabels.myDetailsIntro}</p>
      <form class="my-details" onSubmit={submit} aria-labelledby="my-details-title" noValidate>
        {MY_DETAILS_FIELDS.map((id) => (
          <div class="my-details-field" key={id}>
            <label for={detailInputId(id)}>{myDetailsLabels[id]}</label>
            <input
              id={detailInputId(id)}
              type="text"
              class="my-details-input"
              value={values[id] ?? ''}
              maxLength={MAX_LENGTH[MY_DETAILS_KIND[id]]}
              autocomplete={AUTOCOMPLETE[id]}
              inputMode={id === 'email' ? 'email' : undefined}
              spellcheck={id === 'email' ? false : undefined}
              aria-invalid={id === 'email' && badEmail ? 'true' : undefined}
              onInput={(event) => {
                const value = event.currentTarget.value;
                setValues((current) => ({ ...current, [id]: value }));
              }}
            />
          </div>
        ))}
        <div class="confirm-actions">
          <button type="submit" class="button">
            {optionsLabels.myDetailsSave}
          </button>
          <button
            type="button"
            class="button button-secondary"
            onClick={() => {
              setValues({});
              setBadEmail(false);
              void save({}, optionsLabels.myDetailsForgotten);
            }}
          >
            {optionsLabels.myDetailsForget}
          </button>
        </div>
      </form>
      <p class="status" role="status" data-testid="my-details-status">
        {status}
      </p>
    </section>
  );
}

/** The browser's autofill names of the details. */
const AUTOCOMPLETE: Record<MyDetailsField, string> = {
  lastName: 'family-name',
  firstName: 'given-name',
  email: 'email',
  role: 'organization-title',
  structureName: 'organization',
  unitName: 'off',
};

interface EraseSectionProps {
  onErase: () => void;
  onCancelled: () => void;
  status: string;
}

/**
 * The erase button, then in its place a question with « Oui, tout effacer » and « Annuler »
 * (focus on « Annuler », the harmless answer; Escape answers it too), then focus back on the
 * erase button. An in-page step rather than window.confirm: styled, translated, testable.
 */
function EraseSection({ onErase, onCancelled, status }: EraseSectionProps) {
  const [confirming, setConfirming] = useState(false);
  const eraseButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // Focus moves only after the user's own action, never on the first render.
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    if (confirming) cancelButton.current?.focus();
    else eraseButton.current?.focus();
  }, [confirming]);

  const answer = (erase: boolean) => {
    moved.current = true;
    setConfirming(false);
    if (erase) onErase();
    else onCancelled();
  };

  return (
    <section class="card" aria-labelledby="data-title">
      <h2 id="data-title">{optionsLabels.dataTitle}</h2>
      <p>{optionsLabels.dataKept}</p>
      {confirming ? (
        <fieldset
          class="confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') answer(false);
          }}
        >
          <legend class="confirm-question">{optionsLabels.eraseQuestion}</legend>
          <div class="confirm-actions">
            <button type="button" class="button button-danger" onClick={() => answer(true)}>
              {optionsLabels.eraseConfirm}
            </button>
            <button
              type="button"
              class="button button-secondary"
              ref={cancelButton}
              onClick={() => answer(false)}
            >
              {optionsLabels.eraseCancel}
            </button>
          </div>
        </fieldset>
      ) : (
        <button
          type="button"
          class="button button-danger-outline"
          ref={eraseButton}
          onClick={() => {
            moved.current = true;
            setConfirming(true);
          }}
        >
          {optionsLabels.erase}
        </button>
      )}
      <p class="status" role="status" data-testid="erase-status">
        {status}
      </p>
    </section>
  );
}
