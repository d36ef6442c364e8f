import { readFileSync } from 'fs';
import { join } from 'path';
import type { SkillDefInput } from '../../../src/domain/taxonomy/skill-def';
import { Taxonomy } from '../../../src/domain/taxonomy/taxonomy';
import { parseTaxonomyFile, taxonomyFromFile } from '../../../src/domain/taxonomy/taxonomy-file';
import type { SkillCategory } from '../../../src/domain/vocabulary';

const ROOT = join(__dirname, '..', '..', '..');

let shipped: Taxonomy | undefined;

/** The taxonomy the service ships (data/taxonomy.json), loaded once per test file. */
export function shippedTaxonomy(): Taxonomy {
  shipped ??= taxonomyFromFile(
    parseTaxonomyFile(JSON.parse(readFileSync(join(ROOT, 'data', 'taxonomy.json'), 'utf8'))),
  );
  return shipped;
}

/** A resume fixture from test/fixtures/resumes, parsed. */
export function resumeFixture(name: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'resumes', name), 'utf8'));
}

function def(id: number, name: string, category: SkillCategory, aliases: string[] = []): SkillDefInput {
  return {
    id,
    slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-') + `-${id}`,
    name,
    category,
    aliases,
    broader: [],
    related: [],
  };
}

/** A small hand-made taxonomy, for tests where every skill in play should be visible. */
export function smallTaxonomy(): Taxonomy {
  return Taxonomy.fromDefs('test-1', [
    def(1, 'Java', 'LANGUAGE'),
    def(2, 'JavaScript', 'LANGUAGE', ['JS']),
    def(3, 'Kubernetes', 'CONTAINER', ['k8s']),
    def(4, 'PostgreSQL', 'DATABASE', ['Postgres']),
    def(5, 'Go', 'LANGUAGE', ['Golang']),
    def(6, 'C', 'LANGUAGE'),
    def(7, 'C++', 'LANGUAGE'),
    def(8, 'Docker', 'CONTAINER'),
    def(9, 'Python', 'LANGUAGE'),
  ]);
}
