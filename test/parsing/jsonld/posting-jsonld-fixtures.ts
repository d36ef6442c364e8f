/** What the JSON-LD posting tests share: two drafts, the fixtures, and readers of a result. */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { ImportWarning, PostingDraft } from '../../../src/domain/drafts';

export const RICH: PostingDraft = {
  title: 'Staff Backend Engineer',
  company: 'Saguaro Logistics',
  employmentType: 'CONTRACTOR',
  locations: ['Tucson, AZ', 'Poughkeepsie, United States', 'Remote (US)', 'Berlin, Germany', 'Toronto, ON'],
  description:
    'We move freight across the Southwest.\n\nYou will:\n- own <Java> services & their SLOs\n- mentor  two engineers\r\nSalary: $180k &amp; equity',
  datePosted: '2025-05-01',
  education: { level: 'DOCTORATE', required: true },
  requirements: [
    {
      importance: 'REQUIRED',
      category: 'LANGUAGE',
      label: 'JVM languages',
      skills: ['Java', 'Kotlin'],
      minMatches: 1,
      minMonths: 36,
      weight: 2,
    },
    {
      importance: 'REQUIRED',
      category: 'DATABASE',
      label: 'A relational database',
      skills: ['PostgreSQL', 'MySQL'],
      minMatches: 1,
      minMonths: 12,
      weight: 1,
    },
    {
      importance: 'PREFERRED',
      category: 'CONTAINER',
      label: 'Containers',
      skills: ['Docker', 'Kubernetes', 'java'],
      minMatches: 2,
      minMonths: null,
      weight: 0.5,
    },
  ],
};

export const BARE: PostingDraft = {
  title: 'Engineer',
  company: null,
  employmentType: 'OTHER',
  locations: [],
  description: '',
  datePosted: null,
  education: null,
  requirements: [],
};

export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8'));
}

export function codesAt(warnings: readonly ImportWarning[]): string[] {
  return warnings.map((warning) => `${warning.code} ${warning.at}`);
}

/** What a job board or a JSON-LD consumer would see: the document after JSON serialisation. */
export function viaJson(doc: Record<string, unknown>): unknown {
  return JSON.parse(JSON.stringify(doc));
}
