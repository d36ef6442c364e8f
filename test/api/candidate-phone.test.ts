import { testDatabases } from '../support/databases';
import { type TestApp, startTestApp } from '../support/test-app';

const CREATE = 'mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id phone } }';
const UPDATE =
  'mutation($id: ID!, $input: UpdateCandidateInput!) { updateCandidate(id: $id, input: $input) { phone } }';
const READ = 'query($id: ID!) { node(id: $id) { ... on Candidate { phone } } }';

describe.each(testDatabases())('a candidate phone number on $kind', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db);
  });
  afterAll(async () => t?.close());

  it('is stored as written, read back, changed and cleared', async () => {
    const created = await t.gql(CREATE, { input: { name: 'Pia Phone', phone: '+1 (555) 010-2030 ext. 12' } });
    expect(created.errors).toBeUndefined();
    const id: string = created.data!.createCandidate.id;
    expect((await t.gql(READ, { id }, { as: 'RECRUITER' })).data!.node.phone).toBe('+1 (555) 010-2030 ext. 12');

    expect((await t.gql(UPDATE, { id, input: { phone: '030 1234567' } })).data!.updateCandidate.phone).toBe(
      '030 1234567',
    );
    // As a word processor sets it, with an en dash (a résumé's phone is read as printed).
    expect((await t.gql(UPDATE, { id, input: { phone: '(416) 000 \u2013 0000' } })).data!.updateCandidate.phone).toBe(
      '(416) 000 \u2013 0000',
    );
    expect((await t.gql(UPDATE, { id, input: { phone: '030 1234567' } })).data!.updateCandidate.phone).toBe(
      '030 1234567',
    );
    // A patch without the field leaves it; an explicit null clears it.
    expect((await t.gql(UPDATE, { id, input: { headline: 'Phones' } })).data!.updateCandidate.phone).toBe(
      '030 1234567',
    );
    expect((await t.gql(UPDATE, { id, input: { phone: null } })).data!.updateCandidate.phone).toBeNull();
    expect((await t.gql(READ, { id }, { as: 'RECRUITER' })).data!.node.phone).toBeNull();
  });

  it.each([
    ['letters', 'call me maybe'],
    ['too few digits', '12 34'],
    ['a control character', '+1 555\u001b[2J 0102030'],
    ['blank', '   '],
    ['over 50 characters', `+1 ${'5'.repeat(60)}`],
  ])('refuses %s with BAD_USER_INPUT naming input.phone, and stores nothing', async (_label, phone) => {
    const before = (await t.gql('{ candidates(first: 1) { totalCount } }')).data!.candidates.totalCount;
    const res = await t.gql(CREATE, { input: { name: 'Bad Phone', phone } });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.phone' });
    expect((await t.gql('{ candidates(first: 1) { totalCount } }')).data!.candidates.totalCount).toBe(before);
  });

  it('is read from a JSON Resume, and an unusable one is left empty with a warning', async () => {
    const importResume = (phone: string) =>
      t.gql('mutation($r: JSONObject!) { importJsonResume(resume: $r) { candidate { phone } warnings { code at } } }', {
        r: { basics: { name: 'Jay Son', phone }, skills: [{ name: 'Go' }] },
      });
    const good = await importResume('+44 20 7946 0958');
    expect(good.errors).toBeUndefined();
    expect(good.data!.importJsonResume.candidate.phone).toBe('+44 20 7946 0958');
    const bad = await importResume('ask my assistant');
    expect(bad.data!.importJsonResume.candidate.phone).toBeNull();
    expect(bad.data!.importJsonResume.warnings).toEqual(
      expect.arrayContaining([{ code: 'INVALID_PHONE', at: '$.basics.phone' }]),
    );
  });
});
