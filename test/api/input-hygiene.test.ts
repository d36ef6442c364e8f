import { formatKeyTable } from '../../src/cli/commands/keys.command';
import { UserInputError } from '../../src/services/errors';
import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';

const CREATE_CANDIDATE = 'mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id name } }';
const CREATE_POSTING = 'mutation($input: CreatePostingInput!) { createPosting(input: $input) { id title } }';

describe.each(testDatabases())('input hygiene on $kind', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db);
  });
  afterAll(() => t.close());

  const count = async (table: string) =>
    Number((await t.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  const candidate = (over: Record<string, unknown>) => ({
    name: 'Ann Lee',
    skills: [{ name: 'Java', months: 12 }],
    ...over,
  });
  const posting = (over: Record<string, unknown>, group: Record<string, unknown> = {}) => ({
    title: 'Backend Engineer',
    employmentType: 'FULL_TIME',
    requirements: [{ importance: 'REQUIRED', category: 'LANGUAGE', label: 'Languages', skills: ['Java'], ...group }],
    ...over,
  });

  it.each([
    ['a whitespace-only name', { name: '   ' }, 'input.name'],
    ['NUL in a name', { name: 'Ann\u0000Lee' }, 'input.name'],
    ['ESC in a name', { name: 'Ann \u001b[31mLee' }, 'input.name'],
    ['CR/LF in a name', { name: 'Ann\r\nLee' }, 'input.name'],
    ['a line break in an email', { email: 'ann@example.org\nBcc: x@example.org' }, 'input.email'],
    ['ESC in a headline', { headline: 'Engineer \u001b]0;title\u0007' }, 'input.headline'],
    ['a whitespace-only location', { location: ' \t ' }, 'input.location'],
    ['C1 in a skill name', { skills: [{ name: 'Java\u009b', months: 1 }] }, 'input.skills[0].name'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and stores nothing', async (_what, over, field) => {
    const before = await count('candidate');
    const res = await t.gql(CREATE_CANDIDATE, { input: candidate(over) }, { as: 'RECRUITER' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count('candidate')).toBe(before);
  });

  it.each([
    ['a whitespace-only title', { title: '  ' }, {}, 'input.title'],
    ['ESC in a title', { title: 'Engineer\u001b[1m' }, {}, 'input.title'],
    ['a whitespace-only requirement label', {}, { label: '   ' }, 'input.requirements[0].label'],
    ['NUL in a requirement label', {}, { label: 'Lang\u0000uages' }, 'input.requirements[0].label'],
    ['ESC in a description', { description: 'Join us\u001b[2J' }, {}, 'input.description'],
  ])('refuses a posting with %s', async (_what, over, group, field) => {
    const before = await count('posting');
    const res = await t.gql(CREATE_POSTING, { input: posting(over, group) });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count('posting')).toBe(before);
  });

  it('keeps line breaks and tabs in a description, and trims a name', async () => {
    const p = await t.gql(CREATE_POSTING, { input: posting({ description: 'Line one\r\n\tLine two' }) });
    expect(p.errors).toBeUndefined();
    const c = await t.gql(CREATE_CANDIDATE, { input: candidate({ name: '  Ann Lee  ' }) }, { as: 'RECRUITER' });
    expect(c.data!.createCandidate.name).toBe('Ann Lee');
  });

  it('refuses the same text from the command line and importers (the services), naming the field', async () => {
    const draft = { name: 'Bob\u001b[2J', email: null, headline: null, location: null, education: [], skills: [] };
    await expect(t.app.services.candidates.createMany([draft])).rejects.toThrow(UserInputError);
    await expect(t.app.services.candidates.createMany([draft])).rejects.toMatchObject({ field: 'input.name' });
    await expect(t.app.services.candidates.update(1, { name: '   ' })).rejects.toMatchObject({ field: 'input.name' });
  });

  it('refuses control characters in key names, and `keys list` escapes any it finds', async () => {
    const res = await t.gql('mutation($n: String) { createApiKey(role: RECRUITER, name: $n) { key } }', {
      n: 'ops\u001b[2J\u001b[Hroot',
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    await expect(t.app.services.keys.create('RECRUITER' as never, 'line\nbreak')).rejects.toMatchObject({
      field: 'name',
    });
    // A name stored before these rules existed.
    await t.app.dataSource
      .createQueryBuilder()
      .update('api_key')
      .set({ name: 'old\u001b]0;owned\u0007name\r\nFAKE ROW' })
      .where('id = :id', { id: t.keys.RECRUITER.id })
      .execute();
    const table = formatKeyTable(await t.app.services.keys.list());
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(table).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(table).toContain('old\\x1b]0;owned\\x07name\\r\\nFAKE ROW');
  });
});
