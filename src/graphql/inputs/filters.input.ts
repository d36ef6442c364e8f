import { IsIn, IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { EMPLOYMENT_TYPES, type EmploymentType } from '../../domain/vocabulary';
import { EmploymentTypeEnum } from '../enums';

@InputType()
export class PostingFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive text in title, company or description.' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  company?: string | null;

  @Field(() => EmploymentTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(EMPLOYMENT_TYPES)
  employmentType?: EmploymentType | null;

  @Field(() => String, { nullable: true, description: 'Postings with a group that accepts this skill (any spelling).' })
  @IsOptional()
  @MaxLength(120)
  skill?: string | null;
}

@InputType()
export class CandidateFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive text in name or headline.' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Candidates who list this skill (any spelling).' })
  @IsOptional()
  @MaxLength(120)
  skill?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  location?: string | null;
}
