// The runtime messages the content script acts on (utils/messages.ts): the three about the panel,
// and only from this extension. A page cannot send a runtime message to a content script at all;
// the sender check is the second lock.
import { describe, expect, it } from 'vitest';
import {
  BADGE_MESSAGE,
  isPanelRequest,
  OPEN_COMPOSER_MESSAGE,
  PANEL_STATUS_MESSAGE,
  SHOW_PANEL_MESSAGE,
  TOGGLE_PANEL_MESSAGE,
} from '../../utils/messages';

const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';

describe('isPanelRequest', () => {
  it('acts only on the three panel messages, from this extension', () => {
    for (const type of [TOGGLE_PANEL_MESSAGE, SHOW_PANEL_MESSAGE, PANEL_STATUS_MESSAGE])
      expect(isPanelRequest({ type }, { id: OWN_ID }, OWN_ID)).toBe(true);
    for (const message of [
      { type: BADGE_MESSAGE },
      { type: OPEN_COMPOSER_MESSAGE, form: 'no-unit' },
      { type: 'vt-act-guide:something-else' },
      'vt-act-guide:show-panel',
      null,
      undefined,
      42,
    ])
      expect(isPanelRequest(message, { id: OWN_ID }, OWN_ID)).toBe(false);
  });

  it('ignores a panel message from another extension, or from no extension', () => {
    expect(
      isPanelRequest({ type: SHOW_PANEL_MESSAGE }, { id: 'ponmlkjihgfedcbaponmlkjihgfedcba' }, OWN_ID),
    ).toBe(false);
    expect(isPanelRequest({ type: TOGGLE_PANEL_MESSAGE }, {}, OWN_ID)).toBe(false);
  });
});
