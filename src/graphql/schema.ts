import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { CandidateResolver, CandidateSkillResolver } from './resolvers/candidate.resolver';
import {
  GapSuggestionResolver,
  MatchResultResolver,
  RequirementMatchResolver,
  SkillMatchResolver,
  SkillResolutionResolver,
} from './resolvers/match-result.resolver';
import { ImportResolver, ParsedRequirementResolver } from './resolvers/import.resolver';
import { MatchResolver } from './resolvers/match.resolver';
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
  RequirementMatchResolver,
  SkillMatchResolver,
  GapSuggestionResolver,
  SkillResolutionResolver,
  ImportResolver,
  ParsedRequirementResolver,
] as const;

let cached: GraphQLSchema | undefined;

/** The executable schema; class-validator runs on every input (`validate: true`). */
export function buildAppSchema(): GraphQLSchema {
  cached ??= buildSchemaSync({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
  return cached;
}

/** The SDL committed as schema.graphql: sorted, so a diff shows only real changes. */
export function printAppSchema(): string {
  return printSchema(lexicographicSortSchema(buildAppSchema())) + '\n';
}
