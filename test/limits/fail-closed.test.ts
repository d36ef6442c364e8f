import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';

/** Twelve aliased normalizeSkills calls, each under an @include whose variable may be null. */
const guarded = (n: number) =>
  `query Guarded($on: Boolean = true, $names: [String!]!) { ${Array.from({ length: n }, (_, i) => `n${i}: normalizeSkills(names: $names) @include(if: $on) { input suggestions }`).join(' ')} }`;

describe('cost limit fails closed: a request whose cost cannot be estimated is refused', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(testDatabases()[0], { nodeEnv: 'development' });
  });
  afterAll(async () => t.close());
  afterEach(() => jest.restoreAllMocks());

  it('refuses null given to a nullable variable with a default used in @include, without running a resolver', async () => {
    const resolve = jest.spyOn(t.app.services.taxonomy, 'current');
    const names = Array.from({ length: 50 }, (_, i) => `kubernetez${i}`);
    const res = await t.gql(guarded(12), { on: null, names }, { as: 'anonymous' });
    expect(res.data ?? undefined).toBeUndefined();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_COST_UNKNOWN' });
    expect(resolve).not.toHaveBeenCalled();
  });

  it('estimates variables with defaults: an absent variable takes its default', async () => {
    const res = await t.gql(guarded(2), { names: ['golang'] }, { as: 'anonymous' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.n0[0].input).toBe('golang');
  });

  it('estimates @skip and @include with literal and variable conditions', async () => {
    const q = `query($off: Boolean!) { a: skill(name: "Go") @skip(if: $off) { name } b: skill(name: "Go") @include(if: false) { name } }`;
    const res = await t.gql(q, { off: false }, { as: 'anonymous' });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ a: { name: 'Go' } });
  });
});
