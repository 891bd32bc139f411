// The options page and the guidance under an organisation's policy: each managed setting shown as
// « Défini par votre organisation », read-only and explained to screen readers; a change of the
// user's own setting never saves the managed one as theirs; the ignored values listed with why;
// « Écrire à mes référents » addressed to the policy's référents.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ReferentsAddresses } from '../../components/managed-context';
import { Options, type OptionsProps } from '../../components/Options';
import { SituationGuidance } from '../../components/SituationGuidance';
import { situationById } from '../../content/guide';
import { type ManagedConfig, parseManaged } from '../../content/managed';
import { renderRoot } from './render-root';

const root = renderRoot();

function showOptions(
  managed?: ManagedConfig,
  own: OptionsProps['options'] = { panelSide: 'right', autoOpen: true, panelTab: 'until-done' },
) {
  const onChange = vi.fn();
  act(() =>
    render(
      <Options
        options={own}
        managed={managed}
        onChange={onChange}
        settingsStatus=""
        onErase={() => {}}
        onEraseCancelled={() => {}}
        eraseStatus=""
      />,
      root,
    ),
  );
  return onChange;
}

const fieldset = (testId: string) => root.querySelector(`[data-testid="${testId}"]`) as HTMLFieldSetElement;
const radio = (name: string, value: string) =>
  root.querySelector(`input[name="${name}"][value="${value}"]`) as HTMLInputElement;

describe('the options page without a policy', () => {
  it('is as before: both settings the user’s, nothing about an organisation', () => {
    showOptions();
    expect(fieldset('panel-side').disabled).toBe(false);
    expect(fieldset('auto-open').disabled).toBe(false);
    expect(fieldset('panel-tab').disabled).toBe(false);
    expect(root.textContent).not.toContain('Défini par votre organisation');
    expect(root.querySelector('[data-testid="organisation"]')).toBeNull();
    expect(root.querySelector('[data-testid="managed-ignored"]')).toBeNull();
  });
});

describe('« Onglet du guide »', () => {
  it('offers the three choices, « tant qu’il reste quelque chose à faire » checked by default', () => {
    showOptions();
    const tab = fieldset('panel-tab');
    expect(tab.querySelector('legend')?.textContent).toBe('Onglet du guide');
    expect([...tab.querySelectorAll('label')].map((label) => label.textContent)).toEqual([
      'Tant qu’il reste quelque chose à faire',
      'Toujours',
      'Jamais',
    ]);
    expect(radio('panel-tab', 'until-done').checked).toBe(true);
    // Where the guide is when the page holds nothing of it: said to screen readers too.
    const hint = document.getElementById(tab.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toContain('Afficher le guide sur cette page');
  });

  it.each(['always', 'never', 'until-done'] as const)('saves %s, the other settings kept', (mode) => {
    const onChange = showOptions(undefined, {
      panelSide: 'left',
      autoOpen: false,
      panelTab: mode === 'until-done' ? 'never' : 'until-done',
    });
    act(() => radio('panel-tab', mode).click());
    expect(onChange).toHaveBeenCalledWith({ panelSide: 'left', autoOpen: false, panelTab: mode });
  });
});

describe('the options page under a policy', () => {
  const managed = parseManaged({
    panelSide: 'left',
    organisationName: 'Hôpital Saint-Exemple',
    referentsAddresses: ['referent@hopital.fr'],
    autoOpen: 'oui',
    theme: 'sombre',
  });

  it('shows the managed side, read-only, « Défini par votre organisation » as its description', () => {
    showOptions(managed);
    const side = fieldset('panel-side');
    expect(side.disabled).toBe(true);
    expect(radio('panel-side', 'left').checked).toBe(true);
    const note = document.getElementById(side.getAttribute('aria-describedby') ?? '');
    expect(note?.textContent).toContain('Défini par votre organisation');
    expect(note?.textContent).toContain('ne peut pas être changé ici');
  });

  it('leaves the setting the policy got wrong to the user, and saves only the user’s own values', () => {
    const onChange = showOptions(managed);
    expect(fieldset('auto-open').disabled).toBe(false);
    expect(fieldset('auto-open').hasAttribute('aria-describedby')).toBe(false);
    act(() => radio('auto-open', 'tab').click());
    // The user's side (right) is kept as theirs: the organisation's left is never stored.
    expect(onChange).toHaveBeenCalledWith({ panelSide: 'right', autoOpen: false, panelTab: 'until-done' });
  });

  it('shows a managed tab setting read-only, described, and the user’s own otherwise', () => {
    showOptions(parseManaged({ panelTab: 'never' }));
    const tab = fieldset('panel-tab');
    expect(tab.disabled).toBe(true);
    expect(radio('panel-tab', 'never').checked).toBe(true);
    expect(tab.getAttribute('aria-describedby')?.split(' ')).toContain('panel-tab-managed');
    expect(document.getElementById('panel-tab-managed')?.textContent).toContain(
      'Défini par votre organisation',
    );
  });

  it('shows the organisation’s name and référents', () => {
    showOptions(managed);
    const organisation = root.querySelector('[data-testid="organisation"]') as HTMLElement;
    expect(organisation.textContent).toContain('Hôpital Saint-Exemple');
    expect(organisation.textContent).toContain('referent@hopital.fr');
  });

  it('lists the ignored values and why', () => {
    showOptions(managed);
    const items = [...root.querySelectorAll('[data-testid="managed-ignored"] li')].map(
      (li) => li.textContent,
    );
    expect(items).toEqual([
      'autoOpen\u00a0: true ou false était attendu.',
      'theme\u00a0: clé inconnue de l’extension.',
    ]);
  });
});

describe('« Écrire à mes référents » under a policy', () => {
  // The panel holds no mail link: the policy's référents reach the message in the composer only
  // (tests/e2e/policy.spec.ts opens it from the panel and finds them in its « À » field).
  it('is a button that opens the composer, not a mail link, with or without a policy', () => {
    for (const referents of [['referent.un@hopital.fr'], []]) {
      act(() =>
        render(
          <ReferentsAddresses.Provider value={referents}>
            <SituationGuidance situation={situationById('no-account')} onCompose={() => undefined} />
          </ReferentsAddresses.Provider>,
          root,
        ),
      );
      expect(root.querySelectorAll('a[href^="mailto:"]')).toHaveLength(0);
      expect(root.querySelector('[data-compose="referents-account"]')?.textContent).toContain(
        'Écrire à mes référents',
      );
    }
  });
});
