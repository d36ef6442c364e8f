import { Field, ID, InterfaceType } from 'type-graphql';
import type { NodeType } from '../ids';

/** Which type each object handed out by `node`/`nodes` is: they know, the object does not say. */
const nodeTypes = new WeakMap<object, NodeType>();

/** Marks an object `node` resolved as `type`, for the interface's resolveType. */
export function asNode<T extends object>(value: T, type: NodeType): T {
  nodeTypes.set(value, type);
  return value;
}

@InterfaceType({
  description:
    'An object with a global id (Relay Global Object Identification): fetch it again with `node(id:)`. Ids are ' +
    'opaque and stable; every argument that takes an id accepts them.',
  resolveType: (value: object) => nodeTypes.get(value),
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque and stable; pass it to node(id:) or to any argument that takes this id.' })
  id: number;
}
