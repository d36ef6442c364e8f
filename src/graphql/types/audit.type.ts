import { Node } from './node.type';
import { IsOptional } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { connectionTypes } from './connection';

@ObjectType({
  description:
    'One scoring request (match, rankCandidates, rankPostings, matchPreview, scoreCandidates, or the batch `score` ' +
    'command). Append-only. It keeps ids and hashes only: no candidate id, name, email or profile, so erasing a ' +
    'candidate leaves nothing here that points at them. Scores are recommendations for a person to weigh; nothing ' +
    'is rejected automatically.',
  implements: Node,
})
export class AuditRecord {
  // id is the global id, resolved for every Node by NodeResolver.
  id: number;

  @Field({ description: 'When the request was scored.' })
  at: Date;

  @Field({ description: '`key` (see keyId), `cli` (an in-process tool) or `anonymous`.' })
  actor: string;

  // keyId and postingId are resolved to global ids by AuditResolver.
  keyId: number | null;

  @Field({ description: 'match, rankCandidates, rankPostings, matchPreview, scoreCandidates or score.' })
  operation: string;

  postingId: number | null;

  @Field(() => String, { nullable: true, description: 'sha256 of the canonical posting when it was unsaved input.' })
  postingHash: string | null;

  @Field(() => Int, { description: 'How many candidates were scored (a ranking scores every stored candidate).' })
  candidateCount: number;

  @Field()
  modelVersion: string;

  @Field()
  taxonomyVersion: string;

  // weights is resolved by AuditResolver (category weights become a list).

  @Field({ description: 'sha256 of the canonical inputs: posting and candidate specs, weights, options, versions.' })
  inputHash: string;

  @Field(() => String, { nullable: true })
  requestId: string | null;
}

export const AuditRecordConnection = connectionTypes(AuditRecord, 'AuditRecord');

@InputType({ description: 'Narrows the audit log; every given condition must hold.' })
export class AuditFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  postingId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  keyId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Records at or after this instant.' })
  @IsOptional()
  since?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Records before this instant.' })
  @IsOptional()
  until?: Date | null;
}
