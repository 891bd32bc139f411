// The composer's form ids, and which situations end in which forms. The forms of a situation are
// its `mails` in the guide data (content/guide/guide.ts): one home, read here.
import { guide } from '../guide/guide';
import type { SituationId } from '../guide/ids';
import type { FormId } from './form-ids';

export { FORM_IDS, type FormId, isFormId, referentKey } from './form-ids';

/** The forms offered under each situation, the usual one first: each situation's `mails`, in order. */
export const FORMS_BY_SITUATION: Readonly<Partial<Record<SituationId, readonly FormId[]>>> =
  /* @__PURE__ */ Object.fromEntries(
    guide.situations.map((situation) => [situation.id, situation.mails.map((mail) => mail.form)]),
  );
