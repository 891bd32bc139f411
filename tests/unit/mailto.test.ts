import { describe, expect, it } from 'vitest';
import { CONTACT_ADDRESS, situationById } from '../../content/guide';
import { buildMailto, fillMailBody } from '../../content/mailto';

function parseMailto(href: string) {
  const url = new URL(href);
  return {
    to: decodeURIComponent(url.pathname),
    subject: url.searchParams.get('subject'),
    body: url.searchParams.get('body'),
    raw: href,
  };
}

describe('pre-filled e-mails', () => {
  it('writes to SESAN to reference a structure, with the référents to give and the direction in copy', () => {
    const [mail] = situationById('no-structure').mails;
    if (!mail) throw new Error('no mail for no-structure');
    const parsed = parseMailto(buildMailto(mail, { structureName: 'Centre Exemple & Fils' }));
    expect(parsed.to).toBe(CONTACT_ADDRESS);
    expect(parsed.subject).toBe('Demande de référencement de ma structure dans ViaTrajectoire');
    expect(parsed.body).toContain('Centre Exemple & Fils');
    for (const field of ['Nom', 'Prénom', 'Mail', 'Fonction dans l’établissement']) {
      expect(parsed.body).toContain(`${field}\u00a0:`);
    }
    expect(parsed.body).toContain('direction est en copie');
    expect(mail.reminder).toMatch(/direction en copie/);
  });

  it('encodes accents, line breaks and reserved characters so nothing is cut', () => {
    const [mail] = situationById('no-unit').mails;
    if (!mail) throw new Error('no mail for no-unit');
    const href = buildMailto(mail, { structureName: 'A&B ? #1 = 100%', unitName: 'Unité « Soins »' });
    // Raw spaces, « # », a second « ? » or « & » would cut the body short in a mail client.
    expect(href).not.toMatch(/[\s#]/);
    expect(href.split('?')).toHaveLength(2);
    expect(href.split('&')).toHaveLength(2);
    expect(href).toContain('%0D%0A');
    expect(href).not.toMatch(/[^\r]\n/);
    const parsed = parseMailto(href);
    expect(parsed.body).toContain('A&B ? #1 = 100%');
    expect(parsed.body).toContain('Unité « Soins »');
    expect(parsed.body?.split('\r\n').length).toBeGreaterThan(5);
  });

  it('leaves the recipient empty for the référents, whom only the user knows', () => {
    const [mail] = situationById('no-habilitation').mails;
    if (!mail) throw new Error('no mail for no-habilitation');
    expect(buildMailto(mail).startsWith('mailto:?subject=')).toBe(true);
    expect(fillMailBody(mail)).toContain('Prescripteur médical');
  });

  it('leaves placeholders blank when the page showed no name', () => {
    for (const situation of [
      'no-structure',
      'no-unit',
      'no-account',
      'no-habilitation',
      'how-to-request',
    ] as const) {
      for (const mail of situationById(situation).mails) {
        expect(fillMailBody(mail)).not.toMatch(/\{(structure|unit)\}/);
      }
    }
  });
});
