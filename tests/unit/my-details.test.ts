// « Mes coordonnées »: what a stored value is read as, how the details fill each form's fields,
// what « Enregistrer mes coordonnées » keeps, and their erasing.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { blankDraft, FORMS, fieldsOf } from '../../content/compose/forms';
import { MAX_LENGTH } from '../../content/compose/limits';
import {
  MY_DETAILS_FIELDS,
  type MyDetails,
  myDetailsFrom,
  parseMyDetails,
  withMyDetails,
} from '../../content/compose/my-details';
import { forgetMyDetails, readMyDetails, saveMyDetails, watchMyDetails } from '../../utils/my-details';
import { eraseAllData } from '../../utils/options-store';

const DETAILS: Required<MyDetails> = {
  lastName: 'Martin',
  firstName: 'Léa',
  email: 'lea.martin@hopital.fr',
  role: 'Assistante sociale',
  structureName: 'Hôpital Saint-Louis',
  unitName: 'ELSA',
};

describe('a stored « Mes coordonnées », read', () => {
  it('keeps each valid detail, trimmed, and drops unknown keys', () => {
    expect(parseMyDetails({ ...DETAILS, lastName: '  Martin ', phone: '0102030405', note: 'x' })).toEqual(
      DETAILS,
    );
  });

  it('leaves out an empty, too long or non-text detail, and keeps the others', () => {
    expect(
      parseMyDetails({
        lastName: '   ',
        firstName: 42,
        email: `${'a'.repeat(MAX_LENGTH.email)}@x.fr`,
        role: 'R'.repeat(MAX_LENGTH.text + 1),
        structureName: ['Hôpital'],
        unitName: 'ELSA',
      }),
    ).toEqual({ unitName: 'ELSA' });
  });

  it('reads anything else as no details, without throwing', () => {
    for (const raw of [undefined, null, 'Martin', 42, ['Martin'], Number.NaN])
      expect(parseMyDetails(raw)).toEqual({});
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const details = parseMyDetails(raw);
        for (const [id, value] of Object.entries(details)) {
          expect(MY_DETAILS_FIELDS).toContain(id);
          expect(value.trim()).toBe(value);
          expect(value).not.toBe('');
        }
      }),
    );
  });
});

describe('« Mes coordonnées » filling a form', () => {
  it('fill every form’s fields that take one of them, and those only', () => {
    for (const form of Object.values(FORMS)) {
      const { draft, filled } = withMyDetails(form, blankDraft(form), DETAILS);
      const ids = fieldsOf(form).map((field) => field.id);
      const expected = MY_DETAILS_FIELDS.filter((id) => ids.includes(id));
      expect([...filled].sort(), form.id).toEqual([...expected].sort());
      expect(draft.values, form.id).toEqual(Object.fromEntries(expected.map((id) => [id, DETAILS[id]])));
    }
    // Every detail is asked by at least one form; every form asks the sender’s name.
    const asked = new Set(
      Object.values(FORMS).flatMap((form) => withMyDetails(form, blankDraft(form), DETAILS).filled),
    );
    expect([...asked].sort()).toEqual([...MY_DETAILS_FIELDS].sort());
  });

  it('never over what the draft holds', () => {
    const form = FORMS['no-unit'];
    const draft = { values: { lastName: 'Durand', unitName: '  ' }, referents: [] };
    const { draft: filled, filled: ids } = withMyDetails(form, draft, DETAILS);
    expect(filled.values.lastName).toBe('Durand');
    expect(filled.values.unitName).toBe('ELSA');
    expect(ids).not.toContain('lastName');
    expect(withMyDetails(form, draft, {})).toEqual({ draft, filled: [] });
  });

  it('saved from a form: its fields replace the kept ones, an emptied one forgets its detail, the others stay', () => {
    const form = FORMS.help;
    const draft = {
      values: { lastName: 'Durand', firstName: '', role: 'Infirmier', question: 'Q' },
      referents: [],
    };
    expect(myDetailsFrom(form, draft, DETAILS)).toEqual({
      lastName: 'Durand',
      role: 'Infirmier',
      email: DETAILS.email,
    });
  });
});

describe('« Mes coordonnées » in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are stored parsed, under their one key, and read back', async () => {
    await saveMyDetails({ ...DETAILS, lastName: ' Martin ', extra: 'x' } as MyDetails);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ myDetails: DETAILS });
    expect(await readMyDetails()).toEqual(DETAILS);
  });

  it('saving none at all removes the key; a corrupted value reads as none', async () => {
    await saveMyDetails(DETAILS);
    await saveMyDetails({ lastName: '  ' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await fakeBrowser.storage.local.set({ myDetails: 'Martin' });
    expect(await readMyDetails()).toEqual({});
  });

  it('are erased by the erase of all data and by their own erase, and watchers hear it', async () => {
    const seen: MyDetails[] = [];
    const stop = watchMyDetails((details) => seen.push(details));
    await saveMyDetails(DETAILS);
    await eraseAllData();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await readMyDetails()).toEqual({});
    await saveMyDetails(DETAILS);
    await forgetMyDetails();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    stop();
    expect(seen).toEqual([DETAILS, {}, DETAILS, {}]);
  });
});
