// What the reader says it looked for (content/viatrajectoire/trace.ts), on the saved pages: the
// raw material of « Ce que l'extension a compris » and of the recognition report.
import { describe, expect, it } from 'vitest';
import { readPage, readPageTraced } from '../../content/viatrajectoire/read';
import { fixtureDocument, fixtureNames, fixtureUrl } from './fixture-pages';

const signalsOf = (name: string) => {
  const { trace } = readPageTraced(fixtureDocument(name), fixtureUrl(name));
  return Object.fromEntries(trace.signals.map((signal) => [signal.id, signal.found]));
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

  it('looks for no name on a request file', () => {
    const ids = Object.keys(signalsOf('request-patient-banner'));
    expect(ids).not.toContain('structure-name');
    expect(ids).not.toContain('banner');
  });
});
