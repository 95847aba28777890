/**
 * Whether two records are about the same person, beyond sharing a person id that anyone can type:
 * the same name and date of birth. Names are compared the way staff would read them: case, accents
 * (NFD, combining marks dropped) and spacing do not matter, so "Zoë  O'Brien" is "ZOE O'BRIEN".
 */
import type { Person } from './types.ts';

export function normalisedName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}

export function samePerson(a: Pick<Person, 'name' | 'dateOfBirth'>, b: Pick<Person, 'name' | 'dateOfBirth'>): boolean {
  return a.dateOfBirth === b.dateOfBirth && normalisedName(a.name) === normalisedName(b.name);
}
