import { Field, ID, ObjectType } from 'type-graphql';
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

@ObjectType({ description: 'A job posting; `requirements` holds its REQUIRED and PREFERRED skill groups.' })
export class Posting {
  @Field(() => ID)
  id: number;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  company: string | null;

  @Field(() => EmploymentTypeEnum)
  employmentType: EmploymentType;

  @Field(() => [String])
  locations: string[];

  @Field()
  description: string;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' })
  datePosted: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  // education and requirements are resolved by PostingResolver.
}

export const PostingConnection = connectionTypes(Posting, 'Posting');
