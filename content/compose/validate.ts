// Checks on what people type in the composer: e-mail addresses and FINESS numbers. Pure; the
// French messages for each problem are in content/text/fr/composer.ts.
import { MAX_LENGTH } from './limits';

// --- E-mail ---------------------------------------------------------------------------------------

// The everyday shape of an address (HTML's own rule for type=email, plus a dot and a letter-only
// top-level domain): a professional address like prenom.nom@structure.fr, never a display name.
const EMAIL =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

export function isEmail(text: string): boolean {
  return text.length <= MAX_LENGTH.email && EMAIL.test(text);
}

/** The addresses of a field that takes one or more, separated by commas or semicolons. */
export function splitEmails(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((address) => address.trim())
    .filter((address) => address !== '');
}

/** The first address of the list that is not valid, or undefined when all are. */
export function invalidEmailIn(text: string): string | undefined {
  return splitEmails(text).find((address) => !isEmail(address));
}

// --- FINESS ---------------------------------------------------------------------------------------

export type FinessProblem = 'length' | 'department' | 'digits' | 'checksum';

/** What people type, as the 9 characters to check: spaces removed, letters upper case. */
export function normalizeFiness(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/** Mainland départements 01–95 (2A/2B for Corsica), or 97/98 for overseas (a digit follows). */
function isDepartment(prefix: string): boolean {
  if (prefix === '2A' || prefix === '2B') return true;
  if (!/^\d\d$/.test(prefix)) return false;
  const number = Number(prefix);
  return (number >= 1 && number <= 95) || number === 97 || number === 98;
}

/** Luhn's check over a string of digits: true when its last digit is the right key. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    // From the right: the key itself is not doubled, the digit before it is, and so on.
    const fromRight = digits.length - 1 - index;
    let digit = Number(digits[index]);
    if (fromRight % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * The problem with a FINESS number, or undefined when it is well formed: 9 characters, the
 * département first, digits after it, and a last digit that is the Luhn key of the others.
 */
export function finessProblem(text: string): FinessProblem | undefined {
  const finess = normalizeFiness(text);
  if (finess.length !== 9) return 'length';
  if (!isDepartment(finess.slice(0, 2))) return 'department';
  if (!/^\d{7}$/.test(finess.slice(2))) return 'digits';
  // Assumption: for Corsica the key is computed with the letters read as 0 ("2A"/"2B" → "20").
  // TODO [2027-06-01]: confirm with the FINESS documentation (DREES / ATIH) how 2A/2B enter the key.
  const digits = finess.replace(/^2[AB]/, '20');
  return passesLuhn(digits) ? undefined : 'checksum';
}
