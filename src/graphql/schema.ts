import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { type AccessRules, accessRulesFromMetadata, asTypeRule, checkAccess } from '../auth/access-check';
import { authChecker } from '../auth/auth-checker';
import { AuditResolver } from './resolvers/audit.resolver';
import { CandidateResolver, CandidateSkillResolver } from './resolvers/candidate.resolver';
import {
  AppliedWeightsResolver,
  GapSuggestionResolver,
  MatchResultResolver,
  RequirementMatchResolver,
  SkillMatchResolver,
  SkillResolutionResolver,
} from './resolvers/match-result.resolver';
import { ImportResolver, ParsedRequirementResolver } from './resolvers/import.resolver';
import { KeyResolver } from './resolvers/key.resolver';
import { MatchResolver } from './resolvers/match.resolver';
import { NODE_ACCESS, NodeResolver } from './resolvers/node.resolver';
import { PostingResolver } from './resolvers/posting.resolver';
import { RequirementGroupResolver } from './resolvers/requirement-group.resolver';
import { SkillResolver } from './resolvers/skill.resolver';

export const RESOLVERS = [
  SkillResolver,
  PostingResolver,
  RequirementGroupResolver,
  CandidateResolver,
  CandidateSkillResolver,
  MatchResolver,
  MatchResultResolver,
  AppliedWeightsResolver,
  RequirementMatchResolver,
  SkillMatchResolver,
  GapSuggestionResolver,
  SkillResolutionResolver,
  ImportResolver,
  ParsedRequirementResolver,
  KeyResolver,
  AuditResolver,
  NodeResolver,
] as const;

/** The `@Authorized` rules, and the per-type rules `node`/`nodes` apply once they know the type. */
export function appAccessRules(): AccessRules {
  const rules = new Map(accessRulesFromMetadata(RESOLVERS));
  for (const [type, rule] of Object.entries(NODE_ACCESS)) rules.set(asTypeRule('Node', type), rule);
  return rules;
}

let cached: GraphQLSchema | undefined;

/**
 * The executable schema; class-validator runs on every input (`validate: true`). `@Authorized`
 * fields go through the auth checker; building fails when a root field has no rule or a caller
 * could reach data its role may not see (src/auth/access-check.ts).
 */
export function buildAppSchema(): GraphQLSchema {
  if (!cached) {
    const schema = buildSchemaSync({
      resolvers: RESOLVERS,
      validate: { forbidUnknownValues: false },
      emitSchemaFile: false,
      authChecker,
      authMode: 'error',
    });
    checkAccess(schema, appAccessRules());
    cached = schema;
  }
  return cached;
}

/** The SDL committed as schema.graphql: sorted, so a diff shows only real changes. */
export function printAppSchema(): string {
  return printSchema(lexicographicSortSchema(buildAppSchema())) + '\n';
}
