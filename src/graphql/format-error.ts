import { ApolloServerErrorCode } from '@apollo/server/errors';
import { type GraphQLFormattedError, GraphQLError } from 'graphql';
import type { ValidationError } from 'class-validator';
import { NotFoundError, ServiceBusyError, UserInputError, WorkTooLongError } from '../services/errors';
import { NODE_TYPES, type NodeType, toGlobalId } from './ids';

interface Flat {
  field: string;
  constraints: string[];
}

/** class-validator nests errors per property; flatten them to `input.skills[2].name` paths. */
function flatten(errors: readonly ValidationError[], prefix: string): Flat[] {
  return errors.flatMap((e) => {
    const key = /^\d+$/.test(e.property) ? `${prefix}[${e.property}]` : prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field: key, constraints: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], key)];
  });
}

/**
 * type-graphql validates one argument at a time; its class tells which (`PostingFilter` is
 * `filter`, an @ArgsType class like `RankingArgs` holds top-level arguments).
 */
function argumentName(errors: readonly ValidationError[]): string {
  const cls = (errors[0]?.target as object | undefined)?.constructor?.name ?? '';
  return cls.endsWith('Filter') ? 'filter' : cls.endsWith('Args') ? '' : 'input';
}

/**
 * The one place errors take their public shape: validation failures name every bad field,
 * service errors get their GraphQL code, and anything unexpected is logged and hidden.
 */
export function createFormatError(options: { hideInternals: boolean; log: (err: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (original instanceof UserInputError) {
      return {
        ...formatted,
        message: original.message,
        extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT, field: original.field, ...original.details },
      };
    }
    if (original instanceof WorkTooLongError) {
      return {
        ...formatted,
        message: original.message,
        extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT, field: original.field, reason: 'WORK_TOO_LONG' },
      };
    }
    if (original instanceof ServiceBusyError) {
      return {
        ...formatted,
        message: original.message,
        extensions: { code: 'SERVICE_BUSY', retryAfter: original.retryAfterSeconds },
      };
    }
    if (original instanceof NotFoundError) {
      // The row id, and the global id a client holds for it (what it sent, if it sent one).
      const globalId = (NODE_TYPES as readonly string[]).includes(original.entity)
        ? toGlobalId(original.entity as NodeType, original.id)
        : undefined;
      return {
        ...formatted,
        message: original.message,
        extensions: { code: 'NOT_FOUND', entity: original.entity, id: original.id, globalId },
      };
    }
    const validation = (original as { extensions?: { validationErrors?: ValidationError[] } } | null)?.extensions
      ?.validationErrors;
    if (Array.isArray(validation) && validation.length > 0) {
      const fields = flatten(validation, argumentName(validation));
      return {
        message: `Invalid input: ${fields.map((f) => `${f.field}: ${f.constraints.join(', ')}`).join('; ')}`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT, field: fields[0]?.field, fields },
      };
    }
    const code = formatted.extensions?.code;
    if (code === ApolloServerErrorCode.INTERNAL_SERVER_ERROR || code === undefined) {
      options.log(original);
      if (options.hideInternals) {
        return {
          message: 'Internal server error',
          locations: formatted.locations,
          path: formatted.path,
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        };
      }
    }
    return formatted;
  };
}
