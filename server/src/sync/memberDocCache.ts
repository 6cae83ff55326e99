/**
 * What a projection keeps from each member's private doc, per board, so that a change in
 * one private doc costs one read (issue #22, "the reveal projection's cost bounded by what
 * changed"). A private doc changes only through its member's updates, which the room
 * reports (`changed`); a member never read, or read before a failure, is read again.
 * Entries of members no longer counted are dropped; `forget` drops a whole board (its
 * rooms unloaded), so its next projection reads every member once.
 */
export class MemberDocCache<T> {
  /** Board → member → what was read from that member's private doc. */
  private readonly boards = new Map<string, Map<string, T>>();
  /** Board → members whose private doc changed since it was read. */
  private readonly dirty = new Map<string, Set<string>>();

  /** A member's private doc changed: their entry is read again on the next projection. */
  changed(boardId: string, memberId: string): void {
    if (!this.boards.has(boardId)) return; // nothing cached: everything is read anyway
    let set = this.dirty.get(boardId);
    if (!set) this.dirty.set(boardId, (set = new Set()));
    set.add(memberId);
  }

  /**
   * The members of `memberIds` to read now: every one on the board's first projection,
   * afterwards those changed or not read yet. Drops entries of members not in `memberIds`.
   * Pair with {@link store} once read, or {@link forget} if the projection failed.
   */
  toRead(boardId: string, memberIds: readonly string[]): string[] {
    const cached = this.boards.get(boardId);
    const dirty = this.dirty.get(boardId);
    this.dirty.delete(boardId);
    if (!cached) return [...memberIds];
    const counted = new Set(memberIds);
    for (const id of cached.keys()) if (!counted.has(id)) cached.delete(id);
    return memberIds.filter((id) => !cached.has(id) || dirty?.has(id));
  }

  /** Records what was read and answers every counted member's entry, in `memberIds` order. */
  store(boardId: string, memberIds: readonly string[], read: ReadonlyMap<string, T>): T[] {
    let cached = this.boards.get(boardId);
    if (!cached) this.boards.set(boardId, (cached = new Map()));
    for (const [id, entry] of read) cached.set(id, entry);
    return memberIds.map((id) => {
      const entry = cached.get(id);
      if (entry === undefined) throw new Error(`member ${id} of board ${boardId} was not read`);
      return entry;
    });
  }

  /** Forgets a board: its next projection reads every member. */
  forget(boardId: string): void {
    this.boards.delete(boardId);
    this.dirty.delete(boardId);
  }

  /** Boards cached, for tests. */
  get size(): number {
    return this.boards.size;
  }
}
