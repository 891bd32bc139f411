// The Composer component: « Mes coordonnées » filling the form and kept only at the user's request,
// the fields' lengths said and enforced, cut values said, the organisation's référents filling an
// empty « to » even when the policy answers late, and the form emptied by an erase.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Composer } from '../../components/composer/Composer';
import type { Draft } from '../../content/compose/drafts';
import { blankDraft, FORMS, withReferents } from '../../content/compose/forms';
import { MAX_LENGTH, MAX_REFERENTS } from '../../content/compose/limits';
import { type MyDetails, withMyDetails } from '../../content/compose/my-details';
import { composerLabels } from '../../content/text/fr/composer';
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

const DETAILS: MyDetails = {
  lastName: 'Martin',
  firstName: 'Léa',
  role: 'Assistante sociale',
  structureName: 'Hôpital Saint-Louis',
  unitName: 'ELSA',
};

/** A form opened as the composer page opens it: the draft's empty fields filled with the details. */
function withDetails(form: 'no-unit' | 'help', more: Partial<Props> = {}, details = DETAILS) {
  const { draft, filled } = withMyDetails(FORMS[form], blankDraft(FORMS[form]), details);
  const onSaveMyDetails = vi.fn<(details: MyDetails) => Promise<void>>(async () => {});
  return {
    ...show({ form, initialDraft: draft, filled, myDetails: details, onSaveMyDetails, ...more }),
    onSaveMyDetails,
  };
}

describe('« Mes coordonnées » in the composer', () => {
  it('fill the form’s fields, which say so, and are kept in the draft as typed ones', () => {
    const { onDraftChange } = withDetails('no-unit');
    for (const [id, value] of Object.entries(DETAILS)) expect(input(`no-unit-${id}`).value, id).toBe(value);
    expect(root.querySelector('.composer-filled')?.textContent).toBe(composerLabels.myDetailsFilled);
    type('no-unit-unitActivity', 'Addictologie');
    expect(onDraftChange).toHaveBeenLastCalledWith({
      values: { ...DETAILS, unitActivity: 'Addictologie' },
      referents: [],
    });
  });

  it('are saved only when the user asks (Enregistrer mes coordonnées), from what the form holds', async () => {
    const { onSaveMyDetails, onDraftChange } = withDetails('help', {}, { email: 'lea.martin@hopital.fr' });
    type('help-lastName', 'Durand');
    type('help-unitName', 'PASS');
    expect(onSaveMyDetails).not.toHaveBeenCalled();
    expect(onDraftChange).toHaveBeenCalled();
    const save = buttonNamed(/^Enregistrer mes coordonnées$/);
    expect(save?.getAttribute('aria-describedby')).toBe('composer-help-my-details-hint');
    await act(async () => save?.click());
    // The help form has no mail field: the mail kept before stays.
    expect(onSaveMyDetails).toHaveBeenCalledExactlyOnceWith({
      lastName: 'Durand',
      unitName: 'PASS',
      email: 'lea.martin@hopital.fr',
    });
    expect(root.querySelector('.composer-my-details [role="status"]')?.textContent?.trim()).toBe(
      composerLabels.myDetailsSaved,
    );
  });

  it('a failed save says so', async () => {
    const { onSaveMyDetails } = withDetails('no-unit');
    onSaveMyDetails.mockRejectedValueOnce(new Error('quota'));
    await act(async () => buttonNamed(/^Enregistrer mes coordonnées$/)?.click());
    expect(root.querySelector('.composer-my-details [role="status"]')?.textContent).toBe(
      composerLabels.myDetailsSaveFailed,
    );
  });

  it('Effacer forgets the draft and starts the form again from the details kept, and says they are kept', () => {
    const { onDraftForget } = withDetails('no-unit');
    type('no-unit-lastName', 'Durand');
    type('no-unit-unitActivity', 'Addictologie');
    act(() => buttonNamed(/^Effacer$/)?.click());
    expect(onDraftForget).toHaveBeenCalledOnce();
    expect(input('no-unit-lastName').value).toBe('Martin');
    expect(input('no-unit-unitActivity').value).toBe('');
    expect(statusText()).toBe(`${composerLabels.cleared} ${composerLabels.myDetailsKept}`);
  });

  it('after the erase of all data, the emptied form holds none of them', () => {
    const { onDraftChange, rerender } = withDetails('no-unit', { erasures: 0 });
    onDraftChange.mockClear();
    // The composer page hands over the erase and the details gone in one render.
    rerender({ erasures: 1, myDetails: {} });
    for (const id of Object.keys(DETAILS)) expect(input(`no-unit-${id}`).value, id).toBe('');
    expect(root.querySelector('.composer-filled')).toBeNull();
    expect(onDraftChange).not.toHaveBeenCalled();
  });

  it('no form offers a save button without a field that takes a detail', () => {
    show({ form: 'no-unit' });
    expect(buttonNamed(/Enregistrer mes coordonnées/)).toBeUndefined();
  });
});

describe('the length of each field', () => {
  it('is the input’s maxlength, said beside it only once the value nears it (not for a list, nor the FINESS number)', () => {
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
      // Blank or short: no word about the length, which would only crowd the form.
      type(id, 'a');
      expect(description(id), id).not.toContain('caractère');
      // Nearly full: the characters left, tied to the field.
      type(id, 'a'.repeat(limit - 3));
      expect(description(id), id).toContain(`3 caractères restants sur ${limit.toLocaleString('fr-FR')}.`);
    }
    type('no-structure-cc', 'a'.repeat(MAX_LENGTH.emails - 1));
    expect(description('no-structure-cc')).toContain('1 caractère restant sur 1\u202f000.');
    expect(input('no-structure-finess').maxLength).toBe(MAX_LENGTH.finess);
    type('no-structure-finess', '7507121845678901234');
    expect(description('no-structure-finess')).not.toContain('restant');
    expect(
      root.querySelector('#composer-no-structure-kind')?.getAttribute('aria-describedby') ?? '',
    ).not.toContain('limit');
    // A field the guide does not ask for says so, to screen readers too.
    expect(description('no-structure-address')).toContain('(ajout de l’extension)');
    expect(description('no-structure-structureName')).not.toContain('ajout de l’extension');
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
    const { onDraftChange, onDraftForget, rerender } = show({
      form: 'no-unit',
      initialDraft: { values: { lastName: 'Martin', structureName: 'Hôpital' }, referents: [] },
      erasures: 0,
    });
    type('no-unit-firstName', 'Léa');
    onDraftChange.mockClear();
    rerender({ erasures: 1 });
    for (const id of ['structureName', 'lastName', 'firstName'])
      expect(input(`no-unit-${id}`).value).toBe('');
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

describe('the organisation’s policy answering after the form is shown', () => {
  const form = FORMS['referents-account'];

  it('fills an empty « to », and never what the user typed meanwhile', () => {
    const { rerender } = show({ form: form.id, referents: [] });
    type('referents-account-lastName', 'Martin');
    rerender({ referents: ['referents@hopital.fr'] });
    expect(input('referents-account-to').value).toBe('referents@hopital.fr');
    expect(input('referents-account-lastName').value).toBe('Martin');

    const typed = show({ form: 'referents-habilitation', referents: [] });
    type('referents-habilitation-to', 'moi@hopital.fr');
    typed.rerender({ referents: ['referents@hopital.fr'] });
    expect(input('referents-habilitation-to').value).toBe('moi@hopital.fr');
  });

  it('a changed policy replaces its previous list, still untouched in « to »', () => {
    const { rerender } = show({ form: form.id, referents: ['a@hopital.fr'] });
    expect(input('referents-account-to').value).toBe('a@hopital.fr');
    rerender({ referents: ['b@hopital.fr', 'c@hopital.fr'] });
    expect(input('referents-account-to').value).toBe('b@hopital.fr, c@hopital.fr');
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

describe('sending', () => {
  /** A click the browser made from a person's input, or a script's (isTrusted false). */
  function click(element: Element | null | undefined, trusted = true) {
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'isTrusted', { value: trusted });
    element?.dispatchEvent(event);
    return event;
  }
  const link = () => root.querySelector<HTMLAnchorElement>('a[href^="mailto:"]');
  const copyStatus = (label: string) =>
    buttonNamed(new RegExp(`^\\s*${label}$`))
      ?.parentElement?.querySelector('[role="status"]')
      ?.textContent?.trim();

  function fillNoUnit() {
    type('no-unit-structureName', 'Hôpital Saint-Louis');
    type('no-unit-unitName', 'ELSA');
    type('no-unit-lastName', 'Martin');
    type('no-unit-firstName', 'Léa');
  }

  let writeText: ReturnType<typeof vi.fn<(text: string) => Promise<void>>>;
  beforeEach(() => {
    writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  });

  it('opening the mail program keeps the draft; « J’ai envoyé le message » forgets it, empties the form and says so', () => {
    const { onDraftForget } = show({ form: 'no-unit' });
    // Nothing handed to a mail program yet: nothing to confirm.
    expect(buttonNamed(/J’ai envoyé le message/)).toBeUndefined();
    fillNoUnit();
    let opened: MouseEvent | undefined;
    act(() => {
      opened = click(link());
    });
    expect(opened?.defaultPrevented).toBe(false);
    expect(onDraftForget).not.toHaveBeenCalled();
    expect(statusText()).toBe(composerLabels.opened);
    expect(root.querySelector('.composer-nothing-opened')?.textContent).toBe(composerLabels.nothingOpened);
    act(() => {
      click(buttonNamed(/J’ai envoyé le message/));
    });
    expect(onDraftForget).toHaveBeenCalledOnce();
    expect(input('no-unit-structureName').value).toBe('');
    expect(statusText()).toBe(composerLabels.sentDone);
    expect(buttonNamed(/J’ai envoyé le message/)).toBeUndefined();
  });

  it('a script’s click neither opens the mail program nor says the message is sent', () => {
    const { onDraftForget } = show({ form: 'no-unit', restored: true });
    fillNoUnit();
    let opened: MouseEvent | undefined;
    act(() => {
      opened = click(link(), false);
    });
    expect(opened?.defaultPrevented).toBe(true);
    expect(statusText()).toBe('');
    act(() => {
      click(buttonNamed(/J’ai envoyé le message/), false);
    });
    expect(onDraftForget).not.toHaveBeenCalled();
    expect(input('no-unit-structureName').value).toBe('Hôpital Saint-Louis');
  });

  it('a kept draft offers « J’ai envoyé le message » at once', () => {
    show({ form: 'no-unit', restored: true });
    expect(buttonNamed(/J’ai envoyé le message/)).toBeDefined();
  });

  it('copies the recipients, the Cc, the subject and the text apart, each saying so, on a person’s click only', async () => {
    const form = FORMS['no-structure'];
    const initialDraft: Draft = {
      values: {
        cc: 'direction@csapa.fr, dg@csapa.fr',
        structureName: 'CSAPA',
        lastName: 'Benali',
        firstName: 'Sonia',
      },
      referents: [{ lastName: 'Dupont', firstName: 'Marie', email: 'marie.dupont@csapa.fr', role: 'Cadre' }],
    };
    const { onDraftForget } = show({ form: form.id, initialDraft });
    await act(async () => {
      click(buttonNamed(/^\s*Copier les destinataires$/), false);
    });
    expect(writeText).not.toHaveBeenCalled();
    const copies: [string, string, string][] = [
      ['Copier les destinataires', 'viatrajectoire.creation@sesan.fr', composerLabels.copiedTo],
      ['Copier l’adresse en copie \\(Cc\\)', 'direction@csapa.fr, dg@csapa.fr', composerLabels.copiedCc],
      ['Copier l’objet', form.subject, composerLabels.copiedSubject],
      ['Copier le texte', form.body(initialDraft), composerLabels.copiedBody],
    ];
    for (const [label, text, said] of copies) {
      await act(async () => {
        click(buttonNamed(new RegExp(`^\\s*${label}$`)));
      });
      expect(writeText).toHaveBeenLastCalledWith(text);
      expect(copyStatus(label), label).toBe(said);
    }
    expect(writeText).toHaveBeenCalledTimes(4);
    // Copied is not sent: the draft stays until the user says so.
    expect(onDraftForget).not.toHaveBeenCalled();
    expect(buttonNamed(/J’ai envoyé le message/)).toBeDefined();
  });

  it('copies nothing while a required field is missing, and shows what to fix', async () => {
    show({ form: 'no-unit' });
    await act(async () => {
      click(buttonNamed(/^\s*Copier le texte$/));
    });
    expect(writeText).not.toHaveBeenCalled();
    expect(statusText()).toMatch(/Le message n’est pas prêt/);
    expect(document.activeElement?.id).toBe('composer-no-unit-structureName');
  });

  it('past the mail link’s limit: no link, one sentence, and the copies as the primary way', () => {
    const form = FORMS['no-structure'];
    // Accents take 6 characters each in a mail link: 500 of them pass its limit.
    const long = 'é'.repeat(MAX_LENGTH.longText);
    show({
      form: form.id,
      initialDraft: { values: { structureName: 'CSAPA', address: long, cc: 'd@csapa.fr' }, referents: [] },
    });
    expect(link()).toBeNull();
    expect(root.querySelector('.composer-too-long')?.textContent).toBe(composerLabels.tooLong);
    expect(composerLabels.tooLong).not.toMatch(/encod|caractères/);
    for (const label of ['Copier les destinataires', 'Copier l’objet', 'Copier le texte'])
      expect(buttonNamed(new RegExp(`^\\s*${label}$`))?.className, label).toBe('button');
  });

  it('under the limit, the mail link is the primary way and the copies are secondary', () => {
    show({ form: 'no-unit' });
    expect(link()?.className).toBe('button');
    expect(buttonNamed(/^\s*Copier le texte$/)?.className).toBe('button button-secondary');
  });
});

describe('a mail to the référents without their address', () => {
  it('is still ready: no recipient to copy, the path said, and a way to ask SESAN who they are', () => {
    show({ form: 'referents-account' });
    type('referents-account-lastName', 'Martin');
    type('referents-account-firstName', 'Léa');
    type('referents-account-email', 'lea.martin@hopital.fr');
    expect(input('referents-account-to').required).toBe(false);
    expect(description('referents-account-to')).toContain('Demandez à votre cadre ou à votre direction.');
    expect(buttonNamed(/^\s*Copier les destinataires$/)).toBeUndefined();
    expect(buttonNamed(/^\s*Copier le texte$/)).toBeDefined();
    expect(root.querySelector('a[href^="mailto:"]')?.getAttribute('href')).toMatch(/^mailto:\?subject=/);
    const note = root.querySelector('.composer-no-to');
    expect(note?.textContent).toContain(composerLabels.noReferentsAddress);
    expect(note?.querySelector('a')?.getAttribute('href')).toBe('#ask-referents');
    expect(root.querySelector('[data-testid="preview-to"]')?.textContent).toBe(composerLabels.noRecipient);
    type('referents-account-to', 'referents@hopital.fr');
    expect(root.querySelector('.composer-no-to')).toBeNull();
    expect(buttonNamed(/^\s*Copier les destinataires$/)).toBeDefined();
  });
});

describe('the fields the guide does not ask for', () => {
  const fold = () => root.querySelector<HTMLDetailsElement>('details.composer-more');

  it('are folded under one line that says what they are, until a kept draft holds one', () => {
    show({ form: 'no-structure' });
    expect(fold()?.open).toBe(false);
    expect(fold()?.querySelector('summary')?.textContent).toMatch(
      /facultatif.*FINESS, adresse, type de structure/,
    );
    for (const id of ['finess', 'address', 'kind'])
      expect(fold()?.querySelector(`#composer-no-structure-${id}`), id).not.toBeNull();
    expect(fold()?.querySelector('#composer-no-structure-structureName')).toBeNull();
    act(() => render(null, root));
    show({ form: 'no-structure', initialDraft: { values: { address: '12 rue des Lilas' }, referents: [] } });
    expect(fold()?.open).toBe(true);
  });

  it('open when the first thing to fix is in them', () => {
    const draft: Draft = {
      values: {
        cc: 'd@csapa.fr',
        structureName: 'CSAPA',
        finess: '750712185',
        lastName: 'Benali',
        firstName: 'Sonia',
      },
      referents: [{ lastName: 'Dupont', firstName: 'Marie', email: 'marie.dupont@csapa.fr', role: 'Cadre' }],
    };
    show({ form: 'no-structure', initialDraft: draft });
    act(() => {
      if (fold()) (fold() as HTMLDetailsElement).open = false;
    });
    act(() => {
      const event = new MouseEvent('click', { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'isTrusted', { value: true });
      root.querySelector('a[href^="mailto:"]')?.dispatchEvent(event);
    });
    expect(fold()?.open).toBe(true);
    expect(document.activeElement?.id).toBe('composer-no-structure-finess');
  });
});
