import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printAppSchema } from '../../src/graphql/schema';

describe('schema.graphql', () => {
  it('is what the code emits (regenerate with `npm run schema`)', () => {
    const committed = readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8');
    const emitted = printAppSchema();
    if (committed !== emitted) {
      throw new Error(
        'schema.graphql differs from the schema the code builds. Run `npm run schema` and commit the result.',
      );
    }
  });
});
