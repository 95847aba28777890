/**
 * What a forum member sees of the person on a sampled record: initials for the name and a masked id,
 * so a reviewer judges the record without learning who it is about. Everything else shows as printed.
 */
import type { FormRecord, Person } from '../../engine/types.ts';

/** "Alex van Example-Smith" -> "A. V. E. S." */
export const initials = (name: string) => name.split(/[\s-]+/).filter(Boolean).map((part) => `${[...part][0]!.toUpperCase()}.`).join(' ');

/** The first character and the last two, the rest hidden behind a fixed run of dots, so length shows nothing. */
export const maskedId = (id: string) => (id.length < 5 ? '•••' : `${id[0]}•••${id.slice(-2)}`);

export const maskedPerson = (person: Person): Person => ({ ...person, id: maskedId(person.id), name: initials(person.name) });

export const maskedRecord = (record: FormRecord): FormRecord => ({ ...record, person: maskedPerson(record.person) });
