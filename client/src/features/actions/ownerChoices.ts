/**
 * What an owner field offers and what it saves, as pure rules: the workspace's people
 * (chosen, they are reminded), then the names of people on the board who are not among
 * them (free text, as typed); what was typed becomes a workspace person only when it is
 * exactly one person's name, else it stays free text and names nobody to remind.
 */
import type { NamedPerson } from '@hindsight/shared';

/** Suggestions shown at most. */
export const OWNER_CHOICES_MAX = 8;

export interface OwnerChoice {
  /** Unique among the choices (the listbox option's key). */
  readonly key: string;
  /** The name the owner becomes. */
  readonly label: string;
  /** The workspace person chosen; null for a name taken as free text. */
  readonly personId: string | null;
}

/** A name as compared: trimmed, spaces collapsed, case folded. */
const fold = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** The choices for what is typed: names containing it, people first, by name. */
export function ownerChoices(
  query: string,
  people: readonly NamedPerson[],
  boardNames: readonly string[],
  max = OWNER_CHOICES_MAX,
): OwnerChoice[] {
  const q = fold(query);
  const matches = (name: string) => fold(name).includes(q);
  const personNames = new Set(people.map((p) => fold(p.name)));
  const chosen: OwnerChoice[] = people
    .filter((p) => matches(p.name))
    .map((p) => ({ key: `person:${p.id}`, label: p.name, personId: p.id }));
  const typed = [...new Set(boardNames.map((n) => n.trim()))]
    .filter((n) => n !== '' && !personNames.has(fold(n)) && matches(n))
    .map((n) => ({ key: `name:${fold(n)}`, label: n, personId: null }));
  return [...chosen, ...typed].slice(0, max);
}

/** The one workspace person whose name is exactly `text`; null when none or several. */
export function personNamed(text: string, people: readonly NamedPerson[]): NamedPerson | null {
  const named = people.filter((p) => fold(p.name) === fold(text));
  return named.length === 1 ? named[0]! : null;
}

/** The owner an owner field saves for typed text: a person when it names exactly one. */
export function ownerOfText(
  text: string,
  people: readonly NamedPerson[],
): { owner: string; ownerPersonId: string | null } {
  const person = text.trim() === '' ? null : personNamed(text, people);
  return person
    ? { owner: person.name, ownerPersonId: person.id }
    : { owner: text, ownerPersonId: null };
}
