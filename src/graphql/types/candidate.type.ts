import { Node } from './node.type';
import { Field, Int, ObjectType } from 'type-graphql';
import type { EducationLevel, EducationStatus, SkillLevel } from '../../domain/vocabulary';
import { EducationLevelEnum, EducationStatusEnum, SkillLevelEnum } from '../enums';
import { connectionTypes } from './connection';

@ObjectType({ description: 'A candidate profile.', implements: Node })
export class Candidate {
  // id is the global id, resolved for every Node by NodeResolver.
  id: number;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'As written, e.g. "+1 (555) 010-2030". Personal data, never a score input.',
  })
  phone: string | null;

  @Field(() => String, { nullable: true })
  headline: string | null;

  @Field(() => String, { nullable: true, description: 'Free text, e.g. "Austin, TX".' })
  location: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  // skills and education are resolved by CandidateResolver.
}

@ObjectType({ description: "A skill on a candidate's profile." })
export class CandidateSkill {
  @Field(() => Int, { nullable: true, description: 'Months of experience; null when unknown (not zero).' })
  months: number | null;

  @Field(() => SkillLevelEnum, { nullable: true })
  level: SkillLevel | null;

  skillId: number;
  // skill is resolved by CandidateSkillResolver.
}

@ObjectType()
export class Education {
  @Field(() => EducationLevelEnum)
  level: EducationLevel;

  @Field(() => String, { nullable: true })
  field: string | null;

  @Field(() => EducationStatusEnum)
  status: EducationStatus;
}

export const CandidateConnection = connectionTypes(Candidate, 'Candidate');
