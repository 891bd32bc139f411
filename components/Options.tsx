import { useEffect, useRef, useState } from 'preact/hooks';
import { optionsLabels } from '../content/guide/options-labels';
import type { Options as OptionsValue, PanelSide } from '../content/options';

export interface OptionsProps {
  options: OptionsValue;
  onChange: (options: OptionsValue) => void;
  /** Said politely after a change: « Enregistré », or why it failed. */
  settingsStatus: string;
  /** Erases everything the extension keeps; the page says how it went in eraseStatus. */
  onErase: () => void;
  onEraseCancelled: () => void;
  eraseStatus: string;
}

const SIDES: readonly { side: PanelSide; label: string }[] = [
  { side: 'right', label: optionsLabels.sideRight },
  { side: 'left', label: optionsLabels.sideLeft },
];

/** The options page: the panel's side and opening, and erasing everything, with a confirmation. */
export function Options({
  options,
  onChange,
  settingsStatus,
  onErase,
  onEraseCancelled,
  eraseStatus,
}: OptionsProps) {
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
        <section class="card" aria-labelledby="panel-title">
          <h2 id="panel-title">{optionsLabels.panelTitle}</h2>
          <fieldset class="choices">
            <legend>{optionsLabels.sideLegend}</legend>
            {SIDES.map(({ side, label }) => (
              <label class="choice-row" key={side}>
                <input
                  type="radio"
                  name="panel-side"
                  value={side}
                  checked={options.panelSide === side}
                  onChange={() => onChange({ ...options, panelSide: side })}
                />
                <span>{label}</span>
              </label>
            ))}
          </fieldset>
          <fieldset class="choices">
            <legend>{optionsLabels.autoOpenLegend}</legend>
            {[true, false].map((autoOpen) => (
              <label class="choice-row" key={String(autoOpen)}>
                <input
                  type="radio"
                  name="auto-open"
                  value={autoOpen ? 'open' : 'tab'}
                  checked={options.autoOpen === autoOpen}
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
        <EraseSection onErase={onErase} onCancelled={onEraseCancelled} status={eraseStatus} />
      </main>
    </>
  );
}

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
