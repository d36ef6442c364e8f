import { compareCandidateIds } from './candidate-id';

/**
 * The best `capacity` (rank key, slot) entries offered so far, in the ranking order of
 * `rankCandidates` (key desc, then candidate id asc), as a binary heap with the worst entry at the
 * root. Typed arrays and no allocation per offer: rankTopK offers it the candidates a bound cannot
 * settle.
 */
export class TopHeap {
  readonly slots: Int32Array;
  readonly keys: Float64Array;
  size = 0;

  constructor(
    readonly capacity: number,
    /** candidateIdKey per slot (NaN: compare the id strings). */
    private readonly idKeys: Float64Array,
    private readonly ids: readonly string[],
  ) {
    this.slots = new Int32Array(capacity);
    this.keys = new Float64Array(capacity);
  }

  get full(): boolean {
    return this.size === this.capacity;
  }

  /** True when (keyA, slotA) ranks after (keyB, slotB). */
  worse(keyA: number, slotA: number, keyB: number, slotB: number): boolean {
    if (keyA !== keyB) return keyA < keyB;
    const a = this.idKeys[slotA];
    const b = this.idKeys[slotB];
    if (a === a && b === b) return a > b;
    return compareCandidateIds(this.ids[slotA], this.ids[slotB]) > 0;
  }

  /** Whether a slot whose key is at most `bound` could still enter: the heap is not full, or it could beat the root. */
  admits(bound: number, slot: number): boolean {
    if (this.size < this.capacity) return true;
    const root = this.keys[0];
    return bound > root || (bound === root && this.capacity > 0 && this.worse(root, this.slots[0], bound, slot));
  }

  /** Adds an entry, dropping the worst when full (or the entry itself when it is the worst). */
  offer(slot: number, key: number): void {
    if (this.size < this.capacity) this.siftUp(slot, key);
    else if (this.capacity > 0 && this.worse(this.keys[0], this.slots[0], key, slot)) this.siftDown(slot, key);
  }

  /** Heap positions best first. */
  ordered(): number[] {
    const { keys, slots } = this;
    return Array.from({ length: this.size }, (_, i) => i).sort((a, b) =>
      this.worse(keys[a], slots[a], keys[b], slots[b]) ? 1 : this.worse(keys[b], slots[b], keys[a], slots[a]) ? -1 : 0,
    );
  }

  private siftDown(slot: number, key: number): void {
    const { keys, slots, size } = this;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) break;
      const right = left + 1;
      let child = left;
      if (right < size && this.worse(keys[right], slots[right], keys[left], slots[left])) child = right;
      if (!this.worse(keys[child], slots[child], key, slot)) break;
      slots[i] = slots[child];
      keys[i] = keys[child];
      i = child;
    }
    slots[i] = slot;
    keys[i] = key;
  }

  private siftUp(slot: number, key: number): void {
    const { keys, slots } = this;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(key, slot, keys[parent], slots[parent])) break;
      slots[i] = slots[parent];
      keys[i] = keys[parent];
      i = parent;
    }
    slots[i] = slot;
    keys[i] = key;
  }
}
