import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';

const dir = join(__dirname, '..', '..', 'examples');
const examples = readdirSync(dir).filter((f) => f.endsWith('.graphql'));

describe('README examples (examples/*.graphql) against the seed data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(testDatabases()[0]);
  });
  afterAll(() => t.close());

  it.each(examples)('%s runs without errors and returns data', async (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    // An example that takes variables lists them in a `# variables: {...}` comment.
    const vars = /^# variables: (.*)$/m.exec(text)?.[1];
    const res = await t.gql(text, vars ? JSON.parse(vars) : undefined);
    expect(res.errors).toBeUndefined();
    expect(Object.values(res.data ?? {}).every((v) => v !== null)).toBe(true);
  });
});
