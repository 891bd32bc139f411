import type { Referent } from '../../content/compose/drafts';
import { referentKey } from '../../content/compose/form-ids';
import { REFERENT_FIELDS } from '../../content/compose/forms';
import { MAX_REFERENTS } from '../../content/compose/limits';
import type { FieldProblem } from '../../content/compose/message';
import { composerLabels as text } from '../../content/text/fr/composer';
import { Icon } from '../Icon';
import { Field } from './Field';

interface ReferentRowsProps {
  legend: string;
  hint: string;
  referents: readonly Referent[];
  /** Each row's stable id, in the rows' order. */
  rowIds: readonly number[];
  /** The DOM id of a field, from its key. */
  domId: (key: string) => string;
  /** The problem to show for a field, if any; a row's fields are keyed by its id (referentKey). */
  problemOf: (key: string) => FieldProblem | undefined;
  shortened: ReadonlySet<string>;
  onValue: (rowId: number, field: keyof Referent, value: string) => void;
  onAdd: () => void;
  onRemove: (rowId: number) => void;
  addButtonId: string;
}

/** The référents the guide asks for: one fieldset per person, added and removed by the user. */
export function ReferentRows({
  legend,
  hint,
  referents,
  rowIds,
  domId,
  problemOf,
  shortened,
  onValue,
  onAdd,
  onRemove,
  addButtonId,
}: ReferentRowsProps) {
  return (
    <fieldset class="composer-section composer-referents">
      <legend>{legend}</legend>
      <p class="composer-hint">{hint}</p>
      {referents.map((referent, row) => {
        const rowId = rowIds[row] ?? row;
        return (
          <fieldset class="composer-referent" key={rowId}>
            <legend>{text.referentLegend(row + 1)}</legend>
            {REFERENT_FIELDS.map((field) => (
              <Field
                key={field.id}
                id={domId(referentKey(rowId, field.id))}
                field={field}
                value={referent[field.id]}
                problem={problemOf(referentKey(rowId, field.id))}
                onValue={(value) => onValue(rowId, field.id, value)}
                shortened={shortened.has(referentKey(rowId, field.id))}
              />
            ))}
            {referents.length > 1 ? (
              <button type="button" class="button button-quiet" onClick={() => onRemove(rowId)}>
                {text.removeReferent(row + 1)}
              </button>
            ) : null}
          </fieldset>
        );
      })}
      {referents.length < MAX_REFERENTS ? (
        <button type="button" class="button button-secondary" id={addButtonId} onClick={onAdd}>
          <Icon name="plus" /> {text.addReferent}
        </button>
      ) : null}
    </fieldset>
  );
}
