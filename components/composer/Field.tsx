import type { FieldDef } from '../../content/compose/forms';
import { MAX_LENGTH } from '../../content/compose/limits';
import type { FieldProblem } from '../../content/compose/message';
import { composerLabels as text } from '../../content/text/fr/composer';
import { AddedNote } from '../AddedNote';
import { Icon } from '../Icon';

export function problemText(problem: FieldProblem): string {
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

interface FieldProps {
  /** The input's DOM id; its hints and problem take ids made from it. */
  id: string;
  field: Omit<FieldDef, 'id'>;
  value: string;
  /** Shown only once the field was typed in, or after an attempt to send. */
  problem: FieldProblem | undefined;
  onValue: (value: string) => void;
  /** The saved value was cut to the field's length. */
  shortened?: boolean;
}

/** The share of a field's length from which the characters left are said beside it. */
export const NEAR_LIMIT = 0.8;

/** True once a value is long enough for its length limit to matter to the person typing. */
export function isNearLimit(value: string, limit: number): boolean {
  return value.length >= Math.floor(limit * NEAR_LIMIT);
}

/** One labelled field, its hints and its problem, tied together for screen readers. */
export function Field({ id, field, value, problem, onValue, shortened }: FieldProps) {
  const limit = MAX_LENGTH[field.kind];
  // Said only once the value nears it: a list needs none, a FINESS number's hint gives its own.
  const saysLimit = field.kind !== 'select' && field.kind !== 'finess' && isNearLimit(value, limit);
  const describedBy = [
    field.hint ? `${id}-hint` : '',
    field.added ? `${id}-added` : '',
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
          {text.charactersLeft(limit - value.length, limit)}
        </p>
      ) : null}
      {shortened ? (
        <p class="composer-shortened" id={`${id}-shortened`}>
          <Icon name="alert" /> {text.shortened(limit)}
        </p>
      ) : null}
      {/* Always present and polite: a problem that appears or changes while typing is announced. */}
      <p class="composer-error" id={`${id}-error`} aria-live="polite">
        {problem ? (
          <>
            <Icon name="alert" /> {problemText(problem)}
          </>
        ) : (
          ''
        )}
      </p>
    </div>
  );
}
