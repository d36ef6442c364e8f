import { Node } from './node.type';
import { Field, Float, ObjectType } from 'type-graphql';
import { CategoryWeight } from './match.type';
import type { EducationLevel, EmploymentType } from '../../domain/vocabulary';
import { EducationLevelEnum, EmploymentTypeEnum } from '../enums';
import { connectionTypes } from './connection';

@ObjectType({ description: 'The education a posting asks for.' })
export class EducationRequirement {
  @Field(() => EducationLevelEnum)
  level: EducationLevel;

  @Field({ description: 'false when the posting only prefers it.' })
  required: boolean;
}

@ObjectType({ description: "A posting's own scoring weights; unset values fall back to the defaults." })
export class ScoringProfile {
  @Field(() => Float, { nullable: true })
  requiredWeight?: number;

  @Field(() => Float, { nullable: true })
  preferredWeight?: number;

  @Field(() => Float, { nullable: true })
  educationWeight?: number;

  @Field(() => [CategoryWeight], { nullable: true })
  categoryWeights?: CategoryWeight[];

  @Field(() => Boolean, { nullable: true, description: 'A RELATED skill (a substitute) counts as the skill itself.' })
  substitutesSatisfy?: boolean;
}

/** The fields a stored posting and a parsed (unsaved) one share: one definition, two object types. */
@ObjectType() // only extended: never reachable from a field, so it is not a type of the schema
export abstract class PostingFields {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  company: string | null;

  @Field(() => EmploymentTypeEnum)
  employmentType: EmploymentType;

  @Field(() => [String])
  locations: readonly string[];

  @Field()
  description: string;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' })
  datePosted: string | null;
}

@ObjectType({
  description: 'A job posting; `requirements` holds its REQUIRED and PREFERRED skill groups.',
  implements: Node,
})
export class Posting extends PostingFields {
  // id is the global id, resolved for every Node by NodeResolver.
  id: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  // education and requirements are resolved by PostingResolver.
}

export const PostingConnection = connectionTypes(Posting, 'Posting');
