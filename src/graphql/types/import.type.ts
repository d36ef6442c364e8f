import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { POSTING_FORMATS, type PostingFormat } from '../../ingestion/posting-format';
import type { EducationLevel, Importance, SkillCategory } from '../../domain/vocabulary';
import { ImportanceEnum, SkillCategoryEnum } from '../enums';
import { Candidate } from './candidate.type';
import { EducationRequirement, Posting, PostingFields } from './posting.type';

@ObjectType({ description: 'Something an importer was unsure of: never dropped silently.' })
export class ImportWarning {
  @Field()
  code: string;

  @Field()
  message: string;

  @Field({ description: 'The offending text, or the JSON path for structured input.' })
  at: string;
}

@ObjectType({ description: 'A requirement group read from text (not stored).' })
export class ParsedRequirement {
  @Field(() => ImportanceEnum)
  importance: Importance;

  @Field(() => SkillCategoryEnum)
  category: SkillCategory;

  @Field()
  label: string;

  @Field(() => Int)
  minMatches: number;

  @Field(() => Int, { nullable: true })
  minMonths: number | null;

  @Field(() => Float)
  weight: number;

  skills: readonly string[];
  // skills is resolved by ParsedRequirementResolver to taxonomy Skills.
  assessable?: boolean;
  // assessable is resolved by ParsedRequirementResolver (absent means true).
}

@ObjectType({
  description:
    'A term a requirement line names that the taxonomy does not know (not stored, never scored): shown so a person sees what the text asked for.',
})
export class UnknownRequirement {
  @Field({ description: 'The term as the text writes it.' })
  text: string;

  @Field(() => ImportanceEnum, { description: 'The importance of the line it was read from.' })
  importance: Importance;

  @Field({ description: 'The requirement line it was read from.' })
  label: string;

  @Field(() => [String], { description: 'Known skills spelled like it ("did you mean"), closest first.' })
  suggestions: readonly string[];
}

/** The forms a posting is read from, as a GraphQL enum. */
export const PostingFormatEnum = Object.fromEntries(POSTING_FORMATS.map((f) => [f, f])) as { [K in PostingFormat]: K };
registerEnumType(PostingFormatEnum, {
  name: 'PostingFormat',
  description:
    'The form a posting was read from: TEXT (plain, with or without line breaks), MARKDOWN, HTML (a schema.org JobPosting when the page has one, else the visible text) or PDF (its text layer).',
});

@InputType({
  description:
    'A posting file: PDF, HTML, Markdown or text, at most 700 KiB once decoded; the form is told from the content.',
})
export class PostingDocumentInput {
  @Field({ description: 'The file, base64-encoded.' })
  content: string;
}

@ObjectType({ description: 'A posting read from text: a dry run, nothing is stored.' })
export class ParsedPosting extends PostingFields {
  @Field(() => PostingFormatEnum, { description: 'The form the posting was read from.' })
  format: PostingFormat;

  @Field(() => EducationRequirement, { nullable: true })
  education: { level: EducationLevel; required: boolean } | null;

  @Field(() => [ParsedRequirement])
  requirements: readonly ParsedRequirement[];

  @Field(() => [UnknownRequirement], {
    description:
      'Terms the requirement lines name that the taxonomy does not know, each with its line and importance: not saved with the posting and never scored.',
  })
  unknownRequirements: readonly UnknownRequirement[];

  @Field(() => [ImportWarning])
  warnings: readonly ImportWarning[];
}

@ObjectType()
export class PostingImport {
  @Field(() => Posting)
  posting: unknown;

  @Field(() => [ImportWarning])
  warnings: readonly ImportWarning[];
}

@ObjectType()
export class CandidateImport {
  @Field(() => Candidate)
  candidate: unknown;

  @Field(() => [ImportWarning])
  warnings: readonly ImportWarning[];
}
