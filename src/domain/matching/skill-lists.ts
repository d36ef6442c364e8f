/** Room a list gets when it first grows after the build. */
const INITIAL_ROOM = 8;

/**
 * The inverted view of a CandidateIndex: per skill id, the slots that list that skill, in ascending
 * slot order, one entry per listing (a skill listed twice appears twice, as it does in the skill
 * column). Tombstoned slots stay in the lists until the index compacts (which drops the lists), so
 * a reader checks `alive` as it does for the columns.
 *
 * It lets the ranker bound a posting's candidates by visiting only the listings of the skills the
 * posting covers, instead of every skill of every candidate: most of a candidate's skills cover
 * nothing in a given posting.
 *
 * All lists share one array (`slots`): skill c's list is slots[startOf(c) .. startOf(c) +
 * lengthOf(c)). The build packs them with an eighth of room to spare, in two passes and without an
 * allocation per skill; a list that outgrows its room on a write moves to the end with twice the
 * room (the hole it leaves goes when the index compacts, which drops the lists).
 */
export class SkillLists {
  private data = new Int32Array(0);
  private used = 0;
  private starts = new Int32Array(0);
  private lengths = new Int32Array(0);
  private rooms = new Int32Array(0);

  /** The lists of the first `slotCount` slots of CSR columns (negative skill ids are left out). */
  static build(offsets: Int32Array, skillIds: Int32Array, slotCount: number): SkillLists {
    const lists = new SkillLists();
    const from = offsets[0];
    const end = offsets[slotCount];
    let maxId = -1;
    for (let e = from; e < end; e++) if (skillIds[e] > maxId) maxId = skillIds[e];
    const rooms = new Int32Array(maxId + 1);
    for (let e = from; e < end; e++) if (skillIds[e] >= 0) rooms[skillIds[e]]++;
    const starts = new Int32Array(maxId + 1);
    let used = 0;
    for (let c = 0; c <= maxId; c++) {
      // An eighth to spare: a live index's writes rarely move a list, and moved lists leave holes.
      rooms[c] += (rooms[c] >> 3) + 2;
      starts[c] = used;
      used += rooms[c];
    }
    const data = new Int32Array(used);
    const lengths = new Int32Array(maxId + 1);
    for (let s = 0; s < slotCount; s++) {
      for (let e = offsets[s]; e < offsets[s + 1]; e++) {
        const c = skillIds[e];
        if (c >= 0) data[starts[c] + lengths[c]++] = s;
      }
    }
    lists.data = data;
    lists.used = used;
    lists.starts = starts;
    lists.lengths = lengths;
    lists.rooms = rooms;
    return lists;
  }

  /** Every list's slots; replaced when a list outgrows it, so read it afresh after a write. */
  get slots(): Int32Array {
    return this.data;
  }

  /** Where skill c's list starts in `slots` (0 for a skill with no list). */
  startOf(c: number): number {
    return c >= 0 && c < this.starts.length ? this.starts[c] : 0;
  }

  lengthOf(c: number): number {
    return c >= 0 && c < this.lengths.length ? this.lengths[c] : 0;
  }

  /** Records the listings of a slot newer than every slot already listed. */
  add(slot: number, skillIds: Int32Array, from: number, to: number): void {
    for (let e = from; e < to; e++) {
      const c = skillIds[e];
      if (c < 0) continue;
      if (c >= this.starts.length) this.growSkills(c + 1);
      if (this.lengths[c] === this.rooms[c]) this.move(c, Math.max(INITIAL_ROOM, 2 * this.rooms[c]));
      this.data[this.starts[c] + this.lengths[c]++] = slot;
    }
  }

  /** Moves skill c's list to the end of `slots` with `room` entries of room. */
  private move(c: number, room: number): void {
    if (this.used + room > this.data.length) {
      const data = new Int32Array(this.used + room + (this.used >> 1));
      data.set(this.data.subarray(0, this.used));
      this.data = data;
    }
    this.data.copyWithin(this.used, this.starts[c], this.starts[c] + this.lengths[c]);
    this.starts[c] = this.used;
    this.rooms[c] = room;
    this.used += room;
  }

  private growSkills(size: number): void {
    const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const grown = new Int32Array(Math.max(size, 2 * a.length));
      grown.set(a);
      return grown;
    };
    this.starts = grow(this.starts);
    this.lengths = grow(this.lengths);
    this.rooms = grow(this.rooms);
  }
}
