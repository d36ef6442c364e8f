import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { Authorized, Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../auth/roles';
import type { SkillDef } from '../../domain/taxonomy/skill-def';
import type { Context } from '../context';
import { UserInputError } from '../../services/errors';
import {
  CandidateImport,
  ParsedPosting,
  ParsedRequirement,
  PostingDocumentInput,
  PostingImport,
} from '../types/import.type';
import { ParsedResume, ResumeDocumentInput } from '../types/resume.type';
import { Skill } from '../types/skill.type';

// Each import is its own GraphQL field: the decorated methods look alike and each calls its own use case.
/** Ingestion: posting text, JSON Resume and schema.org JobPosting in; warnings out. */
@Resolver()
export class ImportResolver {
  @Authorized(Access.PUBLIC)
  @Query(() => ParsedPosting, {
    description:
      'Reads a posting into a structured posting; nothing is stored. `text`: plain text, Markdown or HTML (at most 100 KB); ' +
      'or `document`: a file (PDF, HTML, Markdown, text) as base64. `format` says which form was read.',
  })
  async parsePosting(
    @Ctx() { services }: Context,
    @Arg('text', () => String, { nullable: true }) text: string | null,
    @Arg('document', () => PostingDocumentInput, { nullable: true, validate: false })
    document: PostingDocumentInput | null,
  ): Promise<ParsedPosting> {
    if ((text === null || text === undefined) === (document === null || document === undefined)) {
      throw new UserInputError('give exactly one of text and document', 'text');
    }
    const { draft, warnings, format, unknownRequirements } = document
      ? await services.ingestion.parsePostingUpload(document)
      : await services.ingestion.parsePosting(text as string);
    return { ...draft, warnings, format, unknownRequirements };
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => PostingImport, {
    description: 'Reads posting text and stores the posting; returns it with the warnings.',
  })
  async importPosting(@Ctx() { services }: Context, @Arg('text') text: string): Promise<PostingImport> {
    const { entity, warnings } = await services.ingestion.importPosting(text);
    return { posting: entity, warnings };
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => CandidateImport, { description: 'Stores a candidate from a JSON Resume (jsonresume.org) document.' })
  async importJsonResume(
    @Ctx() { services }: Context,
    @Arg('resume', () => GraphQLJSONObject, { validate: false }) resume: object,
  ): Promise<CandidateImport> {
    const { entity, warnings } = await services.ingestion.importJsonResume(resume);
    return { candidate: entity, warnings };
  }

  @Authorized(Access.RECRUITER)
  @Query(() => ParsedResume, {
    description:
      'Reads a résumé document (PDF, DOCX or text, base64, at most 4 MiB) into a preview; nothing is stored and the document is not kept.',
  })
  async parseResume(
    @Ctx() { services }: Context,
    @Arg('document', () => ResumeDocumentInput, { validate: false }) document: ResumeDocumentInput,
  ): Promise<ParsedResume> {
    const { parse, warnings } = await services.ingestion.readResumeDocument(document);
    return { ...parse, warnings };
  }

  @Authorized(Access.RECRUITER)
  @Mutation(() => CandidateImport, {
    description:
      'Reads a résumé document (PDF, DOCX or text, base64) and stores the candidate; the document is not kept.',
  })
  async importResume(
    @Ctx() { services }: Context,
    @Arg('document', () => ResumeDocumentInput, { validate: false }) document: ResumeDocumentInput,
  ): Promise<CandidateImport> {
    const { entity, warnings } = await services.ingestion.importResumeDocument(document);
    return { candidate: entity, warnings };
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => PostingImport, {
    description: "Stores a posting from schema.org JobPosting JSON-LD (ours or a job board's).",
  })
  async importJobPosting(
    @Ctx() { services }: Context,
    @Arg('jsonLd', () => GraphQLJSON, { validate: false }) jsonLd: unknown,
  ): Promise<PostingImport> {
    const { entity, warnings } = await services.ingestion.importJobPosting(jsonLd);
    return { posting: entity, warnings };
  }
}

@Resolver(() => ParsedRequirement)
export class ParsedRequirementResolver {
  @FieldResolver(() => [Skill])
  skills(@Root() r: ParsedRequirement, @Ctx() { services }: Context): SkillDef[] {
    const t = services.taxonomy.current();
    return r.skills.map((name) => t.resolve(name)).filter((s): s is SkillDef => s !== undefined);
  }

  @FieldResolver({
    description:
      'false for a requirement the text asks for but no profile can show (communication, the ability to learn, ' +
      'work authorization, …): save it as a group with `assessable: false`.',
  })
  assessable(@Root() r: ParsedRequirement): boolean {
    return r.assessable !== false;
  }
}
