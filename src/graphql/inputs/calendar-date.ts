import { type ValidationOptions, registerDecorator } from 'class-validator';
import { calendarDateProblem } from '../../domain/field-rules';

/** A real calendar date written YYYY-MM-DD (2025-02-30 is refused), by the domain's rule. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be a date written YYYY-MM-DD', ...options },
      validator: {
        validate: (value: unknown): boolean => typeof value === 'string' && calendarDateProblem(value) === null,
      },
    });
}
