import { type DocumentNode, Kind, type SelectionSetNode, valueFromASTUntyped } from 'graphql';
import { NO_REQUEST_LISTS, type RequestLists } from '../../services/list-maxima';

/** Fields whose answer is a document read by a parser: sized by the import caps, not the input. */
const IMPORTING_FIELDS = new Set([
  'parsePosting',
  'importPosting',
  'importJobPosting',
  'importJsonResume',
  'parseResume',
  'importResume',
]);

/**
 * What lists a request brings in its own arguments (an unsaved posting's groups, a new
 * candidate's skills), so the estimate of its answer (`matchPreview`, `createPosting`) is sized
 * by them where they are longer than anything stored. Arguments are read as the caller sent them,
 * variables substituted; an odd shape only makes the estimate higher.
 */
export function requestLists(document: DocumentNode, variables: Record<string, unknown>): RequestLists {
  const lists = { ...NO_REQUEST_LISTS };
  const visit = (value: unknown, inGroup: boolean): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item, inGroup);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (Array.isArray(item)) {
        if (key === 'requirements') lists.groups = Math.max(lists.groups, item.length);
        else if (key === 'skills' && inGroup) lists.groupSkills = Math.max(lists.groupSkills, item.length);
        else if (key === 'skills') lists.candidateSkills = Math.max(lists.candidateSkills, item.length);
        else if (key === 'education') lists.education = Math.max(lists.education, item.length);
      }
      visit(item, key === 'requirements');
    }
  };
  const walk = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (IMPORTING_FIELDS.has(selection.name.value)) lists.imports = true;
        for (const arg of selection.arguments ?? []) visit(valueFromASTUntyped(arg.value, variables), false);
      }
      if (selection.kind !== Kind.FRAGMENT_SPREAD && selection.selectionSet) walk(selection.selectionSet);
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION)
      walk(definition.selectionSet);
  }
  return lists;
}
