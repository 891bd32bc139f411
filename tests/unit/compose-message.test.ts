// From a form's draft to the message: problems, body, mailto: encoding, copy text, the length limit.
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../content/compose/drafts';
import { blankDraft, emptyReferent, FORMS, HABILITATION_OPTIONS } from '../../content/compose/forms';
import { FORM_IDS, FORMS_BY_SITUATION } from '../../content/compose/ids';
import {
  blankMessage,
  type ComposedMessage,
  composeMessage,
  fitsInMailto,
  formProblems,
  MAILTO_MAX_LENGTH,
  mailtoHref,
  messagePart,
} from '../../content/compose/message';
import { CONTACT_ADDRESS, guide, type Mail, situationById } from '../../content/guide';

const NBSP = '\u00a0';
const SESAN = 'viatrajectoire.creation@sesan.fr';

/** Decodes a mailto: the way a mail client does. */
function parseMailto(href: string) {
  const url = new URL(href);
  const fields = Object.fromEntries([...url.searchParams.entries()]);
  return { to: decodeURIComponent(url.pathname), ...fields };
}

const referent = {
  lastName: 'Dupont',
  firstName: 'Marie',
  email: 'marie.dupont@csapa.fr',
  role: 'Cadre de santé',
};

const noStructure: Draft = {
  values: {
    cc: 'direction@csapa.fr',
    structureName: 'CSAPA Les Tilleuls',
    finess: '75 071 218 4',
    address: '12 rue des Lilas, 75020 Paris',
    kind: 'csapa-caarud',
    lastName: 'Benali',
    firstName: 'Sonia',
    role: 'Assistante sociale',
  },
  referents: [referent],
};

describe('the forms', () => {
  it('one form for each situation that ends in writing, then asking SESAN who the référents are, then none', () => {
    expect(Object.keys(FORMS).sort()).toEqual([...FORM_IDS].sort());
    expect(FORMS_BY_SITUATION['no-account']).toEqual(['referents-account', 'ask-referents', 'no-referents']);
    expect(FORMS_BY_SITUATION['no-habilitation']).toEqual([
      'referents-habilitation',
      'ask-referents',
      'no-referents',
    ]);
    expect(FORMS_BY_SITUATION['how-to-request']).toEqual(['help']);
  });

  it('are, for each situation, its mails in the guide data, in their order', () => {
    for (const situation of guide.situations)
      expect(FORMS_BY_SITUATION[situation.id], situation.id).toEqual(
        situation.mails.map((mail) => mail.form),
      );
  });

  it('mark the message the guide does not write as the extension’s, with the guide’s own way out as its source', () => {
    const added = guide.situations.flatMap((situation) => situation.mails.filter((mail) => mail.added));
    expect(new Set(added.map((mail) => mail.form))).toEqual(new Set(['ask-referents']));
    for (const mail of added) expect(mail.added?.source).toContain(`Si besoin d’aide, je contacte ${SESAN}`);
    expect(FORMS['ask-referents'].added?.source).toContain(`Si besoin d’aide, je contacte ${SESAN}`);
    expect(FORMS['ask-referents'].recipient).toBe('sesan');
  });

  it('offers the guide’s three habilitations', () => {
    expect(HABILITATION_OPTIONS.slice(1).map((option) => option.label)).toEqual(guide.habilitations);
  });

  it('stores each habilitation under the id drafts already hold, whatever its name', () => {
    // Saved drafts carry these values: changing one would empty the choice in every kept draft.
    expect(HABILITATION_OPTIONS.map((option) => option.value)).toEqual([
      '',
      'prescripteur-medical',
      'equipe-soignante',
      'gestionnaire',
    ]);
  });

  it('requires what the guide asks for, and nothing when everything is filled in', () => {
    const form = FORMS['no-structure'];
    expect([...formProblems(form, blankDraft(form)).entries()]).toEqual([
      // The guide: « avec ma direction en copie ».
      ['cc', { code: 'required' }],
      // « demander le référencement de ma structure »; its address and kind are optional.
      ['structureName', { code: 'required' }],
      // Who writes: the recipient answers a person.
      ['lastName', { code: 'required' }],
      ['firstName', { code: 'required' }],
      // « les coordonnées des référents (mail, nom, prénom, fonction dans l'établissement) ».
      ['referents.0.lastName', { code: 'required' }],
      ['referents.0.firstName', { code: 'required' }],
      ['referents.0.email', { code: 'required' }],
      ['referents.0.role', { code: 'required' }],
    ]);
    expect(formProblems(form, noStructure).size).toBe(0);
  });

  it('asks every message who writes, the account request the user’s own mail, and nothing the guide does not need', () => {
    for (const form of Object.values(FORMS)) {
      const problems = formProblems(form, blankDraft(form));
      for (const id of ['lastName', 'firstName'])
        expect(problems.get(id), `${form.id}.${id}`).toEqual({ code: 'required' });
      // Optional everywhere: the référents' address (often unknown), the phone, the FINESS number.
      for (const id of ['to', 'phone', 'finess', 'address', 'kind', 'unitActivity'])
        expect(problems.has(id), `${form.id}.${id}`).toBe(false);
    }
    const account = formProblems(FORMS['referents-account'], blankDraft(FORMS['referents-account']));
    expect([...account.keys()]).toEqual(['lastName', 'firstName', 'email']);
    // The habilitation « qui correspond à ma fonction »: the function is required there only.
    const habilitation = FORMS['referents-habilitation'];
    expect([...formProblems(habilitation, blankDraft(habilitation)).keys()]).toEqual([
      'lastName',
      'firstName',
      'role',
    ]);
    const ask = FORMS['ask-referents'];
    expect([...formProblems(ask, blankDraft(ask)).keys()]).toEqual([
      'structureName',
      'lastName',
      'firstName',
    ]);
  });

  it('checks optional fields when they are filled in; « Autre » offers to say more, without asking it', () => {
    const form = FORMS['no-structure'];
    const draft: Draft = {
      values: { ...noStructure.values, cc: 'direction@csapa', finess: '750712185', kind: 'autre' },
      referents: [referent, { ...emptyReferent(), email: 'pas une adresse' }],
    };
    const problems = formProblems(form, draft);
    expect(problems.get('cc')).toEqual({ code: 'emails', address: 'direction@csapa' });
    expect(problems.get('finess')).toEqual({ code: 'finess', problem: 'checksum' });
    expect(problems.has('kindOther')).toBe(false);
    expect(FORMS['no-structure'].body(draft)).toContain(`- Type de structure${NBSP}: Autre\n`);
    expect(
      FORMS['no-structure'].body({ ...draft, values: { ...draft.values, kindOther: 'Maraude' } }),
    ).toContain(`- Type de structure${NBSP}: Autre (Maraude)\n`);
    expect(problems.get('referents.1.email')).toEqual({ code: 'email' });
    expect(problems.get('referents.1.lastName')).toEqual({ code: 'required' });
  });
});

describe('the message', () => {
  it('no-structure: to SESAN, the direction in copy, the structure and its référents', () => {
    const message = composeMessage(FORMS['no-structure'], noStructure);
    expect(message.to).toEqual([SESAN]);
    expect(message.cc).toEqual(['direction@csapa.fr']);
    expect(message.subject).toBe('Demande de référencement de ma structure dans ViaTrajectoire');
    expect(message.body).toBe(
      [
        'Bonjour,',
        '',
        'Je souhaite utiliser ViaTrajectoire pour envoyer des demandes de prise en charge en appartements de coordination thérapeutique (ACT) en Île-de-France, mais ma structure n’est pas décrite dans ViaTrajectoire.',
        '',
        'Pourriez-vous référencer ma structure\u202f?',
        '',
        `- Nom de la structure${NBSP}: CSAPA Les Tilleuls`,
        `- N° FINESS${NBSP}: 750712184`,
        `- Adresse${NBSP}: 12 rue des Lilas, 75020 Paris`,
        `- Type de structure${NBSP}: CSAPA / CAARUD`,
        '',
        `Référents ViaTrajectoire de la structure${NBSP}:`,
        `- Nom${NBSP}: Dupont`,
        `  Prénom${NBSP}: Marie`,
        `  Adresse mail${NBSP}: marie.dupont@csapa.fr`,
        `  Fonction dans l’établissement${NBSP}: Cadre de santé`,
        '',
        `Mes coordonnées${NBSP}:`,
        `- Nom${NBSP}: Benali`,
        `- Prénom${NBSP}: Sonia`,
        `- Fonction${NBSP}: Assistante sociale`,
        '',
        'Ma direction est en copie de ce mail.',
        '',
        // One signature: the name under « Cordialement, », the function being in the list above.
        'Cordialement,',
        'Sonia Benali',
      ].join('\n'),
    );
  });

  it('leaves what the user typed as typed (no typography applied to it)', () => {
    const draft = {
      ...noStructure,
      values: { ...noStructure.values, structureName: "L'Escale ; accueil !" },
    };
    expect(composeMessage(FORMS['no-structure'], draft).body).toContain(
      `- Nom de la structure${NBSP}: L'Escale ; accueil !`,
    );
  });

  it('referents-habilitation: to the référents typed, the habilitation chosen, signed', () => {
    const draft: Draft = {
      values: {
        to: 'referents@hopital.fr; cadre@hopital.fr',
        habilitation: 'equipe-soignante',
        lastName: 'Martin',
        firstName: 'Léa',
        role: 'Infirmière',
        unitName: 'ELSA',
      },
      referents: [],
    };
    const message = composeMessage(FORMS['referents-habilitation'], draft);
    expect(message.to).toEqual(['referents@hopital.fr', 'cadre@hopital.fr']);
    expect(message.cc).toEqual([]);
    expect(message.body).toContain(
      `Pourriez-vous m’attribuer l’habilitation «${NBSP}Équipe soignante${NBSP}»\u202f?`,
    );
    expect(message.body).not.toContain('Structure');
    expect(
      message.body.endsWith(
        `- Fonction${NBSP}: Infirmière\n- Unité${NBSP}: ELSA\n\nCordialement,\nLéa Martin`,
      ),
    ).toBe(true);
    const any = composeMessage(FORMS['referents-habilitation'], {
      ...draft,
      values: { ...draft.values, habilitation: '' },
    });
    expect(any.body).toContain('l’habilitation qui correspond à ma fonction');
  });

  it('has a subject and a body for every form', () => {
    for (const id of FORM_IDS) {
      const message = composeMessage(FORMS[id], blankDraft(FORMS[id]));
      expect(message.subject.length, id).toBeGreaterThan(10);
      expect(message.body.startsWith('Bonjour,\n\n'), id).toBe(true);
    }
  });
});

describe('the mailto: address', () => {
  const tricky: ComposedMessage = {
    to: ['a@b.fr', 'c@d.fr'],
    cc: ['direction@csapa.fr'],
    subject: 'Référencement & unité ? #1',
    body: 'Ligne 1 : é à ç\nLigne 2 & ? # % + =\n\nFin',
  };

  it('encodes accents, line breaks (CRLF), &, ?, #, % and + so every character arrives', () => {
    const href = mailtoHref(tricky);
    expect(href).toBe(
      'mailto:a@b.fr,c@d.fr?cc=direction@csapa.fr' +
        '&subject=R%C3%A9f%C3%A9rencement%20%26%20unit%C3%A9%20%3F%20%231' +
        '&body=Ligne%201%20%3A%20%C3%A9%20%C3%A0%20%C3%A7%0D%0ALigne%202%20%26%20%3F%20%23%20%25%20%2B%20%3D%0D%0A%0D%0AFin',
    );
    // Nothing but the separators is left unencoded: one "?", "&" between fields only, no "#".
    expect(href.split('?')).toHaveLength(2);
    expect(href.split('&')).toHaveLength(3);
    expect(href).not.toContain('#');
    expect(parseMailto(href)).toEqual({
      to: 'a@b.fr,c@d.fr',
      cc: 'direction@csapa.fr',
      subject: tricky.subject,
      body: tricky.body.replaceAll('\n', '\r\n'),
    });
  });

  it('has no cc field without a copy, and an empty recipient when none was typed', () => {
    expect(mailtoHref({ ...tricky, to: [], cc: [] })).toMatch(/^mailto:\?subject=/);
  });

  it('percent-encodes the unusual characters an address may hold, keeping "@"', () => {
    expect(mailtoHref({ ...tricky, to: ['a&b#c?d@x.fr'], cc: [] })).toMatch(/^mailto:a%26b%23c%3Fd@x\.fr\?/);
  });

  it('says when the address is too long for mail clients (about 1,800 characters)', () => {
    expect(MAILTO_MAX_LENGTH).toBe(1800);
    const short = mailtoHref(composeMessage(FORMS['no-structure'], noStructure));
    expect(fitsInMailto(short)).toBe(true);
    const many: Draft = { ...noStructure, referents: Array.from({ length: 8 }, () => referent) };
    const long = mailtoHref(composeMessage(FORMS['no-structure'], many));
    expect(long.length).toBeGreaterThan(MAILTO_MAX_LENGTH);
    expect(fitsInMailto(long)).toBe(false);
    expect(fitsInMailto('m'.repeat(1800))).toBe(true);
    expect(fitsInMailto('m'.repeat(1801))).toBe(false);
  });
});

describe('the copied parts', () => {
  it('are each what one field of a mail program takes: the addresses, the subject, the body', () => {
    const message = {
      to: [SESAN],
      cc: ['direction@csapa.fr', 'dg@csapa.fr'],
      subject: 'Sujet',
      body: 'Bonjour,\n\nTexte',
    };
    expect(messagePart(message, 'to')).toBe(SESAN);
    expect(messagePart(message, 'cc')).toBe('direction@csapa.fr, dg@csapa.fr');
    expect(messagePart(message, 'subject')).toBe('Sujet');
    expect(messagePart(message, 'body')).toBe('Bonjour,\n\nTexte');
    // No header lines to remove by hand.
    for (const part of ['to', 'cc', 'subject', 'body'] as const)
      expect(messagePart(message, part)).not.toMatch(/^(À|Cc|Objet)\s?:/m);
  });
});

/** A mailto:'s recipient, cc, subject and body, each null when absent. */
function linkFields(href: string) {
  const url = new URL(href);
  return {
    to: decodeURIComponent(url.pathname),
    cc: url.searchParams.get('cc'),
    subject: url.searchParams.get('subject'),
    body: url.searchParams.get('body'),
  };
}

/** A guide's quick mail link, as the panel and the popup build it (components/MailLink.tsx). */
const quickLink = (mail: Mail): string => mailtoHref(blankMessage(mail.form));

describe('the guide’s quick mail links', () => {
  // Written without the `form` field of the mails: each situation's links must be, in order, the
  // composer's forms for that situation (FORMS_BY_SITUATION), each for a blank draft.
  it.each(guide.situations.map((situation) => [situation.id] as const))(
    '%s: every quick link is the composer’s message for a blank draft, built by mailtoHref',
    (id) => {
      const quick = situationById(id).mails.map((mail) => linkFields(quickLink(mail)));
      const composed = (FORMS_BY_SITUATION[id] ?? []).map((formId) =>
        linkFields(mailtoHref(composeMessage(FORMS[formId], blankDraft(FORMS[formId])))),
      );
      expect(quick).toEqual(composed);
      expect(quick.length).toBeGreaterThan(0);
    },
  );

  it('carry no name: every field of their message is blank', () => {
    for (const situation of guide.situations) {
      for (const mail of situation.mails) {
        const form = FORMS[mail.form];
        expect(quickLink(mail)).toBe(mailtoHref(composeMessage(form, blankDraft(form))));
      }
    }
  });

  it('writes to SESAN to reference a structure, with the référents and the sender, and claims no copy it does not make', () => {
    const [mail] = situationById('no-structure').mails;
    if (!mail) throw new Error('no mail for no-structure');
    const parsed = linkFields(quickLink(mail));
    expect(parsed.to).toBe(CONTACT_ADDRESS);
    expect(parsed.subject).toBe('Demande de référencement de ma structure dans ViaTrajectoire');
    for (const field of ['Nom', 'Prénom', 'Adresse mail', 'Fonction dans l’établissement']) {
      expect(parsed.body).toContain(`${field}\u00a0:`);
    }
    expect(parsed.body).toContain('Mes coordonnées\u00a0:');
    // A mailto: cannot know the direction's address: the link says to add it, and the body does
    // not claim a copy that the link does not make.
    expect(parsed.cc).toBeNull();
    expect(parsed.body).not.toContain('direction est en copie');
    expect(mail.reminder).toMatch(/direction en copie/);
  });

  it('encodes accents, line breaks and reserved characters so nothing is cut', () => {
    const form = FORMS['no-unit'];
    const href = mailtoHref(
      composeMessage(form, {
        ...blankDraft(form),
        values: { structureName: 'A&B ? #1 = 100%', unitName: 'Unité « Soins »' },
      }),
    );
    // Raw spaces, « # », a second « ? » or « & » would cut the body short in a mail client.
    expect(href).not.toMatch(/[\s#]/);
    expect(href.split('?')).toHaveLength(2);
    expect(href.split('&')).toHaveLength(2);
    expect(href).toContain('%0D%0A');
    const parsed = linkFields(href);
    expect(parsed.body).toContain('A&B ? #1 = 100%');
    expect(parsed.body).toContain('Unité « Soins »');
  });

  it('leaves the recipient empty for the référents, whom only the user knows', () => {
    const [mail] = situationById('no-habilitation').mails;
    if (!mail) throw new Error('no mail for no-habilitation');
    expect(quickLink(mail).startsWith('mailto:?subject=')).toBe(true);
    expect(linkFields(quickLink(mail)).body).toContain('Prescripteur médical');
  });
});
