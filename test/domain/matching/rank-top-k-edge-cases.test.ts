import { CandidateIndex } from '../../../src/domain/matching/candidate-index';
import { compilePosting } from '../../../src/domain/matching/compile-posting';
import type { CandidateSpec, PostingSpec } from '../../../src/domain/matching/profiles';
import { rankTopK } from '../../../src/domain/matching/rank-top-k';
import { candidate, miniTaxonomy, posting } from './fixtures';
import { expectAgreement } from './top-k-oracle';

describe('rankTopK on edge-case postings', () => {
  const tax = miniTaxonomy();
  const people: CandidateSpec[] = [
    candidate(
      tax,
      '10',
      [
        ['Java', 30],
        ['Go', 12],
        ['PostgreSQL', 24],
      ],
      [{ level: 'BACHELOR', status: 'COMPLETED' }],
    ),
    candidate(
      tax,
      '9',
      [
        ['Java', 30],
        ['Go', 12],
        ['PostgreSQL', 24],
      ],
      [{ level: 'BACHELOR', status: 'COMPLETED' }],
    ),
    candidate(
      tax,
      '2',
      [
        ['Java', 30],
        ['Go', 12],
        ['PostgreSQL', 24],
      ],
      [{ level: 'BACHELOR', status: 'COMPLETED' }],
    ),
    candidate(
      tax,
      '3',
      [
        ['C#', null],
        ['Kotlin', 4],
        ['Databases', 100],
      ],
      [{ level: 'MASTER', status: 'IN_PROGRESS' }],
    ),
    candidate(tax, '4', [
      ['Kubernetes', 7],
      ['JavaScript', 60],
      ['TypeScript', 3],
      ['JSON', 1],
    ]),
    candidate(
      tax,
      '5',
      [
        ['C', 0],
        ['C++', 1200],
        ['Git', 5],
        ['Jenkins', null],
      ],
      [{ level: 'DOCTORATE', status: 'COMPLETED' }],
    ),
    candidate(tax, '6', []),
    candidate(
      tax,
      '7',
      [
        ['Python', 6],
        ['MySQL', 6],
        ['GitLab CI', 6],
        ['REST', 6],
      ],
      [{ level: 'HIGH_SCHOOL', status: 'COMPLETED' }],
    ),
    {
      id: '8',
      skills: [
        { skillId: 9999, months: 10 },
        { skillId: -3, months: 5000 },
      ],
      education: [],
    },
  ];
  const index = CandidateIndex.from(people);

  it('breaks score ties by id as numbers ("2" < "9" < "10")', () => {
    const spec = posting(tax, [{ skills: ['Java'] }]);
    const { rows } = rankTopK(index, compilePosting(tax, spec), { k: 3 });
    expect(rows.map((r) => r.candidateId)).toEqual(['2', '9', '10']);
  });

  it('handles minMatches 0, 2 and 3, months bars, zero weights and education', () => {
    const specs: PostingSpec[] = [
      posting(tax, [
        { skills: ['Java', 'Go', 'C++', 'Python'], minMatches: 3, minMonths: 6 },
        { skills: ['Databases'], minMonths: 12 },
      ]),
      posting(tax, [
        { skills: ['Java', 'C'], minMatches: 0 },
        { skills: ['Container technologies'], importance: 'PREFERRED' },
      ]),
      posting(
        tax,
        [
          { skills: ['Java', 'Go'], minMatches: 2, minMonths: 24, weight: 0 },
          { skills: ['JSON'], weight: 0 },
        ],
        {
          education: { level: 'BACHELOR', required: true },
        },
      ),
      posting(tax, [{ skills: ['CI/CD'], importance: 'PREFERRED', minMonths: 3 }], {
        education: { level: 'MASTER', required: false },
      }),
      posting(tax, [], { education: { level: 'HIGH_SCHOOL', required: true } }),
      posting(tax, [{ skills: ['Java', 'Go'], minMatches: 2, minMonths: 24 }]),
      posting(tax, [{ skills: ['Java', 'Go', 'PostgreSQL'], minMatches: 3, minMonths: 12 }]),
      posting(tax, []),
    ];
    for (const spec of specs) {
      expectAgreement(tax, spec, index, people);
      expectAgreement(tax, spec, index, people, { requiredWeight: 0, preferredWeight: 0, educationWeight: 0 });
    }
  });

  it('handles postings with more groups than its bounds tabulate or mask', () => {
    const names = [
      'Java',
      'Go',
      'C',
      'C++',
      'Python',
      'Kotlin',
      'Databases',
      'Docker',
      'Git',
      'JSON',
      'REST APIs',
      'Jenkins',
    ];
    for (const count of [17, 33]) {
      const groups = Array.from({ length: count }, (_, i) => ({
        skills: [names[i % names.length], names[(i * 5 + 1) % names.length]],
        importance: i % 3 === 0 ? ('PREFERRED' as const) : ('REQUIRED' as const),
        minMatches: 1 + (i % 2),
        minMonths: i % 4 === 0 ? 6 : null,
      }));
      expectAgreement(tax, posting(tax, groups), index, people);
    }
  });
});
