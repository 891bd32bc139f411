// The composer page's side of the prefill written by the background (shared/open-composer.ts).
import { browser } from 'wxt/browser';
import type { FormId } from '../../content/compose/ids';
import { isFormId } from '../../content/compose/ids';
import { freshPrefill, type Prefill } from '../../content/compose/prefill';
import { PREFILL_KEY } from '../shared/open-composer';

/** The page's names for this form if fresh; taken once (removed), and removed when stale. */
export async function takeComposerPrefill(form: FormId, now = Date.now()): Promise<Prefill | undefined> {
  try {
    const stored: unknown = (await browser.storage.session.get(PREFILL_KEY))[PREFILL_KEY];
    if (stored === undefined) return undefined;
    const storedForm = (stored as { form?: unknown } | null)?.form;
    const stale = !isFormId(storedForm) || freshPrefill(stored, storedForm, now) === undefined;
    // A reload, or the composer opened later for another form, does not get these names again.
    if (storedForm === form || stale) await browser.storage.session.remove(PREFILL_KEY);
    return freshPrefill(stored, form, now);
  } catch {
    return undefined;
  }
}
