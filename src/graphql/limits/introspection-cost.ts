import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
} from 'graphql';

/**
 * The exact cost of an introspection field (`__schema`, `__type`): every field it would answer
 * counts 1, lists row by row, walked over the schema itself (no answer is built). Introspection
 * answers are fixed by the schema, so the count is exact where a maximum per list (types x most
 * fields x most arguments) would refuse the standard introspection query of every GraphQL tool.
 * Each (selection, schema object) pair is counted once, and the walk stops past `cap`.
 */
export function introspectionCost(
  schema: GraphQLSchema,
  node: FieldNode,
  variables: Record<string, unknown>,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  cap: number,
): number {
  const info = { schema } as GraphQLResolveInfo;
  const memo = new WeakMap<SelectionSetNode, Map<unknown, number>>();
  let spent = 0;

  const fieldsOf = (set: SelectionSetNode, type: GraphQLObjectType, out: FieldNode[] = []): FieldNode[] => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) out.push(s);
      else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (!s.typeCondition || s.typeCondition.name.value === type.name) fieldsOf(s.selectionSet, type, out);
      } else {
        const fragment = fragments.get(s.name.value);
        if (fragment && fragment.typeCondition.name.value === type.name) fieldsOf(fragment.selectionSet, type, out);
      }
    }
    return out;
  };

  const costOfValue = (
    field: GraphQLField<unknown, unknown>,
    set: SelectionSetNode | undefined,
    value: unknown,
  ): number => {
    const named = getNamedType(field.type);
    if (!set || !isObjectType(named) || value === null || value === undefined) return 0;
    if (isListType(getNullableType(field.type))) {
      let sum = 0;
      for (const item of value as Iterable<unknown>) sum += item === null ? 0 : selectionCost(set, named, item);
      return sum;
    }
    return selectionCost(set, named, value);
  };

  const selectionCost = (set: SelectionSetNode, type: GraphQLObjectType, value: unknown): number => {
    let byValue = memo.get(set);
    if (!byValue) memo.set(set, (byValue = new Map()));
    const known = byValue.get(value);
    if (known !== undefined) return known;
    let cost = 0;
    for (const child of fieldsOf(set, type)) {
      cost += 1;
      if (child.name.value === '__typename') continue;
      const def = type.getFields()[child.name.value];
      if (!def) continue;
      const args = getArgumentValues(def, child, variables);
      const resolved = def.resolve
        ? def.resolve(value, args, undefined, info)
        : (value as Record<string, unknown>)[child.name.value];
      cost += costOfValue(def, child.selectionSet, resolved);
      if (cost > cap) throw new IntrospectionTooLarge();
    }
    byValue.set(value, cost);
    spent += cost;
    if (spent > cap * 4) throw new IntrospectionTooLarge();
    return cost;
  };

  try {
    if (node.name.value === SchemaMetaFieldDef.name)
      return 1 + costOfValue(SchemaMetaFieldDef, node.selectionSet, schema);
    const { name } = getArgumentValues(TypeMetaFieldDef, node, variables) as { name: string };
    return 1 + costOfValue(TypeMetaFieldDef, node.selectionSet, schema.getType(name) ?? null);
  } catch (err) {
    if (err instanceof IntrospectionTooLarge) return Infinity;
    throw err;
  }
}

class IntrospectionTooLarge extends Error {}
