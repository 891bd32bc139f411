// What the reader says it looked for (content/viatrajectoire/trace.ts), on the saved pages: the
// raw material of « Ce que l'extension a compris » and of the recognition report.
import { describe, expect, it } from 'vitest';
import { readPage, readPageTraced } from '../../content/viatrajectoire/read';
import { fixtureDocument, fixtureNames, fixtureUrl } from './fixture-pages';

const signalsOf = (name: string) => {
  const { trace } = readPageTraced(fixtureDocument(name), fixtureUrl(name));
  return Object.fromEntries(trace.signals.map((signal) => [signal.id, signal.found]));
};

/** Which way of writing matched, by signal id (only the signals that say). */
const viaOf = (name: string) => {
  const { trace } = readPageTraced(fixtureDocument(name), fixtureUrl(name));
  return Object.fromEntries(trace.signals.flatMap((signal) => (signal.via ? [[signal.id, signal.via]] : [])));
};

describe('readPageTraced', () => {
  it.each(fixtureNames)('reads %s exactly as readPage does', (name) => {
    const url = fixtureUrl(name);
    expect(readPageTraced(fixtureDocument(name), url).context).toEqual(readPage(fixtureDocument(name), url));
  });

  it('says the account page was found by its heading, with its table', () => {
    const { trace } = readPageTraced(fixtureDocument('account-prescriber'), fixtureUrl('account-prescriber'));
    expect(trace.kindSource).toBe('heading');
    expect(signalsOf('account-prescriber')).toMatchObject({
      'account-heading': true,
      'habilitations-table': true,
      banner: true,
      logout: true,
    });
  });

  it('says which parts of an establishment fiche were found', () => {
    expect(signalsOf('establishment-units')).toMatchObject({
      'units-heading': true,
      'general-information-tab': true,
      'units-section': true,
      'units-list': true,
      'establishment-title': true,
      'structure-name': true,
    });
  });

  it('says a page whose chrome has not rendered misses what it needs', () => {
    const doc = new DOMParser().parseFromString(
      '<html><body><app-root></app-root></body></html>',
      'text/html',
    );
    const url = new URL(
      'https://trajectoire.sante-ra.fr/Trajectoire/pages/AccesRestreint/Angular/App.aspx/Administration/MonCompte',
    );
    const { context, trace } = readPageTraced(doc, url);
    expect(context.pending).toBe(true);
    expect(trace.signals.filter((signal) => !signal.found).map((signal) => signal.id)).toEqual(
      expect.arrayContaining(['banner', 'account-heading', 'habilitations-table']),
    );
  });

  it.each([
    ['establishment-units', { 'units-heading': 'role=tab', 'structure-name': 'id' }],
    ['establishment-no-unit', { 'units-heading': 'h2', 'structure-name': 'id', 'units-list': 'table' }],
    ['dashboard', { 'structure-name': 'dt/dd', 'unit-name': 'dt/dd', banner: 'header' }],
    [
      'establishment-no-unit-bootstrap',
      { 'units-heading': 'ngbNav', 'structure-name': 'th/td', 'units-list': 'empty-message' },
    ],
    [
      'establishment-units-mat-tab',
      {
        'units-heading': 'mat-tab',
        'structure-name': 'span[title]',
        'units-section': 'mat-tab',
        'units-list': 'mat-table',
      },
    ],
    ['establishment-units-mat-legacy', { 'units-heading': 'mat-tab', 'structure-name': 'one-line' }],
    [
      'establishment-units-primeng',
      { 'units-heading': 'p-tabview', 'structure-name': 'one-line', 'units-list': 'cards' },
    ],
    ['establishment-no-unit-p-tabpanel', { 'units-heading': 'p-tabview', 'structure-name': 'label' }],
    [
      'account-grid',
      { 'account-heading': 'h4', 'habilitations-table': 'role=grid', 'unit-name': 'one-line' },
    ],
    ['account-cards', { 'account-heading': 'legend', 'habilitations-table': 'cards' }],
    ['account-prescriber', { 'account-heading': 'h2', 'habilitations-table': 'table' }],
    ['account-no-habilitation', { 'habilitations-table': 'role=table' }],
    ['dashboard-one-line', { 'structure-name': 'one-line', 'unit-name': 'one-line', banner: 'nav' }],
  ])('%s: says which way of writing matched', (name, expected) => {
    expect(viaOf(name)).toMatchObject(expected);
  });

  it('says the way of writing with ids and kit names only, never page text', () => {
    const allowed = /^(?:[a-zA-Z][a-zA-Z0-9-]*|role=[a-z]+|dt\/dd|th\/td|span\[title\])$/u;
    for (const name of fixtureNames) {
      for (const via of Object.values(viaOf(name))) expect(via, `${name}: ${via}`).toMatch(allowed);
    }
  });

  it('looks for no name on a request file', () => {
    const ids = Object.keys(signalsOf('request-patient-banner'));
    expect(ids).not.toContain('structure-name');
    expect(ids).not.toContain('banner');
  });
});
