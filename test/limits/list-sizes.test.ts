import { getIntrospectionQuery, getNamedType, getNullableType, isListType, isObjectType } from 'graphql';
import { QUERY_LIMITS } from '../../src/graphql/limits/limits';
import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';

/** Every list field without paging arguments is sized by what is stored; introspection counts too. */
describe.each(testDatabases().map((db) => [db.kind, db] as const))(
  'list sizes and introspection under the limits (%s)',
  (_kind, db) => {
    let t: TestApp;

    beforeAll(async () => {
      t = await startTestApp(db, { nodeEnv: 'development' });
    });
    afterAll(async () => t.close());

    it('knows a size for every list of objects that takes no paging argument', () => {
      const unknown: string[] = [];
      for (const type of Object.values(t.app.schema.getTypeMap())) {
        if (type.name.startsWith('__') || !isObjectType(type)) continue;
        for (const field of Object.values(type.getFields())) {
          const list = isListType(getNullableType(field.type)) && isObjectType(getNamedType(field.type));
          const paged = field.args.some(
            (a) => a.name === 'first' || a.name === 'limit' || isListType(getNullableType(a.type)),
          );
          if (
            list &&
            !paged &&
            !type.name.endsWith('Connection') &&
            t.app.services.listMaxima.rowsOf(type.name, field.name) === undefined
          ) {
            unknown.push(`${type.name}.${field.name}`);
          }
        }
      }
      expect(unknown).toEqual([]);
    });

    it('refuses a small query whose list fields without arguments fan out (skills x narrower x narrower)', async () => {
      const query =
        '{ skills(first: 100) { edges { node { name narrower { name narrower { name related { skill { name } } } } } } } }';
      expect(query.length).toBeLessThan(1200);
      const res = await t.gql(query, {}, { as: 'anonymous' });
      expect(res.data ?? undefined).toBeUndefined();
      expect(res.errors![0].extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        limit: 'COST',
        maximum: QUERY_LIMITS.maxCost,
      });
      expect(res.errors![0].extensions!.actual).toBeGreaterThan(QUERY_LIMITS.maxCost);
    });

    it('sizes a candidate skill list by the longest stored one, counted while the index was built', async () => {
      const [{ n }] = await t.app.dataSource.query(
        'SELECT MAX(c) AS n FROM (SELECT COUNT(*) AS c FROM "candidate_skill" GROUP BY "candidateId") t',
      );
      expect(Number(n)).toBeGreaterThan(1);
      expect(t.app.services.listMaxima.rowsOf('Candidate', 'skills')).toBe(Number(n));
    });

    it('sizes a posting list by the longest stored posting, raised when a longer one is written', async () => {
      const query = '{ postings(first: 20) { edges { node { requirements { label skills { name aliases } } } } } }';
      const before = await t.gql(query, {}, { as: 'anonymous' });
      expect(before.errors).toBeUndefined();
      const skills = (await t.gql('{ skills(first: 100) { edges { node { name } } } }')).data!.skills.edges.map(
        (e: any) => e.node.name,
      );
      const requirements = Array.from({ length: 40 }, (_, i) => ({
        importance: 'REQUIRED',
        category: 'OTHER',
        label: `group ${i}`,
        skills: skills.slice(0, 60),
      }));
      const created = await t.gql('mutation($input: CreatePostingInput!) { createPosting(input: $input) { id } }', {
        input: { title: 'Wide posting', employmentType: 'FULL_TIME', requirements },
      });
      expect(created.errors).toBeUndefined();
      // The same query now could return 20 postings x 40 groups x 60 skills.
      const after = await t.gql(query, {}, { as: 'anonymous' });
      expect(after.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
      expect(after.errors![0].extensions!.actual).toBeGreaterThanOrEqual(20 * 40 * 60);
    });

    it('sizes an unsaved posting in matchPreview by the input itself', async () => {
      const skills = (await t.gql('{ skills(first: 100) { edges { node { name } } } }')).data!.skills.edges.map(
        (e: any) => e.node.name,
      );
      const posting = {
        title: 'Preview',
        employmentType: 'FULL_TIME',
        requirements: Array.from({ length: 50 }, (_, i) => ({
          importance: 'REQUIRED',
          category: 'OTHER',
          label: `g${i}`,
          skills: skills.slice(0, 100),
        })),
      };
      const query = `query($p: CreatePostingInput!) { a: matchPreview(candidate: { id: "1" }, posting: { posting: $p }) {
      requirements { requirement { label skills { name } } matched { skill { name } via { name } } missing { name } } } }`;
      // Cost is checked before access: without a key the limit is the lower one.
      const res = await t.gql(query, { p: posting }, { as: 'anonymous' });
      expect(res.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
      expect(res.errors![0].extensions!.actual).toBeGreaterThan(50 * 100 * 3);
    });

    it('lets GraphQL tools read the schema without a key (the standard introspection query)', async () => {
      const res = await t.gql(getIntrospectionQuery(), {}, { as: 'anonymous' });
      expect(res.errors).toBeUndefined();
      expect(res.data!.__schema.types.length).toBeGreaterThan(20);
    });

    it('counts aliases under __schema', async () => {
      const aliased = Array.from({ length: 40 }, (_, i) => `t${i}: types { name }`).join(' ');
      const res = await t.gql(`{ __schema { ${aliased} } }`, {}, { as: 'anonymous' });
      expect(res.errors![0].extensions).toMatchObject({
        code: 'GRAPHQL_VALIDATION_FAILED',
        limit: 'ALIASES',
        actual: 40,
      });
    });

    it('counts depth under __schema (all but ofType links)', async () => {
      const deep =
        '{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } }';
      const res = await t.gql(deep, {}, { as: 'anonymous' });
      expect(res.errors![0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'DEPTH' });
    });

    it('counts the cost of introspection exactly: thirty copies of the type list are refused', async () => {
      const copies = Array.from(
        { length: 30 },
        (_, i) => `s${i}: __schema { types { name fields { name args { name type { name } } type { name kind } } } }`,
      ).join(' ');
      const res = await t.gql(`{ ${copies} }`, {}, { as: 'anonymous' });
      expect(res.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'COST' });
    });
  },
);
