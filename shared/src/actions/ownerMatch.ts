/**
 * Whether a person is an action's owner: the browser offers them "I own this", and the
 * server accepts their confirmation only then (entities/ownerConfirmation.ts). Pure.
 * An owner is free text ("Pat Lee", "pat lee", "Pat Lee and Sam", "@Pat Lee"); a person
 * matches when their display name is one of the names in it, ignoring case, accents and
 * extra spaces. A first name alone does not match a full display name: "Sam" could be
 * anyone, and the confirmation is a commitment.
 */

function normal(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^@/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The names in an owner field: split on commas, "and", "&", "+" and "/". */
export function ownerNames(owner: string): string[] {
  return owner
    .split(/\s*(?:,|;|&|\+|\/|\band\b)\s*/i)
    .map(normal)
    .filter((name) => name.length > 0);
}

/** True when `name` (this person's display name) is one of the owner's names. */
export function isOwner(owner: string | undefined, name: string | null): boolean {
  if (!owner || !name) return false;
  const me = normal(name);
  return me.length > 0 && ownerNames(owner).includes(me);
}
