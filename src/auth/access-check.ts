import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { ANONYMOUS, type Audience, PUBLIC, ROLES, Role, audienceOf } from './roles';

/**
 * `Type.field` → the tokens of its `@Authorized(...)`; a field missing here has no rule.
 * `Interface→Type` (see asTypeRule) is the rule for resolving an interface as one of its types.
 */
export type AccessRules = ReadonlyMap<string, readonly unknown[]>;

/**
 * The key of the rule a field returning `iface` applies once it knows the concrete type: `node(id:)`
 * returns a Posting to anyone but a Candidate only to a recruiter, and the walk follows the same rule.
 */
export function asTypeRule(iface: string, type: string): string {
  return `${iface}→${type}`;
}

/**
 * The types that carry data only some callers may see, and who. Every path from a root field to
 * one of them must pass a rule that keeps everyone else out.
 */
export const PROTECTED_TYPES: Readonly<Record<string, readonly Audience[]>> = {
  Candidate: [Role.RECRUITER, Role.ADMIN],
  CandidateSkill: [Role.RECRUITER, Role.ADMIN],
  Education: [Role.RECRUITER, Role.ADMIN],
  MatchResult: [Role.RECRUITER, Role.ADMIN],
  ApiKey: [Role.ADMIN],
  CreatedApiKey: [Role.ADMIN],
  AuditRecord: [Role.ADMIN],
};

/** The rules type-graphql collected for these resolvers and the object types (call after building). */
export function accessRulesFromMetadata(resolvers: readonly Function[]): AccessRules {
  const storage = getMetadataStorage();
  const rules = new Map<string, readonly unknown[]>();
  const ours = (target: Function) => resolvers.includes(target);
  for (const [root, handlers] of [
    ['Query', storage.queries],
    ['Mutation', storage.mutations],
    ['Subscription', storage.subscriptions],
  ] as const) {
    for (const h of handlers) if (ours(h.target) && h.roles) rules.set(`${root}.${h.schemaName}`, h.roles);
  }
  // Field resolvers' rules are merged into their object type's fields when the schema is built.
  for (const type of [...storage.objectTypes, ...storage.interfaceTypes]) {
    for (const field of type.fields ?? []) if (field.roles) rules.set(`${type.name}.${field.schemaName}`, field.roles);
  }
  return rules;
}

const ROOTS = ['Query', 'Mutation', 'Subscription'] as const;

function rootType(schema: GraphQLSchema, root: (typeof ROOTS)[number]) {
  return root === 'Query'
    ? schema.getQueryType()
    : root === 'Mutation'
      ? schema.getMutationType()
      : schema.getSubscriptionType();
}

/** Who can reach each type, with one path per caller (for messages): the schema walk behind checkAccess. */
export function whoReaches(schema: GraphQLSchema, rules: AccessRules): Map<string, Map<Audience, string>> {
  const reach = new Map<string, Map<Audience, string>>();
  const work: [GraphQLNamedType, Audience, string][] = [];
  const visit = (type: GraphQLNamedType, who: Audience, path: string) => {
    let seen = reach.get(type.name);
    if (!seen) reach.set(type.name, (seen = new Map()));
    if (seen.has(who)) return;
    seen.set(who, path);
    work.push([type, who, path]);
  };
  for (const root of ROOTS) {
    const type = rootType(schema, root);
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const rule = rules.get(`${type.name}.${field.name}`);
      if (!rule) continue;
      for (const who of audienceOf(rule)) visit(getNamedType(field.type), who, `${type.name}.${field.name}`);
    }
  }
  while (work.length > 0) {
    const [type, who, path] = work.pop()!;
    if (isUnionType(type)) for (const t of type.getTypes()) visit(t, who, path);
    if (isInterfaceType(type)) {
      for (const t of schema.getPossibleTypes(type)) {
        const rule = rules.get(asTypeRule(type.name, t.name));
        if (rule && !audienceOf(rule).has(who)) continue;
        visit(t, who, path);
      }
    }
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      const rule = rules.get(`${type.name}.${field.name}`);
      if (rule && !audienceOf(rule).has(who)) continue;
      visit(getNamedType(field.type), who, `${path} → ${type.name}.${field.name}`);
    }
  }
  return reach;
}

/** Fields (`Type.field`, roots included) whose type is, or leads through fields to, one of `targets`. */
export function fieldsReaching(schema: GraphQLSchema, targets: readonly string[]): string[] {
  const leads = new Set(targets);
  for (let grew = true; grew;) {
    grew = false;
    for (const type of Object.values(schema.getTypeMap())) {
      if (leads.has(type.name) || type.name.startsWith('__')) continue;
      const next = isUnionType(type)
        ? type.getTypes()
        : isObjectType(type) || isInterfaceType(type)
          ? [
              ...Object.values(type.getFields()).map((f) => getNamedType(f.type)),
              // An interface leads wherever one of its types does (`node` to Candidate).
              ...(isInterfaceType(type) ? schema.getPossibleTypes(type) : []),
            ]
          : [];
      if (next.some((t) => leads.has(t.name))) {
        leads.add(type.name);
        grew = true;
      }
    }
  }
  const out: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields()))
      if (leads.has(getNamedType(field.type).name)) out.push(`${type.name}.${field.name}`);
  }
  return out.sort();
}

export class AccessRuleError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The schema's access rules are incomplete:\n  - ${problems.join('\n  - ')}`);
    this.name = 'AccessRuleError';
  }
}

/**
 * Deny by default, checked when the schema is built: every root field declares a rule, every rule
 * uses known tokens, and no caller can reach a protected type along a path its rules do not admit.
 * A new field that breaks this stops the service from starting (and the tests from passing).
 */
export function checkAccess(
  schema: GraphQLSchema,
  rules: AccessRules,
  protectedTypes: Readonly<Record<string, readonly Audience[]>> = PROTECTED_TYPES,
): void {
  const problems: string[] = [];
  for (const [field, rule] of rules) {
    const unknown = rule.filter((t) => t !== PUBLIC && !ROLES.includes(t as Role));
    if (unknown.length > 0)
      problems.push(
        `${field} uses unknown access token(s) ${unknown.join(', ')}: use Access.PUBLIC, Access.RECRUITER or Access.ADMIN`,
      );
  }
  for (const root of ROOTS) {
    const type = rootType(schema, root);
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (!rules.has(`${type!.name}.${field.name}`)) {
        problems.push(
          `${type!.name}.${field.name} has no access rule: add @Authorized(Access.PUBLIC | Access.RECRUITER | Access.ADMIN) (src/auth/roles.ts)`,
        );
      }
    }
  }
  const reach = whoReaches(schema, rules);
  for (const [name, allowed] of Object.entries(protectedTypes)) {
    if (!schema.getType(name)) {
      problems.push(`protected type ${name} is not in the schema: update PROTECTED_TYPES in src/auth/access-check.ts`);
      continue;
    }
    for (const [who, path] of reach.get(name) ?? []) {
      if (!allowed.includes(who)) {
        problems.push(
          `${name} (only ${allowed.join(', ')}) is reachable by ${who === ANONYMOUS ? 'anonymous callers' : who} via ${path}`,
        );
      }
    }
  }
  if (problems.length > 0) throw new AccessRuleError(problems);
}
