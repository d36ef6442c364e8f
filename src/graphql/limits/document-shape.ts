import {
  BREAK,
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationRule,
  visit,
} from 'graphql';

export interface DocumentShapeLimits {
  /** Operations and fragments in one document. */
  readonly maxDefinitions: number;
  /** Fields one selection set gathers, through its fragments, before they are merged. */
  readonly maxSelections: number;
}

/**
 * Why a document is refused before graphql-js validates it, or null. Validation compares the
 * fields a selection set gathers (each fragment once) pair by pair (OverlappingFieldsCanBeMerged),
 * so 4,000 repeats of one field cost a fifth of a second, and it checks every operation of a document however many there
 * are: these limits are checked in one linear pass first. Subscriptions are refused here too:
 * the API has none, and graphql-js would only notice at execution (as a server error).
 */
export function documentShapeError(
  document: DocumentNode,
  limits: DocumentShapeLimits,
  options: { readonly introspection?: boolean } = {},
): GraphQLError | null {
  const definitions = document.definitions.length;
  if (definitions > limits.maxDefinitions) {
    return refusal(
      `The document has ${definitions} definitions (operations and fragments); the limit is ${limits.maxDefinitions}.`,
      {
        limit: 'DEFINITIONS',
        maximum: limits.maxDefinitions,
        actual: definitions,
      },
    );
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  // Like graphql-js, a fragment spread twice into one selection set is gathered once.
  const count = (set: SelectionSetNode, seen = new Set<string>()): number => {
    let n = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) n += 1;
      else if (s.kind === Kind.INLINE_FRAGMENT) n += count(s.selectionSet, seen);
      else {
        const fragment = fragments.get(s.name.value);
        if (!fragment || seen.has(s.name.value)) continue;
        seen.add(s.name.value);
        n += count(fragment.selectionSet, seen);
      }
      if (n > limits.maxSelections) break;
    }
    return n;
  };

  let error: GraphQLError | null = null;
  visit(document, {
    // With introspection off, graphql-js would report every __schema and __type (30 copies: 30
    // errors, each wrapped by Apollo with a formatted stack): one refusal here instead.
    Field(node) {
      if (options.introspection !== false || (node.name.value !== '__schema' && node.name.value !== '__type'))
        return undefined;
      error = refusal(
        'GraphQL introspection is not allowed on this server: the query asks for __schema or __type (SKILLMATCH_INTROSPECTION=true turns it on).',
        { validationErrorCode: 'INTROSPECTION_DISABLED' },
      );
      return BREAK;
    },
    OperationDefinition(node) {
      if (node.operation === 'subscription') {
        error = refusal('Subscriptions are not supported: send a query or a mutation.', { limit: 'OPERATION' });
        return BREAK;
      }
      return undefined;
    },
    SelectionSet(node) {
      const n = count(node);
      if (n <= limits.maxSelections) return undefined;
      error = refusal(
        `A selection set gathers more than ${limits.maxSelections} fields (fragments included); the limit is ${limits.maxSelections}.`,
        {
          limit: 'SELECTIONS',
          maximum: limits.maxSelections,
        },
      );
      return BREAK;
    },
  });
  return error;
}

/** Shaped like the depth and alias limits' errors: a document that does not validate. */
function refusal(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...extensions } });
}

/**
 * The same check as a validation rule, for in-process callers (`executeOperation`); the HTTP
 * server runs it before Apollo so that an oversized document never reaches validation.
 */
export function documentShapeRule(limits: DocumentShapeLimits): ValidationRule {
  return (context) => ({
    Document(node) {
      const error = documentShapeError(node, limits);
      if (error) context.reportError(error);
      return false;
    },
  });
}
