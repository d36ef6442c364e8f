const INITIAL_LIST = 8;

/**
 * The inverted view of a CandidateIndex: per skill id, the slots that list that skill, in ascending
 * slot order, one entry per listing (a skill listed twice appears twice, as it does in the skill
 * column). Tombstoned slots stay in the lists until the index compacts (which drops the lists), so
 * a reader checks `alive` as it does for the columns.
 *
 * It lets the ranker bound a posting's candidates by visiting only the listings of the skills the
 * posting covers, instead of every skill of every candidate: most of a candidate's skills cover
 * nothing in a given posting.
 */
export class SkillLists {
  private lists: Int32Array[] = [];
  private lengths = new Int32Array(0);

  /** The lists of the first `slotCount` slots of CSR columns (negative skill ids are left out). */
  static build(offsets: Int32Array, skillIds: Int32Array, slotCount: number): SkillLists {
    const lists = new SkillLists();
    const end = offsets[slotCount];
    let maxId = -1;
    for (let e = offsets[0]; e < end; e++) if (skillIds[e] > maxId) maxId = skillIds[e];
    const counts = new Int32Array(maxId + 1);
    for (let e = offsets[0]; e < end; e++) if (skillIds[e] >= 0) counts[skillIds[e]]++;
    lists.lengths = new Int32Array(maxId + 1);
    for (let c = 0; c <= maxId; c++) lists.lists.push(new Int32Array(Math.max(INITIAL_LIST, counts[c])));
    for (let s = 0; s < slotCount; s++) {
      for (let e = offsets[s]; e < offsets[s + 1]; e++) {
        const c = skillIds[e];
        if (c >= 0) lists.lists[c][lists.lengths[c]++] = s;
      }
    }
    return lists;
  }

  /** Records the listings of a slot newer than every slot already listed. */
  add(slot: number, skillIds: Int32Array, from: number, to: number): void {
    for (let e = from; e < to; e++) {
      const c = skillIds[e];
      if (c < 0) continue;
      if (c >= this.lengths.length) this.growSkills(c + 1);
      let list = this.lists[c];
      const n = this.lengths[c];
      if (n === list.length) {
        const grown = new Int32Array(list.length * 2);
        grown.set(list);
        this.lists[c] = list = grown;
      }
      list[n] = slot;
      this.lengths[c] = n + 1;
    }
  }

  /** The slots listing skill `c` are slotsOf(c)[0 .. lengthOf(c)); valid until the next write. */
  slotsOf(c: number): Int32Array {
    return c >= 0 && c < this.lists.length ? this.lists[c] : EMPTY;
  }

  lengthOf(c: number): number {
    return c >= 0 && c < this.lengths.length ? this.lengths[c] : 0;
  }

  private growSkills(size: number): void {
    const lengths = new Int32Array(Math.max(size, this.lengths.length * 2));
    lengths.set(this.lengths);
    this.lengths = lengths;
    while (this.lists.length < lengths.length) this.lists.push(new Int32Array(INITIAL_LIST));
  }
}

const EMPTY = new Int32Array(0);
