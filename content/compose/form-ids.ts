// The composer's form ids (their home is the guide's ids, content/guide/ids.ts: each of the guide's
// mails names its form) and the keys of a form's référent rows.
export { FORM_IDS, type FormId, isFormId } from '../guide/ids';

/** The key of a référent row's field: `referents.<row>.<field>`. */
export function referentKey(row: number, field: 'lastName' | 'firstName' | 'email' | 'role'): string {
  return `referents.${row}.${field}`;
}
