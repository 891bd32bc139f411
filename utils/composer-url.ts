// The composer page's address, in one place: the popup and the background open it, the background
// recognises its messages by it.
import { browser } from 'wxt/browser';
import type { FormId } from '../content/compose/ids';

/** The composer page, without a form. */
export const composerPageUrl = (): string => browser.runtime.getURL('/composer.html');

/** The composer page for one form (composer.html#<form>). */
export const composerUrl = (form: FormId): string => `${composerPageUrl()}#${form}`;
