import { describe, expect, it } from 'vitest';
import { blankDraft, FORMS } from '../../content/compose/forms';
import { FORMS_BY_SITUATION } from '../../content/compose/ids';
import { composeMessage, mailtoHref } from '../../content/compose/message';
import { CONTACT_ADDRESS, guide, situationById } from '../../content/guide';
import { buildMailto } from '../../content/mailto';

function parseMailto(href: string) {
  const url = new URL(href);
  return {
    to: decodeURIComponent(url.pathname),
    cc: url.searchParams.get('cc'),
    subject: url.searchParams.get('subject'),
    body: url.searchParams.get('body'),
    raw: href,
  };
}

describe('the guide’s quick mail links', () => {
  // Written without the `form` field of the mails: each situation's links must be, in order, the
  // composer's forms for that situation (FORMS_BY_SITUATION), each for a blank draft.
  it.each(guide.situations.map((situation) => [situation.id] as const))(
    '%s: every quick link is the composer’s message for a blank draft, built by mailtoHref',
    (id) => {
      const quick = situationById(id).mails.map((mail) => parseMailto(buildMailto(mail)));
      const composed = (FORMS_BY_SITUATION[id] ?? []).map((formId) =>
        parseMailto(mailtoHref(composeMessage(FORMS[formId], blankDraft(FORMS[formId])))),
      );
      expect(quick).toEqual(composed);
      expect(quick.length).toBeGreaterThan(0);
    },
  );

  it('fills the page’s banner names as the composer prefills them, and nothing else', () => {
    const [mail] = situationById('no-unit').mails;
    if (!mail) throw new Error('no mail for no-unit');
    const form = FORMS['no-unit'];
    const context = { structureName: 'Hôpital Exemple', unitName: 'PASS' };
    const draft = { ...blankDraft(form), values: { structureName: 'Hôpital Exemple', unitName: 'PASS' } };
    expect(buildMailto(mail, context)).toBe(mailtoHref(composeMessage(form, draft)));
    const body = parseMailto(buildMailto(mail, context)).body ?? '';
    expect(body).toContain('Nom de la structure\u00a0: Hôpital Exemple');
    expect(body).toContain('Nom de l’unité à ajouter\u00a0: PASS');
  });

  it('writes to SESAN to reference a structure, with the référents, the sender and the direction in copy', () => {
    const [mail] = situationById('no-structure').mails;
    if (!mail) throw new Error('no mail for no-structure');
    const parsed = parseMailto(buildMailto(mail, { structureName: 'Centre Exemple & Fils' }));
    expect(parsed.to).toBe(CONTACT_ADDRESS);
    expect(parsed.subject).toBe('Demande de référencement de ma structure dans ViaTrajectoire');
    expect(parsed.body).toContain('Centre Exemple & Fils');
    for (const field of ['Nom', 'Prénom', 'Mail', 'Fonction dans l’établissement', 'Fonction']) {
      expect(parsed.body).toContain(`${field}\u00a0:`);
    }
    expect(parsed.body).toContain('Qui écrit\u00a0:');
    expect(parsed.body).toContain('direction est en copie');
    // A mailto: cannot know the direction's address: the link says to add it.
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
    const parsed = parseMailto(href);
    expect(parsed.body).toContain('A&B ? #1 = 100%');
    expect(parsed.body).toContain('Unité « Soins »');
  });

  it('leaves the recipient empty for the référents, whom only the user knows', () => {
    const [mail] = situationById('no-habilitation').mails;
    if (!mail) throw new Error('no mail for no-habilitation');
    expect(buildMailto(mail).startsWith('mailto:?subject=')).toBe(true);
    expect(parseMailto(buildMailto(mail)).body).toContain('Prescripteur médical');
  });
});
