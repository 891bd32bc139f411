// The composer's checks on what people type: e-mail addresses and FINESS numbers.
import { describe, expect, it } from 'vitest';
import {
  finessProblem,
  invalidEmailIn,
  isEmail,
  normalizeFiness,
  passesLuhn,
  splitEmails,
} from '../../content/compose/validate';

describe('e-mail addresses', () => {
  it.each([
    'prenom.nom@structure.fr',
    'viatrajectoire.creation@sesan.fr',
    'a@b.co',
    'marie-claire.o.dupont+act@aphp.fr',
    'secretariat_csapa@sous.domaine.assoc.fr',
    "o'brien@hopital.fr",
  ])('accepts %s', (address) => {
    expect(isEmail(address)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['no @', 'prenom.nom.structure.fr'],
    ['two @', 'prenom@nom@structure.fr'],
    ['no domain dot', 'prenom@structure'],
    ['a space', 'prenom nom@structure.fr'],
    ['a display name', 'Marie Dupont <marie@structure.fr>'],
    ['a trailing dot', 'prenom@structure.fr.'],
    ['two dots in a row', 'prenom..nom@structure.fr'],
    ['a leading dot', '.prenom@structure.fr'],
    ['a numeric top-level domain', 'prenom@structure.123'],
    ['an unfinished domain', 'prenom@structure.f'],
    ['a comma', 'prenom@structure.fr,'],
  ])('refuses an address with %s', (_case, address) => {
    expect(isEmail(address)).toBe(false);
  });

  it('splits a list on commas and semicolons, ignoring spaces and empty entries', () => {
    expect(splitEmails(' a@b.fr, c@d.fr ;e@f.fr,, ')).toEqual(['a@b.fr', 'c@d.fr', 'e@f.fr']);
    expect(invalidEmailIn('a@b.fr; c@d')).toBe('c@d');
    expect(invalidEmailIn('a@b.fr, c@d.fr')).toBeUndefined();
  });
});

describe('FINESS numbers', () => {
  it('implements Luhn as the key of a FINESS number', () => {
    // 750712184 (Assistance Publique – Hôpitaux de Paris) passes Luhn: 7+1+0+5+1+4+1+7+4 = 30.
    expect(passesLuhn('750712184')).toBe(true);
    expect(passesLuhn('750712185')).toBe(false);
    expect(passesLuhn('0')).toBe(true);
    expect(passesLuhn('18')).toBe(true);
  });

  it.each([
    '750712184',
    '130780034',
    '690781182',
    '010000008',
    '950000000',
    '930000013',
    // Overseas: 97 or 98, then digits.
    '971000013',
    '980001234',
    // Corsica: the key computed with 2A/2B read as 20 (an assumption, see validate.ts).
    '2A0000016',
    '2B0000123',
    '2a0000016',
    // Spaces are allowed in what people type.
    '75 071 218 4',
    ' 750 712 184 ',
  ])('accepts %s', (finess) => {
    expect(finessProblem(finess)).toBeUndefined();
  });

  it.each([
    ['750712185', 'checksum'],
    ['750712148', 'checksum'],
    ['2A0000017', 'checksum'],
    ['75071218', 'length'],
    ['7507121840', 'length'],
    ['', 'length'],
    ['000000000', 'department'],
    ['960000006', 'department'],
    ['990000002', 'department'],
    ['2C0000016', 'department'],
    ['A10000000', 'department'],
    ['75071218A', 'digits'],
    ['7507-1218', 'digits'],
    ['97A000013', 'digits'],
  ] as const)('refuses %s (%s)', (finess, problem) => {
    expect(finessProblem(finess)).toBe(problem);
  });

  it('normalizes what people type: no spaces, upper case', () => {
    expect(normalizeFiness(' 2a 000 001 6 ')).toBe('2A0000016');
  });
});
