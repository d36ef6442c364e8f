/** Regenerates schema.graphql from the code: `npm run schema`. */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printAppSchema } from '../src/graphql/schema';

const file = join(__dirname, '..', 'schema.graphql');
writeFileSync(file, printAppSchema());
console.log(`Wrote ${file}`);
