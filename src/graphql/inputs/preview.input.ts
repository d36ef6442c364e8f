import { IsOptional, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CreateCandidateInput } from './candidate.input';
import { CreatePostingInput } from './posting.input';

@InputType({ description: 'A stored posting by id, or an unsaved one: exactly one of the two.' })
export class PostingRefInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => CreatePostingInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  posting?: CreatePostingInput | null;
}

@InputType({ description: 'A stored candidate by id, or an unsaved one: exactly one of the two.' })
export class CandidateRefInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => CreateCandidateInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  candidate?: CreateCandidateInput | null;
}
