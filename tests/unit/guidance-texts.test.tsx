// What the panel's first screen says: a resource's topic before its link, one primary action and
// the other ways as links (never a mail link: every message is written in the composer), the words
// the guide leaves unexplained explained where they first appear, the référents one may not know,
// the status line saying how the situation was decided (content/match.ts, decisionOf); and the
// popup's count of prerequisites, the composer's « to » hint.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { Composer } from '../../components/composer/Composer';
import { Panel, type PanelProps } from '../../components/Panel';
import { PanelBody } from '../../components/PanelBody';
import { SituationGuidance } from '../../components/SituationGuidance';
import { blankDraft, FORMS } from '../../content/compose/forms';
import type { FormId } from '../../content/compose/ids';
import { guide, SITUATION_IDS, type SituationId, situationById } from '../../content/guide';
import type { Learnt } from '../../content/learnt';
import { decisionOf } from '../../content/match';
import { formFieldLabels } from '../../content/text/fr/forms';
import { labels } from '../../content/text/fr/panel';
import { popupLabels } from '../../content/text/fr/popup';
import type { PageContext } from '../../content/viatrajectoire/read';
import { renderRoot } from './render-root';

const NBSP = '\u00a0';
const root = renderRoot();

function trustedClick(target: Element) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

/** A situation's guidance as the panel renders it, and the forms its buttons asked for. */
function guidance(id: SituationId) {
  const asked: FormId[] = [];
  act(() =>
    render(
      <SituationGuidance
        situation={situationById(id)}
        onCompose={(form) => asked.push(form)}
        onAskReferents={() => asked.push('ask-referents')}
      />,
      root,
    ),
  );
  return asked;
}

const text = () => root.textContent ?? '';
const composeButtons = () => [...root.querySelectorAll<HTMLButtonElement>('[data-compose]')];

describe('a situation’s first screen', () => {
  it('puts « : » between a resource’s topic and its link, and leaves a question as it is', () => {
    guidance('no-structure');
    expect(root.querySelector('.step-link')?.textContent).toMatch(new RegExp(`^Tutoriels${NBSP}: FAQ`));
    expect(labels.topicLead('Besoin d’aide\u202f?')).toBe('Besoin d’aide\u202f?');
  });

  it.each(SITUATION_IDS)('%s: one primary action, the other ways as links, no mail link', (id) => {
    const asked = guidance(id);
    expect(root.querySelectorAll('.primary-action')).toHaveLength(1);
    expect(root.querySelectorAll('.primary-action .button')).toHaveLength(1);
    expect(root.querySelectorAll('a[href^="mailto:"]')).toHaveLength(0);
    // Every message of the guide's data is offered, as a button that opens the composer.
    for (const mail of situationById(id).mails)
      expect(composeButtons().map((button) => button.dataset.compose)).toContain(mail.form);
    for (const button of composeButtons()) act(() => trustedClick(button));
    expect(asked).toEqual(composeButtons().map((button) => button.dataset.compose));
    // The address can still be copied; « Le saviez-vous ? » is folded.
    expect(root.querySelector('.other-ways .copy-address')).not.toBeNull();
    expect(root.querySelector('details.did-you-know')?.hasAttribute('open')).toBe(false);
    expect(root.querySelector('details.did-you-know > summary')?.textContent).toBe(labels.didYouKnow);
  });

  it('how-to-request: the primary action opens the training, labelled by where it goes; writing to SESAN is a link', () => {
    guidance('how-to-request');
    const primary = root.querySelector<HTMLAnchorElement>('.primary-action a.button');
    expect(primary?.textContent).toContain(labels.openTraining);
    expect(primary?.textContent).toContain('FAQ ViaTrajectoire – Formation SESAN');
    expect(primary?.getAttribute('href')).toBe('https://formation.sesan.fr/via-trajectoire/faq/');
    expect(primary?.getAttribute('target')).toBe('_blank');
    expect(root.querySelector('.other-ways [data-compose="help"]')?.className).toBe('link-button');
    // The first step's link is that button, not repeated in the step.
    expect(root.querySelector('.steps .step-link')).toBeNull();
  });

  it('shows no note about unconfirmed addresses', () => {
    for (const id of SITUATION_IDS) {
      guidance(id);
      for (const summary of root.querySelectorAll('summary')) act(() => trustedClick(summary));
      expect(text(), id).not.toMatch(/confirmée|devrait se trouver/);
    }
  });

  it('explains « référents » and « habilitation » where each first appears, once, as the extension’s', () => {
    guidance('no-account');
    const steps = [...root.querySelectorAll('.steps > li')];
    // The first step names the référents: the explanation and how to find them are right there.
    expect(steps[0]?.querySelector('.terms')?.textContent).toContain(
      `Référents${NBSP}: les personnes de votre établissement qui créent les comptes.`,
    );
    expect(steps[0]?.querySelector('.terms')?.textContent).toContain(
      'Demandez à votre cadre ou à votre direction.',
    );
    expect(steps[0]?.querySelector('.terms .added-toggle')?.textContent).toBe('(ajout de l’extension)');
    expect(root.querySelectorAll('dfn')).toHaveLength(1);

    // no-habilitation: its title names the habilitation, whose explanation names the référents.
    guidance('no-habilitation');
    const terms = root.querySelector('.guidance > .terms');
    expect(terms?.getAttribute('data-terms')).toBe('habilitation referents');
    expect(terms?.textContent).toContain(`Habilitation${NBSP}: un droit donné par vos référents.`);
    expect([...root.querySelectorAll('dfn')].map((dfn) => dfn.textContent)).toEqual([
      'Habilitation',
      'Référents',
    ]);
  });

  it('the extension’s mark shows its source on a person’s click only', () => {
    guidance('no-account');
    const toggle = root.querySelector('.terms .added-toggle') as HTMLButtonElement;
    const source = root.querySelector(
      `#${CSS.escape(toggle.getAttribute('aria-controls') ?? '')}`,
    ) as HTMLElement;
    expect(source.hidden).toBe(true);
    act(() => toggle.click());
    expect(source.hidden).toBe(true);
    act(() => trustedClick(toggle));
    expect(source.hidden).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(source.textContent).toContain('Source');
  });

  it('where the user must reach référents they may not know: ask SESAN who they are; « no référents » only for that case', () => {
    for (const id of ['no-account', 'no-habilitation'] as const) {
      const asked = guidance(id);
      const links = [...root.querySelectorAll<HTMLButtonElement>('.other-ways [data-compose]')];
      expect(links.map((link) => link.textContent)).toEqual([
        labels.askReferents,
        `Ma structure n’a pas de référents${NBSP}: écrire à SESAN`,
      ]);
      act(() => trustedClick(links[0] as HTMLButtonElement));
      expect(asked).toEqual(['ask-referents']);
    }
    // Not where the user writes to SESAN about the structure or the unit.
    for (const id of ['no-structure', 'no-unit', 'how-to-request'] as const) {
      guidance(id);
      expect(root.querySelector('[data-compose="ask-referents"]'), id).toBeNull();
    }
  });
});

/** The open panel, as the content script paints it. */
function panel(props: Partial<PanelProps>) {
  act(() =>
    render(
      <Panel
        pageKind="dashboard"
        situation="how-to-request"
        open={true}
        onOpenChange={() => undefined}
        onChoose={() => undefined}
        Body={PanelBody}
        {...props}
      />,
      root,
    ),
  );
  return root.querySelector('.status-line')?.textContent ?? null;
}

describe('the status line', () => {
  const dashboard: PageContext = { pageKind: 'dashboard', loggedIn: true };
  const seen = (value: boolean, at: number) => ({ value, at });
  const status = (context: PageContext, learnt: Learnt, chosen?: SituationId) =>
    panel({ pageKind: context.pageKind, decision: decisionOf(context, learnt, chosen), chosen });

  it('says « Situation déduite de la page » only when this page decided', () => {
    const account: PageContext = {
      pageKind: 'account',
      loggedIn: true,
      habilitations: [],
      hasCreatingHabilitation: false,
    };
    expect(status(account, {})).toBe('Situation déduite de la page.');
    const ownFiche: PageContext = {
      pageKind: 'establishment',
      loggedIn: true,
      ownEstablishment: true,
      unitsListed: false,
    };
    expect(status(ownFiche, {})).toBe('Situation déduite de la page.');
    expect(status(dashboard, { hasHabilitation: seen(false, Date.now()) })).not.toContain(
      'déduite de la page',
    );
  });

  it('names the earlier page that decided, and when it was seen', () => {
    const today = new Date();
    today.setHours(14, 5, 0, 0);
    expect(status(dashboard, { hasHabilitation: seen(true, today.getTime()) })).toBe(
      `D’après votre page Mon compte, vue aujourd’hui à 14${NBSP}h${NBSP}05.`,
    );
    expect(status(dashboard, { hasHabilitation: seen(false, today.getTime()) })).toMatch(
      /^D’après votre page Mon compte, vue aujourd’hui à /,
    );
    expect(status(dashboard, { hasUnit: seen(false, today.getTime()) })).toMatch(
      /^D’après votre page Mon compte ou la fiche de votre établissement, vue aujourd’hui à /,
    );
    const before = new Date(2026, 11, 2, 9, 30).getTime();
    expect(status(dashboard, { hasHabilitation: seen(true, before) })).toBe(
      `D’après votre page Mon compte, vue le 2 décembre à 9${NBSP}h${NBSP}30.`,
    );
  });

  it('asks rather than supposes when the habilitations were never seen', () => {
    expect(status(dashboard, {})).toMatch(
      /^Votre compte peut-il créer des demandes\u202f\? Pour le savoir, cliquez sur votre nom en haut à droite\./,
    );
    expect(text()).not.toMatch(/supposée/);
  });

  it('on the login page, logged out: « Déjà un compte ? », then « Pas encore de compte ? »', () => {
    const login: PageContext = { pageKind: 'login', loggedIn: false };
    expect(panel({ pageKind: 'login', situation: 'no-account', decision: decisionOf(login, {}) })).toBe(
      `Déjà un compte\u202f? Connectez-vous${NBSP}: le guide s’adaptera.`,
    );
    expect(root.querySelector('.situation-lead')?.textContent).toBe('Pas encore de compte\u202f?');
  });

  it('says a choice is the user’s, with the way back', () => {
    expect(status(dashboard, {}, 'no-unit')).toBe(`${labels.status.chosen} ${labels.undoChoice}`);
  });

  it('is absent when nothing tells the situation: the chooser is open instead', () => {
    expect(
      panel({
        pageKind: 'other',
        situation: 'unknown',
        decision: decisionOf({ pageKind: 'other', loggedIn: false }, {}),
      }),
    ).toBeNull();
    expect(root.querySelector('.chooser details')?.hasAttribute('open')).toBe(true);
  });
});

describe('the panel’s header and foot', () => {
  it('labels the collapse control « Réduire », with a chevron icon, not an arrow character', () => {
    panel({});
    const collapse = root.querySelector('.collapse-button') as HTMLButtonElement;
    expect(collapse.textContent).toBe('Réduire');
    expect(collapse.getAttribute('aria-label')).toBe('Réduire le guide');
    expect(collapse.querySelector('svg.icon')).not.toBeNull();
    panel({ side: 'left' });
    expect(root.querySelector('.collapse-button svg path')?.getAttribute('d')).toMatch(/^M15 6/);
  });

  it('keeps « Ce que l’extension a compris » off the first screen, under « Pour l’équipe technique »', () => {
    panel({
      understanding: {
        understand: () => ({ terms: [], facts: [], missing: [], found: [] }),
        report: () => '',
      },
    });
    const foot = root.querySelector('.panel-foot details.understanding');
    expect(foot?.querySelector('summary')?.textContent).toBe('Pour l’équipe technique');
    expect(foot?.hasAttribute('open')).toBe(false);
  });

  it('shows no arrow or pencil character as an icon', () => {
    for (const situation of SITUATION_IDS) {
      panel({ situation });
      expect(text(), situation).not.toMatch(/[✎✉→←✓]/u);
    }
  });
});

describe('the composer’s « to » field', () => {
  it('says the address came from the organisation when its policy gave it', () => {
    const form = FORMS['referents-account'];
    const hint = () => root.querySelector('#composer-referents-account-to-hint')?.textContent;
    const props = {
      form: form.id,
      initialDraft: blankDraft(form),
      onDraftChange: () => {},
      onDraftForget: () => {},
    };
    act(() => render(<Composer {...props} />, root));
    expect(hint()).toBe(formFieldLabels.referentsToHint);
    act(() => render(<Composer {...props} referents={['referents@hopital.fr']} />, root));
    expect(hint()).toBe(
      `Adresse fournie par votre organisation. Plusieurs adresses${NBSP}: séparez-les par une virgule.`,
    );
  });
});

describe('the popup’s count of prerequisites', () => {
  it('is singular for 0 and 1, plural from 2', () => {
    expect(popupLabels.progressLabel(0, 4)).toBe('0 prérequis rempli sur 4');
    expect(popupLabels.progressLabel(1, 4)).toBe('1 prérequis rempli sur 4');
    expect(popupLabels.progressLabel(2, 4)).toBe('2 prérequis remplis sur 4');
  });
});

describe('the panel’s situation chooser', () => {
  it('marks the situation the guide does not list as the extension’s deduction, as the popup does', () => {
    act(() =>
      render(
        <Panel
          pageKind="dashboard"
          situation="unknown"
          open={true}
          onOpenChange={() => undefined}
          onChoose={() => undefined}
          Body={PanelBody}
        />,
        root,
      ),
    );
    const choices = [...root.querySelectorAll('.chooser-list .choice')];
    expect(choices).toHaveLength(guide.situations.length);
    for (const [index, situation] of guide.situations.entries()) {
      const text = choices[index]?.textContent ?? '';
      if (situation.inGuide) expect(text).not.toContain(labels.impliedSituation);
      else expect(text).toContain(`(${labels.impliedSituation})`);
    }
    expect(
      guide.situations.filter((situation) => !situation.inGuide).map((situation) => situation.id),
    ).toEqual(['no-habilitation']);
  });
});
