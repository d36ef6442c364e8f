import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { Education } from './candidate.type';
import { ImportWarning } from './import.type';

@InputType({ description: 'A résumé document: PDF, DOCX or plain text, at most 4 MiB once decoded.' })
export class ResumeDocumentInput {
  @Field({ description: 'The file, base64-encoded.' })
  content: string;

  @Field({
    description:
      'application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document or text/plain.',
  })
  mediaType: string;
}

@ObjectType({ description: 'Where in the document an item was read: its section and its line in the extracted text.' })
export class ResumeProvenance {
  @Field({
    description:
      'header, summary, experience, education, skills, languages, softSkills, projects, certifications or other.',
  })
  section: string;

  @Field(() => Int)
  line: number;
}

@ObjectType({ description: 'A skill read from a résumé.' })
export class ParsedResumeSkill {
  @Field({ description: 'The taxonomy name of the skill.' })
  name: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Months from the dated jobs that name it (overlaps counted once); null when only listed.',
  })
  months: number | null;

  @Field(() => [ResumeProvenance])
  foundAt: readonly ResumeProvenance[];
}

@ObjectType()
export class ParsedResumeEducation extends Education {
  @Field(() => ResumeProvenance)
  foundAt: ResumeProvenance;
}

@ObjectType({ description: 'A job of the work history.' })
export class ParsedResumeWork {
  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  employer: string | null;

  @Field({ description: 'First month, YYYY-MM.' })
  start: string;

  @Field(() => String, { nullable: true, description: 'Last month, YYYY-MM; null while it runs ("Present").' })
  end: string | null;

  @Field(() => ResumeProvenance)
  foundAt: ResumeProvenance;
}

@ObjectType({
  description:
    'A résumé document read: a preview, nothing is stored. Name, e-mail, phone and location are personal fields, never score inputs.',
})
export class ParsedResume {
  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  location: string | null;

  @Field(() => String, { nullable: true })
  headline: string | null;

  @Field(() => [ParsedResumeWork])
  work: readonly ParsedResumeWork[];

  @Field(() => [ParsedResumeEducation])
  education: readonly ParsedResumeEducation[];

  @Field(() => [ParsedResumeSkill])
  skills: readonly ParsedResumeSkill[];

  @Field(() => [String])
  spokenLanguages: readonly string[];

  @Field(() => [String])
  softSkills: readonly string[];

  @Field(() => [ImportWarning])
  warnings: readonly ImportWarning[];
}
