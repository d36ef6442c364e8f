import { type ValidationArguments, type ValidationOptions, registerDecorator } from 'class-validator';
import { type TextKind, phoneProblem, textProblem } from '../../domain/field-rules';

/**
 * The text rules of src/domain/field-rules.ts on an input field (each element with `each: true`):
 * blank lines and control characters refused with BAD_USER_INPUT naming the field. null and
 * undefined are left to @IsOptional and the field's nullability.
 */
export function SafeText(kind: TextKind = 'line', options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: kind === 'line' ? 'isSafeLine' : 'isSafeText',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: (args: ValidationArguments) =>
          `${args.property} ${typeof args.value === 'string' ? textProblem(args.value, kind) : 'must be text'}`,
        ...options,
      },
      validator: {
        validate: (value: unknown): boolean =>
          value === null || value === undefined || (typeof value === 'string' && textProblem(value, kind) === null),
      },
    });
}

/**
 * A phone number as src/domain/field-rules.ts's phoneProblem takes it: refused with
 * BAD_USER_INPUT naming the field. null and undefined are left to @IsOptional.
 */
export function PhoneNumber(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPhoneNumber',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: (args: ValidationArguments) =>
          `${args.property} ${typeof args.value === 'string' ? phoneProblem(args.value) : 'must be text'}`,
        ...options,
      },
      validator: {
        validate: (value: unknown): boolean =>
          value === null || value === undefined || (typeof value === 'string' && phoneProblem(value) === null),
      },
    });
}
