// The organisation's policy (browser.storage.managed): each field kept only when valid, the others
// listed with why; its panel defaults over the user's; no policy, or a browser that refuses the
// call, behaves exactly as without; nothing of it is written to the extension's own storage.
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import schema from '../../assets/managed_schema.json';
import { blankDraft, FORMS, withoutReferents, withReferents } from '../../content/compose/forms';
import { MAX_NAME_LENGTH } from '../../content/compose/limits';
import { blankMessage, mailtoHref } from '../../content/compose/message';
import { isEmail } from '../../content/compose/validate';
import {
  effectiveOptions,
  MANAGED_KEYS,
  MAX_REFERENTS_ADDRESSES,
  type ManagedConfig,
  parseManaged,
} from '../../content/managed';
import { defaultOptions, PANEL_SIDES, PANEL_TAB_MODES } from '../../content/options';
import { ignoredLine } from '../../content/text/fr/options';
import { readManaged, watchManaged } from '../../utils/managed';

const VALID = {
  referentsAddresses: ['referent.un@hopital.fr', ' referent.deux@hopital.fr '],
  organisationName: '  Hôpital Saint-Exemple ',
  panelSide: 'left',
  autoOpen: false,
  panelTab: 'never',
  reportAddress: 'dsi@hopital.fr',
};

const problemOf = (config: ManagedConfig, key: string) =>
  config.ignored.find((ignored) => ignored.key === key)?.problem;

describe('parseManaged', () => {
  it('keeps every valid field, trimmed', () => {
    expect(parseManaged(VALID)).toEqual({
      values: {
        referentsAddresses: ['referent.un@hopital.fr', 'referent.deux@hopital.fr'],
        organisationName: 'Hôpital Saint-Exemple',
        panelSide: 'left',
        autoOpen: false,
        panelTab: 'never',
        reportAddress: 'dsi@hopital.fr',
      },
      ignored: [],
    });
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['an empty object', {}],
    ['a string', 'left'],
    ['a list', [VALID]],
  ])('sets nothing for %s', (_name, raw) => {
    expect(parseManaged(raw)).toEqual({ values: {}, ignored: [] });
  });

  it('ignores an unknown key and keeps the others', () => {
    const config = parseManaged({ ...VALID, referents: ['a@b.fr'] });
    expect(config.values.referentsAddresses).toHaveLength(2);
    expect(config.ignored).toEqual([{ key: 'referents', problem: { code: 'unknown-key' } }]);
  });

  it.each([
    ['referentsAddresses', 'referent@hopital.fr'],
    ['referentsAddresses', [1, 2]],
    ['organisationName', 42],
    ['panelSide', 'top'],
    ['panelSide', 'LEFT'],
    ['autoOpen', 'false'],
    ['autoOpen', 0],
    ['panelTab', 'jamais'],
    ['reportAddress', ['dsi@hopital.fr']],
  ])('ignores %s of the wrong type (%j), alone', (key, value) => {
    const config = parseManaged({ ...VALID, [key]: value });
    expect(config.values).not.toHaveProperty(key);
    expect(problemOf(config, key)).toEqual({ code: 'wrong-type', key });
    expect(Object.keys(config.values)).toHaveLength(MANAGED_KEYS.length - 1);
  });

  it('ignores the whole list when one address is not valid, and says which', () => {
    const config = parseManaged({ referentsAddresses: ['referent@hopital.fr', 'Jean Dupont <jd@h.fr>'] });
    expect(config.values).toEqual({});
    expect(problemOf(config, 'referentsAddresses')).toEqual({
      code: 'email',
      address: 'Jean Dupont <jd@h.fr>',
    });
  });

  it(`ignores a list of more than ${MAX_REFERENTS_ADDRESSES} addresses, and an empty one`, () => {
    const addresses = (n: number) => Array.from({ length: n }, (_, i) => `referent${i}@hopital.fr`);
    expect(
      parseManaged({ referentsAddresses: addresses(MAX_REFERENTS_ADDRESSES) }).values.referentsAddresses,
    ).toHaveLength(MAX_REFERENTS_ADDRESSES);
    expect(
      problemOf(
        parseManaged({ referentsAddresses: addresses(MAX_REFERENTS_ADDRESSES + 1) }),
        'referentsAddresses',
      ),
    ).toEqual({
      code: 'too-many',
      count: MAX_REFERENTS_ADDRESSES + 1,
      max: MAX_REFERENTS_ADDRESSES,
    });
    expect(problemOf(parseManaged({ referentsAddresses: [] }), 'referentsAddresses')).toEqual({
      code: 'empty',
    });
  });

  it('ignores addresses too long together for the composer’s « to » field', () => {
    const long = (i: number) => `${'r'.repeat(60)}${i}@${'h'.repeat(60)}.fr`;
    const config = parseManaged({ referentsAddresses: Array.from({ length: 10 }, (_, i) => long(i)) });
    expect(config.values).toEqual({});
    expect(problemOf(config, 'referentsAddresses')).toMatchObject({ code: 'too-long', max: 1000 });
  });

  it('keeps an address given twice once', () => {
    expect(
      parseManaged({ referentsAddresses: ['ref@hopital.fr', 'REF@hopital.fr'] }).values.referentsAddresses,
    ).toEqual(['ref@hopital.fr']);
  });

  it(`ignores an organisation name longer than ${MAX_NAME_LENGTH} characters, or blank`, () => {
    expect(
      parseManaged({ organisationName: 'x'.repeat(MAX_NAME_LENGTH) }).values.organisationName,
    ).toHaveLength(MAX_NAME_LENGTH);
    expect(
      problemOf(parseManaged({ organisationName: 'x'.repeat(MAX_NAME_LENGTH + 1) }), 'organisationName'),
    ).toEqual({
      code: 'too-long',
      length: MAX_NAME_LENGTH + 1,
      max: MAX_NAME_LENGTH,
    });
    expect(problemOf(parseManaged({ organisationName: '   ' }), 'organisationName')).toEqual({
      code: 'empty',
    });
  });

  it('ignores a report address that is not valid, or SESAN’s', () => {
    expect(problemOf(parseManaged({ reportAddress: 'dsi' }), 'reportAddress')).toEqual({
      code: 'email',
      address: 'dsi',
    });
    expect(
      problemOf(parseManaged({ reportAddress: 'viatrajectoire.creation@sesan.fr' }), 'reportAddress'),
    ).toEqual({
      code: 'sesan',
    });
    expect(problemOf(parseManaged({ reportAddress: 'Quelquun@SESAN.fr' }), 'reportAddress')).toEqual({
      code: 'sesan',
    });
  });

  it('says each reason in French words, the policy’s key first', () => {
    const config = parseManaged({
      panelSide: 'top',
      referentsAddresses: ['pas-une-adresse'],
      couleur: 'bleu',
    });
    expect(config.ignored.map(({ key, problem }) => ignoredLine(key, problem))).toEqual([
      'panelSide\u00a0: «\u00a0left\u00a0» ou «\u00a0right\u00a0» était attendu.',
      'referentsAddresses\u00a0: «\u00a0pas-une-adresse\u00a0» n’est pas une adresse mail valide.',
      'couleur\u00a0: clé inconnue de l’extension.',
    ]);
  });

  it('never throws, and keeps only valid values, on any value at all', () => {
    const field = fc.oneof(fc.anything(), fc.emailAddress(), fc.array(fc.emailAddress(), { maxLength: 12 }));
    const policy = fc.oneof(
      fc.anything(),
      fc.dictionary(
        fc.constantFrom(...MANAGED_KEYS, 'autre', '__proto__', 'constructor'),
        fc.oneof(field, fc.constantFrom(...PANEL_TAB_MODES, 'jamais')),
      ),
    );
    fc.assert(
      fc.property(policy, (raw) => {
        const { values, ignored } = parseManaged(raw);
        const { referentsAddresses, organisationName, panelSide, autoOpen, panelTab, reportAddress } = values;
        if (referentsAddresses) {
          expect(referentsAddresses.length).toBeGreaterThan(0);
          expect(referentsAddresses.length).toBeLessThanOrEqual(MAX_REFERENTS_ADDRESSES);
          for (const address of referentsAddresses) expect(isEmail(address)).toBe(true);
        }
        if (organisationName !== undefined) {
          expect(organisationName.trim()).toBe(organisationName);
          expect(organisationName.length).toBeGreaterThan(0);
          expect(organisationName.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
        }
        if (panelSide !== undefined) expect(PANEL_SIDES).toContain(panelSide);
        if (autoOpen !== undefined) expect(typeof autoOpen).toBe('boolean');
        if (panelTab !== undefined) expect(PANEL_TAB_MODES).toContain(panelTab);
        if (reportAddress !== undefined) expect(isEmail(reportAddress)).toBe(true);
        expect(Object.keys(values).every((key) => (MANAGED_KEYS as readonly string[]).includes(key))).toBe(
          true,
        );
        for (const entry of ignored) expect(ignoredLine(entry.key, entry.problem)).toMatch(/\u00a0: \S/);
      }),
      { numRuns: 500 },
    );
  });
});

describe('effectiveOptions: the organisation’s value wins over the user’s own', () => {
  it('takes each managed value, and the user’s where none is set', () => {
    const own = { panelSide: 'right' as const, autoOpen: true, panelTab: 'until-done' as const };
    expect(effectiveOptions(own, {})).toEqual(own);
    expect(effectiveOptions(own, { panelSide: 'left' })).toEqual({ ...own, panelSide: 'left' });
    expect(effectiveOptions(own, { autoOpen: false })).toEqual({ ...own, autoOpen: false });
    expect(effectiveOptions(own, { panelTab: 'never' })).toEqual({ ...own, panelTab: 'never' });
    expect(
      effectiveOptions(
        { panelSide: 'left', autoOpen: false, panelTab: 'always' },
        { panelSide: 'right', autoOpen: true, panelTab: 'until-done' },
      ),
    ).toEqual(defaultOptions());
  });
});

describe('the managed key panelTab (« Onglet du guide »)', () => {
  it.each(['until-done', 'always', 'never'] as const)('keeps %s', (mode) => {
    expect(parseManaged({ panelTab: mode })).toEqual({ values: { panelTab: mode }, ignored: [] });
  });

  it.each([['jamais'], ['NEVER'], [false], [0], [['never']]])(
    'ignores %j, and says what was expected',
    (raw) => {
      const parsed = parseManaged({ panelTab: raw });
      expect(parsed.values.panelTab).toBeUndefined();
      expect(parsed.ignored).toEqual([{ key: 'panelTab', problem: { code: 'wrong-type', key: 'panelTab' } }]);
      const [entry] = parsed.ignored;
      if (!entry) throw new Error('panelTab was not ignored');
      expect(ignoredLine('panelTab', entry.problem)).toBe(
        'panelTab\u00a0: «\u00a0until-done\u00a0», «\u00a0always\u00a0» ou «\u00a0never\u00a0» était attendu.',
      );
    },
  );
});

describe('the référents’ addresses in the mails to the référents', () => {
  const REFERENTS = ['referent.un@hopital.fr', 'referent.deux@hopital.fr'];

  it('address « Écrire à mes référents » to them', () => {
    expect(blankMessage('referents-account', REFERENTS).to).toEqual(REFERENTS);
    expect(mailtoHref(blankMessage('referents-habilitation', REFERENTS))).toMatch(
      /^mailto:referent\.un@hopital\.fr,referent\.deux@hopital\.fr\?/,
    );
    // Without a policy, as today: the user types the address.
    expect(blankMessage('referents-account').to).toEqual([]);
  });

  it('leave the messages to SESAN addressed to SESAN', () => {
    expect(blankMessage('no-referents', REFERENTS).to).toEqual(['viatrajectoire.creation@sesan.fr']);
    expect(blankMessage('no-unit', REFERENTS).to).toEqual(['viatrajectoire.creation@sesan.fr']);
  });

  it('fill only an empty « to », and are not stored with the draft', () => {
    const form = FORMS['referents-account'];
    const filled = withReferents(form, blankDraft(form), REFERENTS);
    expect(filled.values.to).toBe('referent.un@hopital.fr, referent.deux@hopital.fr');
    const typed = { ...blankDraft(form), values: { to: 'autre@hopital.fr' } };
    expect(withReferents(form, typed, REFERENTS)).toBe(typed);
    // What is stored: the policy's list left out (it fills it again), what the user typed kept.
    expect(
      withoutReferents({ ...filled, values: { ...filled.values, lastName: 'Martin' } }, REFERENTS).values,
    ).toEqual({
      to: '',
      lastName: 'Martin',
    });
    expect(withoutReferents(typed, REFERENTS)).toBe(typed);
  });
});

describe('readManaged (browser.storage.managed, fakeBrowser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads and validates the policy', async () => {
    await fakeBrowser.storage.managed.set({ ...VALID, panelSide: 'milieu' });
    const config = await readManaged();
    expect(config.values.referentsAddresses).toEqual(['referent.un@hopital.fr', 'referent.deux@hopital.fr']);
    expect(config.values.panelSide).toBeUndefined();
    expect(config.ignored).toEqual([{ key: 'panelSide', problem: { code: 'wrong-type', key: 'panelSide' } }]);
  });

  it('gives nothing without a policy', async () => {
    expect(await readManaged()).toEqual({ values: {}, ignored: [] });
  });

  it('gives nothing when the browser rejects the call (Chrome and Firefox without a policy or schema)', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(
      new Error('Managed storage manifest not found'),
    );
    expect(await readManaged()).toEqual({ values: {}, ignored: [] });
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementationOnce(() => {
      throw new Error('storage.managed is not available');
    });
    expect(await readManaged()).toEqual({ values: {}, ignored: [] });
  });

  it('gives nothing in a browser without managed storage', async () => {
    const managed = fakeBrowser.storage.managed;
    Object.defineProperty(fakeBrowser.storage, 'managed', { value: undefined, configurable: true });
    try {
      expect(await readManaged()).toEqual({ values: {}, ignored: [] });
    } finally {
      Object.defineProperty(fakeBrowser.storage, 'managed', { value: managed, configurable: true });
    }
  });

  it('calls back with the new policy when IT changes it, not for the user’s own storage, until unwatched', async () => {
    const seen = vi.fn();
    const tick = () => new Promise((resolve) => setTimeout(resolve, 10));
    const unwatch = watchManaged(seen);
    await fakeBrowser.storage.local.set({ options: { panelSide: 'right', autoOpen: true } });
    await tick();
    expect(seen).not.toHaveBeenCalled();
    await fakeBrowser.storage.managed.set({ panelSide: 'left' });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith({ values: { panelSide: 'left' }, ignored: [] }));
    unwatch();
    await fakeBrowser.storage.managed.set({ panelSide: 'right' });
    await tick();
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('writes nothing of the policy to the extension’s storage', async () => {
    await fakeBrowser.storage.managed.set(VALID);
    await readManaged();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

describe('assets/managed_schema.json', () => {
  it('declares exactly the keys the extension reads, each with a French title and description', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual([...MANAGED_KEYS]);
    for (const property of Object.values(schema.properties)) {
      expect(property.title).toMatch(/[a-zé]/);
      expect(property.description.length).toBeGreaterThan(20);
    }
  });

  it('declares types only, no list of values: a wrong side reaches the extension, which names it', () => {
    // Chromium drops silently any value that breaks the schema: an `enum` there would hide « top ».
    for (const property of Object.values(schema.properties))
      expect(Object.keys(property)).not.toContain('enum');
    expect(schema.properties.panelSide.type).toBe('string');
    const parsed = parseManaged({ panelSide: 'top' });
    expect(parsed.values.panelSide).toBeUndefined();
    expect(parsed.ignored).toEqual([{ key: 'panelSide', problem: { code: 'wrong-type', key: 'panelSide' } }]);
    expect(ignoredLine('panelSide', { code: 'wrong-type', key: 'panelSide' })).toBe(
      `panelSide${'\u00a0'}: «${'\u00a0'}left${'\u00a0'}» ou «${'\u00a0'}right${'\u00a0'}» était attendu.`,
    );
  });
});
