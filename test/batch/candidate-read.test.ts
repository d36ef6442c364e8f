import { readCandidateLine, readContext } from '../../src/batch/candidate-read';
import { loadTaxonomy } from './support';

const taxonomy = loadTaxonomy();
const ctx = () => readContext(taxonomy, new Date('2026-01-15T00:00:00Z'));
const id = (name: string) => taxonomy.resolve(name)!.id;

describe('reading a candidate line', () => {
  it('reads a candidate draft: skills resolved (aliases too) and listed by skill id, the given id kept', () => {
    const read = readCandidateLine(
      ctx(),
      JSON.stringify({
        id: 'c-7',
        name: 'Sam',
        skills: [
          { name: 'k8s', months: 6 },
          { name: 'golang', months: 14, level: 'intermediate' },
        ],
        education: [{ level: 'BACHELOR', status: 'IN_PROGRESS' }],
      }),
      3,
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.spec.id).toBe('c-7');
    const expected = [
      { skillId: id('Kubernetes'), months: 6 },
      { skillId: id('Go'), months: 14 },
    ].sort((a, b) => a.skillId - b.skillId);
    expect(read.spec.skills).toEqual(expected);
    expect(read.spec.education).toEqual([{ level: 'BACHELOR', status: 'IN_PROGRESS' }]);
  });

  it('reads a JSON Resume as the importer would store it: months cut to the API limit of 1,200', () => {
    const resume = {
      basics: { name: 'Old Timer' },
      work: [
        { name: 'A', position: 'Java developer', startDate: '1900-01-01', highlights: ['Built services in Java'] },
      ],
    };
    const read = readCandidateLine(ctx(), JSON.stringify(resume), 9);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.spec.skills.find((s) => s.skillId === id('Java'))?.months).toBe(1200);
  });

  it('uses the line number when there is no id, and a numeric id as a string', () => {
    const a = readCandidateLine(ctx(), '{"name":"A","skills":[]}', 41);
    const b = readCandidateLine(ctx(), '{"id":12,"name":"B","skills":[]}', 42);
    expect(a.ok && a.spec.id).toBe('41');
    expect(b.ok && b.spec.id).toBe('12');
  });

  it('reports unknown skill names and leaves them out; counts a skill named twice once, with its larger months', () => {
    const read = readCandidateLine(
      ctx(),
      JSON.stringify({
        name: 'X',
        skills: [{ name: 'Go', months: 3 }, { name: 'Golang', months: 20 }, { name: 'Klingon' }],
      }),
      1,
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.unknownSkills).toEqual(['Klingon']);
    expect(read.spec.skills).toEqual([{ skillId: id('Go'), months: 20 }]);
  });

  it('reads a JSON Resume line (detected by shape) with months from dated jobs', () => {
    const resume = {
      basics: { name: 'R' },
      work: [{ name: 'Co', startDate: '2024-01-01', endDate: '2024-12-31', keywords: ['Python'] }],
      skills: [{ name: 'Python', level: 'Expert' }, { name: 'Docker' }],
    };
    const read = readCandidateLine(ctx(), JSON.stringify(resume), 5);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.spec.id).toBe('5');
    expect(read.spec.skills).toEqual(
      [
        { skillId: id('Python'), months: 12 },
        { skillId: id('Docker'), months: null },
      ].sort((a, b) => a.skillId - b.skillId),
    );
  });

  it('refuses malformed JSON and documents that are no candidate, saying why', () => {
    const bad = readCandidateLine(ctx(), '{"name": "x", skills: []}', 1);
    expect(bad).toMatchObject({ ok: false, reason: 'INVALID_JSON' });
    expect(readCandidateLine(ctx(), '[1,2]', 1)).toMatchObject({ ok: false, reason: 'NOT_A_CANDIDATE' });
    expect(readCandidateLine(ctx(), '{"foo": 1}', 1)).toMatchObject({ ok: false, reason: 'NOT_A_CANDIDATE' });
    const months = readCandidateLine(ctx(), '{"name":"x","skills":[{"name":"Go","months":-3}]}', 1);
    expect(months).toMatchObject({ ok: false, reason: 'NOT_A_CANDIDATE' });
    expect(!months.ok && months.message).toContain('$.skills[0].months');
    const level = readCandidateLine(
      ctx(),
      '{"name":"x","skills":[],"education":[{"level":"PHD","status":"COMPLETED"}]}',
      1,
    );
    expect(!level.ok && level.message).toContain('$.education[0].level');
  });
});
