// What the situations' guidance and the popup say about themselves: a resource's topic before its
// link, the reminder beside a mail to the référents (none to add when the organisation's policy
// gave their addresses), the popup's count of prerequisites, the composer's « to » hint.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { Composer } from '../../components/composer/Composer';
import { ReferentsAddresses } from '../../components/managed-context';
import { Panel } from '../../components/Panel';
import { PanelBody } from '../../components/PanelBody';
import { SituationGuidance } from '../../components/SituationGuidance';
import { blankDraft, FORMS } from '../../content/compose/forms';
import { guide, resourceById, situationById } from '../../content/guide';
import { formFieldLabels } from '../../content/text/fr/forms';
import { labels } from '../../content/text/fr/panel';
import { popupLabels } from '../../content/text/fr/popup';
import { renderRoot } from './render-root';

const NBSP = '\u00a0';
const root = renderRoot();

const reminders = () => [...root.querySelectorAll('.mail-reminder')].map((element) => element.textContent);

describe('a situation’s guidance', () => {
  it('puts « : » between a resource’s topic and its link, and leaves a question as it is', () => {
    act(() => render(<SituationGuidance situation={situationById('how-to-request')} />, root));
    expect(root.querySelector('.step-link')?.textContent).toMatch(new RegExp(`^Tutoriels${NBSP}: FAQ`));
    expect(labels.topicLead('Besoin d’aide\u202f?')).toBe('Besoin d’aide\u202f?');
  });

  it('asks to add the référents’ address only when the organisation did not give it', () => {
    act(() => render(<SituationGuidance situation={situationById('no-account')} />, root));
    expect(reminders()).toEqual([
      'Ajoutez l’adresse de vos référents ViaTrajectoire. Vous ne la connaissez pas\u202f? Demandez à votre cadre ou à votre direction.',
    ]);
    act(() =>
      render(
        <ReferentsAddresses.Provider value={['referents@hopital.fr']}>
          <SituationGuidance situation={situationById('no-account')} />
        </ReferentsAddresses.Provider>,
        root,
      ),
    );
    expect(reminders()).toEqual(['Adresse fournie par votre organisation.']);
    // The mail to SESAN keeps its own reminder, if any: the policy does not address it.
    act(() =>
      render(
        <ReferentsAddresses.Provider value={['referents@hopital.fr']}>
          <SituationGuidance situation={situationById('no-structure')} />
        </ReferentsAddresses.Provider>,
        root,
      ),
    );
    expect(reminders()).toEqual(['Mettez votre direction en copie du mail.']);
  });

  it('labels the FAQ, which stands in for the guide’s training course, by where it goes, and says so', () => {
    const faq = resourceById('sesan-formation');
    expect(faq?.label).toMatch(/^FAQ ViaTrajectoire/);
    expect(faq?.verified).toBe(false);
    expect(faq?.note).toMatch(/devrait se trouver sur ce site/);
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
