import { candidateIdKey } from './candidate-id';

/**
 * Where each candidate sits in a CandidateIndex, by id. Canonical ids (decimal integers, see
 * candidateIdKey) are kept under their numeric key, any other id under its text: a Map of a
 * million string keys made building the index of a million candidates take three times as long
 * as numbers do (each new string hashed, each lookup comparing strings).
 */
export class SlotMap {
  private readonly byKey = new Map<number, number>();
  private readonly byText = new Map<string, number>();

  get size(): number {
    return this.byKey.size + this.byText.size;
  }

  get(id: string): number | undefined {
    const key = candidateIdKey(id);
    return Number.isNaN(key) ? this.byText.get(id) : this.byKey.get(key);
  }

  /** Puts `id` (whose candidateIdKey is `key`) at `slot`; gives the slot it had before, if any. */
  put(id: string, key: number, slot: number): number | undefined {
    if (Number.isNaN(key)) return swap(this.byText, id, slot);
    return swap(this.byKey, key, slot);
  }

  /** Removes `id`; gives the slot it had, if any. */
  take(id: string): number | undefined {
    const key = candidateIdKey(id);
    if (Number.isNaN(key)) return remove(this.byText, id);
    return remove(this.byKey, key);
  }
}

function swap<K>(map: Map<K, number>, key: K, slot: number): number | undefined {
  const previous = map.get(key);
  map.set(key, slot);
  return previous;
}

function remove<K>(map: Map<K, number>, key: K): number | undefined {
  const previous = map.get(key);
  map.delete(key);
  return previous;
}
