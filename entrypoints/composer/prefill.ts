// The composer page's side of the page's names kept by the background (utils/open-composer.ts).
import { browser } from 'wxt/browser';
import type { FormId } from '../../content/compose/ids';
import { type Prefill, prefillOf } from '../../content/compose/prefill';
import { TAKE_PREFILL_MESSAGE, type TakePrefillMessage } from '../../utils/messages';

/** The names kept for this tab and form, if any: the background gives them once, then forgets them. */
export async function takeComposerPrefill(form: FormId): Promise<Prefill | undefined> {
  try {
    const message: TakePrefillMessage = { type: TAKE_PREFILL_MESSAGE, form };
    const prefill = prefillOf(await browser.runtime.sendMessage(message));
    return Object.keys(prefill).length > 0 ? prefill : undefined;
  } catch {
    return undefined;
  }
}
