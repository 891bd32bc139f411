// The Composer component: the page's names shown but kept only once changed or confirmed, the
// fields' lengths said and enforced, cut values said, and the form emptied by an erase.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Composer } from '../../components/composer/Composer';
import type { Draft } from '../../content/compose/drafts';
import { blankDraft, FORMS, withPrefill, withReferents } from '../../content/compose/forms';
import { MAX_LENGTH, MAX_REFERENTS } from '../../content/compose/limits';
import { composerLabels } from '../../content/guide/composer-labels';
import { renderRoot } from './render-root';

const NBSP = '\u00a0';

const root = renderRoot();

type Props = Parameters<typeof Composer>[0];

function show(props: Partial<Props> & Pick<Props, 'form'>) {
  const onDraftChange = vi.fn<(draft: Draft) => void>();
  const onDraftForget = vi.fn();
  const all: Props = {
    initialDraft: blankDraft(FORMS[props.form]),
    onDraftChange,
    onDraftForget,
    ...props,
  };
  act(() => render(<Composer {...all} />, root));
  return {
    onDraftChange,
    onDraftForget,
    rerender: (more: Partial<Props>) => act(() => render(<Composer {...all} {...more} />, root)),
  };
}

const input = (id: string) => root.querySelector<HTMLInputElement>(`#composer-${id}`) as HTMLInputElement;

function type(id: string, value: string) {
  act(() => {
    const field = input(id);
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** The texts an input's aria-describedby points to. */
function description(id: string): string {
  const ids = input(id).getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((ref) => root.querySelector(`#${ref}`)?.textContent ?? `(missing #${ref})`).join(' | ');
}

const buttonNamed = (name: RegExp) =>
  [...root.querySelectorAll('button')].find((button) => name.test(button.textContent ?? ''));

const statusText = () => root.querySelector('.composer-status')?.textContent ?? '';

function prefilledNoUnit() {
  const form = FORMS['no-unit'];
  const { draft, prefilled } = withPrefill(form, blankDraft(form), {
    structureName: 'Hôpital Saint-Louis',
    unitName: 'ELSA',
  });
  return show({ form: 'no-unit', initialDraft: draft, prefilled });
}

describe('the page’s names in the composer', () => {
  it('are shown, said to come from the banner, with a « Confirmer » button for each', () => {
    prefilledNoUnit();
    expect(input('no-unit-structureName').value).toBe('Hôpital Saint-Louis');
    expect(description('no-unit-structureName')).toContain(
      `Repris du bandeau de ViaTrajectoire${NBSP}: vérifiez-le. Il n’est gardé dans le brouillon qu’une fois modifié ou confirmé.`,
    );
    const confirm = buttonNamed(/Confirmer.*Nom de la structure/);
    expect(confirm?.getAttribute('type')).toBe('button');
    expect(confirm?.textContent).toBe(`Confirmer «${NBSP}Nom de la structure${NBSP}»`);
    expect(buttonNamed(/Confirmer.*Nom de l’unité/)).toBeDefined();
    // A field the page did not fill has neither.
    expect(description('no-unit-lastName')).not.toContain('bandeau');
  });

  it('are kept empty in the draft while the user types in other fields', () => {
    const { onDraftChange } = prefilledNoUnit();
    type('no-unit-lastName', 'Martin');
    expect(onDraftChange).toHaveBeenLastCalledWith({
      values: { structureName: '', unitName: '', lastName: 'Martin' },
      referents: [],
    });
    // The message uses what is shown.
    expect(root.querySelector('[data-testid="preview-body"]')?.textContent).toContain('Hôpital Saint-Louis');
  });

  it('« Confirmer » keeps the name as shown, removes the note, and gives focus to the field', () => {
    const { onDraftChange } = prefilledNoUnit();
    act(() => buttonNamed(/Confirmer.*Nom de la structure/)?.click());
    expect(onDraftChange).toHaveBeenLastCalledWith({
      values: { structureName: 'Hôpital Saint-Louis', unitName: '' },
      referents: [],
    });
    expect(buttonNamed(/Confirmer.*Nom de la structure/)).toBeUndefined();
    expect(description('no-unit-structureName')).not.toContain('bandeau');
    expect(document.activeElement).toBe(input('no-unit-structureName'));
    expect(statusText()).toBe(
      `«${NBSP}Nom de la structure${NBSP}» confirmé${NBSP}: il est gardé dans le brouillon.`,
    );
    type('no-unit-lastName', 'Martin');
    expect(onDraftChange).toHaveBeenLastCalledWith({
      values: { structureName: 'Hôpital Saint-Louis', unitName: '', lastName: 'Martin' },
      referents: [],
    });
  });

  it('changing the name confirms it', () => {
    const { onDraftChange } = prefilledNoUnit();
    type('no-unit-unitName', 'ELSA Nord');
    expect(onDraftChange).toHaveBeenLastCalledWith({
      values: { structureName: '', unitName: 'ELSA Nord' },
      referents: [],
    });
    expect(buttonNamed(/Confirmer.*Nom de l’unité/)).toBeUndefined();
  });
});

describe('the length of each field', () => {
  it('is the input’s maxlength, said beside it (not for a list, nor the FINESS number)', () => {
    show({ form: 'no-structure' });
    const expected: [string, number][] = [
      ['no-structure-cc', MAX_LENGTH.emails],
      ['no-structure-structureName', MAX_LENGTH.text],
      ['no-structure-address', MAX_LENGTH.longText],
      ['no-structure-referents-0-lastName', MAX_LENGTH.text],
      ['no-structure-referents-0-email', MAX_LENGTH.email],
    ];
    for (const [id, limit] of expected) {
      expect(input(id).maxLength, id).toBe(limit);
      expect(description(id), id).toContain(`${limit.toLocaleString('fr-FR')} caractères au plus.`);
    }
    expect(description('no-structure-cc')).toContain('1\u202f000 caractères au plus.');
    expect(input('no-structure-finess').maxLength).toBe(MAX_LENGTH.finess);
    expect(description('no-structure-finess')).not.toContain('au plus');
    expect(
      root.querySelector('#composer-no-structure-kind')?.getAttribute('aria-describedby') ?? '',
    ).not.toContain('limit');
    // A field the guide does not ask for says so, to screen readers too.
    expect(description('no-structure-address')).toContain('Ajouté par l’extension (hors guide)');
    expect(description('no-structure-structureName')).not.toContain('Ajouté par l’extension');
  });

  it('a saved value cut to it is said beside its field, until the field is changed', () => {
    const initialDraft: Draft = {
      values: { structureName: 'S'.repeat(MAX_LENGTH.text), lastName: 'Martin' },
      referents: [],
    };
    show({ form: 'no-unit', initialDraft, shortened: ['structureName'] });
    expect(description('no-unit-structureName')).toContain(
      `Ce champ a été raccourci à 120 caractères${NBSP}: il dépassait la longueur permise. Vérifiez-le.`,
    );
    expect(description('no-unit-lastName')).not.toContain('raccourci');
    type('no-unit-structureName', 'Hôpital');
    expect(description('no-unit-structureName')).not.toContain('raccourci');
  });
});

describe('erased from the options page', () => {
  it('the form empties and says why, without saving or forgetting anything itself', () => {
    const form = FORMS['no-unit'];
    const { draft, prefilled } = withPrefill(
      form,
      { values: { lastName: 'Martin' }, referents: [] },
      { structureName: 'Hôpital' },
    );
    const { onDraftChange, onDraftForget, rerender } = show({
      form: 'no-unit',
      initialDraft: draft,
      prefilled,
      erasures: 0,
    });
    type('no-unit-firstName', 'Léa');
    onDraftChange.mockClear();
    rerender({ erasures: 1 });
    for (const id of ['structureName', 'lastName', 'firstName'])
      expect(input(`no-unit-${id}`).value).toBe('');
    expect(buttonNamed(/Confirmer/)).toBeUndefined();
    expect(statusText()).toBe(
      `Toutes vos données ont été effacées depuis les réglages${NBSP}: ce formulaire a été vidé.`,
    );
    expect(onDraftChange).not.toHaveBeenCalled();
    expect(onDraftForget).not.toHaveBeenCalled();
    // Typed afterwards: a new draft.
    type('no-unit-lastName', 'Durand');
    expect(onDraftChange).toHaveBeenLastCalledWith({ values: { lastName: 'Durand' }, referents: [] });
  });
});

describe('emptied under an organisation’s policy that names its référents', () => {
  const REFERENTS = ['referents@hopital.fr', 'cadre@hopital.fr'];
  const form = FORMS['referents-habilitation'];

  /** A form to the référents, opened as the page opens it: their addresses in « to », a name typed. */
  function policyForm(erasures = 0) {
    const initialDraft = withReferents(form, blankDraft(form), REFERENTS);
    const shown = show({ form: form.id, initialDraft, referents: REFERENTS, erasures });
    expect(input('referents-habilitation-to').value).toBe('referents@hopital.fr, cadre@hopital.fr');
    type('referents-habilitation-to', 'moi@hopital.fr');
    type('referents-habilitation-lastName', 'Martin');
    return shown;
  }

  it('« Effacer » empties what was typed and shows the policy’s addresses in « to » again', () => {
    const { onDraftForget } = policyForm();
    act(() => buttonNamed(/^Effacer$/)?.click());
    expect(onDraftForget).toHaveBeenCalledOnce();
    expect(input('referents-habilitation-lastName').value).toBe('');
    expect(input('referents-habilitation-to').value).toBe('referents@hopital.fr, cadre@hopital.fr');
    expect(statusText()).toBe(composerLabels.cleared);
  });

  it('« Effacer toutes mes données » does the same, and saves nothing', () => {
    const { onDraftChange, rerender } = policyForm();
    onDraftChange.mockClear();
    rerender({ erasures: 1 });
    expect(input('referents-habilitation-lastName').value).toBe('');
    expect(input('referents-habilitation-to').value).toBe('referents@hopital.fr, cadre@hopital.fr');
    expect(onDraftChange).not.toHaveBeenCalled();
  });

  it('without a policy, « to » is emptied like the rest', () => {
    show({ form: form.id, initialDraft: blankDraft(form) });
    type('referents-habilitation-to', 'moi@hopital.fr');
    act(() => buttonNamed(/^Effacer$/)?.click());
    expect(input('referents-habilitation-to').value).toBe('');
  });
});

describe('the référents rows', () => {
  const rows = () => [...root.querySelectorAll<HTMLFieldSetElement>('fieldset.composer-referent')];
  const rowInput = (row: HTMLFieldSetElement, field: string) =>
    row.querySelector<HTMLInputElement>(`input[id$="-${field}"]`) as HTMLInputElement;
  const typeIn = (field: HTMLInputElement, value: string) =>
    act(() => {
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
  const button = (name: string) =>
    [...root.querySelectorAll('button')].find((candidate) => candidate.textContent?.endsWith(name));
  const click = (name: string) => act(() => button(name)?.click());

  it('keep what was typed, and its problems, with their row when an earlier row is removed', () => {
    const { onDraftChange } = show({ form: 'no-structure' });
    click(composerLabels.addReferent);
    const [first, second] = rows() as [HTMLFieldSetElement, HTMLFieldSetElement];
    expect(document.activeElement).toBe(rowInput(second, 'lastName'));
    typeIn(rowInput(first, 'email'), 'pas-une-adresse');
    typeIn(rowInput(second, 'lastName'), 'Nguyen');
    typeIn(rowInput(second, 'email'), 'hoa@');
    expect(rowInput(first, 'email').getAttribute('aria-invalid')).toBe('true');

    click(composerLabels.removeReferent(1));
    expect(rows()).toHaveLength(1);
    const [left] = rows() as [HTMLFieldSetElement];
    expect(left.querySelector('legend')?.textContent).toBe(composerLabels.referentLegend(1));
    expect(rowInput(left, 'lastName').value).toBe('Nguyen');
    // The bad address typed in the remaining row is still said; its untouched fields say nothing.
    expect(rowInput(left, 'email').getAttribute('aria-invalid')).toBe('true');
    expect(rowInput(left, 'firstName').getAttribute('aria-invalid')).toBeNull();
    expect(onDraftChange).toHaveBeenLastCalledWith({
      values: {},
      referents: [{ lastName: 'Nguyen', firstName: '', email: 'hoa@', role: '' }],
    });
    // The removed row's button is gone: focus goes to « Ajouter ».
    expect(document.activeElement?.textContent).toContain(composerLabels.addReferent);

    // A row added after the removal starts untouched, whatever the removed row's marks were.
    click(composerLabels.addReferent);
    const added = rows()[1] as HTMLFieldSetElement;
    expect(rowInput(added, 'email').getAttribute('aria-invalid')).toBeNull();
  });

  it('at their maximum, removing one gives focus to « Ajouter », which comes back', () => {
    show({ form: 'no-structure' });
    for (let row = 1; row < MAX_REFERENTS; row++) click(composerLabels.addReferent);
    expect(rows()).toHaveLength(MAX_REFERENTS);
    expect(button(composerLabels.addReferent)).toBeUndefined();
    click(composerLabels.removeReferent(3));
    expect(rows()).toHaveLength(MAX_REFERENTS - 1);
    expect(document.activeElement?.textContent).toContain(composerLabels.addReferent);
  });
});
