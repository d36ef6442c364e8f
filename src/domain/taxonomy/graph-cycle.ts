/**
 * The first cycle in a directed graph, as the node path that closes it (a -> b -> a), or
 * null when the graph is acyclic. Iterative, so deep or looping data can never hang or
 * overflow the stack; nodes are visited in the given order, so the answer is deterministic.
 */
export function findCycle<K>(nodes: readonly K[], next: (node: K) => readonly K[]): K[] | null {
  const DONE = 2;
  const ON_PATH = 1;
  const state = new Map<K, number>();
  for (const root of nodes) {
    if (state.has(root)) continue;
    const path: K[] = [root];
    const cursors: number[] = [0];
    state.set(root, ON_PATH);
    while (path.length > 0) {
      const top = path[path.length - 1];
      const edges = next(top);
      const at = cursors[cursors.length - 1];
      if (at >= edges.length) {
        state.set(top, DONE);
        path.pop();
        cursors.pop();
        continue;
      }
      cursors[cursors.length - 1] = at + 1;
      const target = edges[at];
      const seen = state.get(target);
      if (seen === ON_PATH) return [...path.slice(path.indexOf(target)), target];
      if (seen === undefined) {
        state.set(target, ON_PATH);
        path.push(target);
        cursors.push(0);
      }
    }
  }
  return null;
}
