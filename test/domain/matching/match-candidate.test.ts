import { matchCandidate } from '../../../src/domain/matching/match-candidate';
import { candidateSpecFromDraft } from '../../../src/domain/matching/spec-from-draft';
import type { GroupResult, MatchResult } from '../../../src/domain/matching/match-result';
import { candidate, miniTaxonomy, posting, skillId } from './fixtures';

const tax = miniTaxonomy();
const id = (name: string): number => skillId(tax, name);
const group = (result: MatchResult, index = 0): GroupResult => result.requirements[index];

describe('matchCandidate: coverage kinds', () => {
  it('counts an alias as the skill itself (golang -> Go is EXACT)', () => {
    const { spec, unknownSkills } = candidateSpecFromDraft(tax, '1', {
      name: 'Ada Example',
      email: 'ada@example.com',
      headline: null,
      location: null,
      education: [],
      skills: [{ name: 'golang', months: 30, level: null }],
    });
    expect(unknownSkills).toEqual([]);
    const result = matchCandidate(tax, posting(tax, [{ skills: ['Go'], minMonths: 24 }]), spec);
    expect(group(result).satisfied).toBe(true);
    expect(group(result).matched).toEqual([
      { skillId: id('Go'), viaSkillId: id('Go'), kind: 'EXACT', credit: 1, months: 30, path: [id('Go')] },
    ]);
    expect(result.score).toBe(100);
    expect(result.qualified).toBe(true);
  });

  it('does not let JavaScript satisfy a Java group, nor Java a JavaScript group', () => {
    const javaGroup = posting(tax, [{ skills: ['Java'] }]);
    const jsOnly = matchCandidate(tax, javaGroup, candidate(tax, '1', [['JavaScript', 60]]));
    expect(group(jsOnly).satisfied).toBe(false);
    expect(group(jsOnly).matched).toEqual([]);
    expect(group(jsOnly).missingSkillIds).toEqual([id('Java')]);
    expect(jsOnly.score).toBe(0);
    expect(jsOnly.qualified).toBe(false);

    const javaOnly = matchCandidate(
      tax,
      posting(tax, [{ skills: ['JavaScript'] }]),
      candidate(tax, '1', [['Java', 60]]),
    );
    expect(group(javaOnly).satisfied).toBe(false);
    expect(group(javaOnly).credit).toBe(0);
  });

  it('gives C# only RELATED credit toward C++, never satisfaction', () => {
    const result = matchCandidate(tax, posting(tax, [{ skills: ['C++'] }]), candidate(tax, '1', [['C#', 48]]));
    expect(group(result).satisfied).toBe(false);
    expect(group(result).matched).toEqual([
      {
        skillId: id('C++'),
        viaSkillId: id('C#'),
        kind: 'RELATED',
        credit: 0.3,
        months: 48,
        path: [id('C++'), id('C#')],
      },
    ]);
    expect(group(result).missingSkillIds).toEqual([]);
    expect(result.requiredScore).toBe(30);
    expect(result.qualified).toBe(false);
  });

  it('keeps C and C++ apart but related both ways', () => {
    const cForCpp = matchCandidate(tax, posting(tax, [{ skills: ['C++'] }]), candidate(tax, '1', [['C', 12]]));
    const cppForC = matchCandidate(tax, posting(tax, [{ skills: ['C'] }]), candidate(tax, '1', [['C++', 12]]));
    for (const result of [cForCpp, cppForC]) {
      expect(group(result).satisfied).toBe(false);
      expect(group(result).matched[0].kind).toBe('RELATED');
      expect(group(result).credit).toBe(0.5);
    }
  });

  it('lets a narrower skill satisfy an umbrella (Kubernetes -> Container technologies, PostgreSQL -> Databases)', () => {
    const spec = posting(tax, [{ skills: ['Container technologies'] }, { skills: ['Databases'], minMonths: 12 }]);
    const result = matchCandidate(
      tax,
      spec,
      candidate(tax, '1', [
        ['Kubernetes', 6],
        ['PostgreSQL', 24],
      ]),
    );
    expect(result.requirements.map((g) => g.satisfied)).toEqual([true, true]);
    expect(group(result, 0).matched).toEqual([
      {
        skillId: id('Container technologies'),
        viaSkillId: id('Kubernetes'),
        kind: 'NARROWER',
        credit: 1,
        months: 6,
        path: [id('Container technologies'), id('Container orchestration'), id('Kubernetes')],
      },
    ]);
    expect(group(result, 1).matched[0]).toMatchObject({
      viaSkillId: id('PostgreSQL'),
      kind: 'NARROWER',
      credit: 1,
      path: [id('Databases'), id('Relational databases'), id('PostgreSQL')],
    });
    expect(result.score).toBe(100);
  });

  it('gives a broader word no credit for a concrete skill: it is shown as the umbrella and the skill as missing', () => {
    const result = matchCandidate(
      tax,
      posting(tax, [{ skills: ['PostgreSQL'] }]),
      candidate(tax, '1', [['Databases', 60]]),
    );
    expect(group(result).satisfied).toBe(false);
    expect(group(result).credit).toBe(0);
    expect(group(result).matched).toEqual([
      {
        skillId: id('PostgreSQL'),
        viaSkillId: id('Databases'),
        kind: 'BROADER',
        credit: 0,
        months: 60,
        path: [id('PostgreSQL'), id('Relational databases'), id('Databases')],
      },
    ]);
    expect(group(result).missingSkillIds).toEqual([id('PostgreSQL')]);
    expect(result.requiredScore).toBe(0);
    expect(result.score).toBe(0);
    expect(result.summary).toContain('missing PostgreSQL');
  });

  it('never lets a section word ("Programming languages") stand for a language, however long it is claimed', () => {
    const result = matchCandidate(
      tax,
      posting(tax, [{ skills: ['Go', 'Python'], minMonths: 12 }]),
      candidate(tax, '1', [['Programming languages', 120]]),
    );
    expect(group(result).credit).toBe(0);
    expect(group(result).missingSkillIds).toEqual([id('Go'), id('Python')]);
    expect(result.qualified).toBe(false);
  });

  it('still lets the concrete skill show every broader concept above it (Go -> Programming languages)', () => {
    const result = matchCandidate(
      tax,
      posting(tax, [{ skills: ['Programming languages'], minMonths: 12 }]),
      candidate(tax, '1', [['Go', 24]]),
    );
    expect(group(result).satisfied).toBe(true);
    expect(group(result).matched[0]).toMatchObject({ kind: 'NARROWER', credit: 1 });
    expect(result.qualified).toBe(true);
  });

  it('keeps a substitute at its similarity, never satisfying, unless the posting accepts substitutes', () => {
    const spec = posting(tax, [{ skills: ['PostgreSQL'], minMonths: 12 }]);
    const person = candidate(tax, '1', [['MySQL', 24]]);
    const strict = matchCandidate(tax, spec, person);
    expect(group(strict)).toMatchObject({ satisfied: false, credit: 0.7 });
    expect(strict.qualified).toBe(false);
    expect(strict.weights.substitutesSatisfy).toBe(false);

    const lenient = matchCandidate(tax, { ...spec, scoring: { substitutesSatisfy: true } }, person);
    expect(group(lenient)).toMatchObject({ satisfied: true, credit: 1 });
    expect(group(lenient).matched[0]).toMatchObject({ kind: 'RELATED', path: [id('PostgreSQL'), id('MySQL')] });
    expect(lenient.qualified).toBe(true);
    expect(lenient.weights.substitutesSatisfy).toBe(true);

    // A substitute short of the months bar still falls short, as the skill itself would.
    const short = matchCandidate(tax, spec, candidate(tax, '1', [['MySQL', 6]]), { substitutesSatisfy: true });
    expect(group(short)).toMatchObject({ satisfied: false, credit: 0.5, monthsShort: 6 });
  });

  it('prefers the best coverage per accepted skill', () => {
    const result = matchCandidate(
      tax,
      posting(tax, [{ skills: ['PostgreSQL'] }]),
      candidate(tax, '1', [
        ['Databases', 60],
        ['MySQL', 60],
      ]),
    );
    expect(group(result).matched).toEqual([
      {
        skillId: id('PostgreSQL'),
        viaSkillId: id('MySQL'),
        kind: 'RELATED',
        credit: 0.7,
        months: 60,
        path: [id('PostgreSQL'), id('MySQL')],
      },
    ]);
  });
});
