// « Mes coordonnées », through their item in the registry (stored.ts): read, saved only at the
// user's request (the composer's or the options page's « Enregistrer mes coordonnées »), watched by
// open pages, erased with everything else by « Effacer toutes mes données ».
import { hasMyDetails, type MyDetails, parseMyDetails } from '../content/compose/my-details';
import { STORED } from './stored';

/** The details kept, each one checked: a missing or corrupted value gives none, never a throw. */
export function readMyDetails(): Promise<MyDetails> {
  return STORED.myDetails.read();
}

/** Keeps the details, parsed on the way in (only the six known, trimmed); none at all removes the key. */
export function saveMyDetails(details: MyDetails): Promise<void> {
  const parsed = parseMyDetails(details);
  return hasMyDetails(parsed) ? STORED.myDetails.set(parsed) : STORED.myDetails.remove();
}

export function forgetMyDetails(): Promise<void> {
  return STORED.myDetails.remove();
}

/** Calls back with the details after each change (none once erased). */
export function watchMyDetails(onChange: (details: MyDetails) => void): () => void {
  return STORED.myDetails.watch(onChange);
}
