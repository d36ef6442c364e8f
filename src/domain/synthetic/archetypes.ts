import type { EducationLevel } from '../vocabulary';

/**
 * A skill an archetype may list: one name (or one of several alternatives, picked uniformly) with
 * the probability that a member lists it, and how much of their career they used it (share range).
 */
export interface ArchetypeSkill {
  readonly names: readonly string[];
  readonly probability: number;
}

/** A kind of candidate: its share of the population, its typical skills, career length and education. */
export interface Archetype {
  readonly key: string;
  readonly headline: string;
  /** Relative share of the population. */
  readonly share: number;
  readonly skills: readonly ArchetypeSkill[];
  /** Career length range in months. */
  readonly careerMonths: readonly [number, number];
  /** True for students: education in progress, short experience. */
  readonly student: boolean;
}

const s = (probability: number, ...names: string[]): ArchetypeSkill => ({ names, probability });

// Entries are alike in shape (the same fields, rows of s(probability, names)): they are data, one
// list per role, not repeated logic.
/**
 * Role archetypes, by skill names (any spelling the taxonomy knows; names it does not know are
 * skipped, so the same archetypes work on a small test taxonomy). Probabilities are rough guesses
 * at how often such a CV lists the skill, enough to give realistic overlaps between roles.
 */
export const ARCHETYPES: readonly Archetype[] = [
  {
    key: 'back-end',
    headline: 'Back-end developer',
    share: 24,
    careerMonths: [6, 180],
    student: false,
    skills: [
      s(0.9, 'Java', 'Python', 'Go', 'Kotlin', 'PHP', 'Ruby'),
      s(0.3, 'Java', 'Python', 'Go', 'Scala'),
      s(0.75, 'SQL'),
      s(0.7, 'PostgreSQL', 'MySQL'),
      s(0.25, 'MongoDB', 'Redis'),
      s(0.8, 'REST'),
      s(0.5, 'JSON'),
      s(0.2, 'GraphQL', 'gRPC', 'SOAP', 'XML'),
      s(0.85, 'Git'),
      s(0.6, 'Linux'),
      s(0.5, 'Docker'),
      s(0.25, 'Kubernetes'),
      s(0.4, 'Microservices'),
      s(0.35, 'CI/CD', 'Jenkins', 'GitLab CI', 'GitHub Actions'),
      s(0.3, 'AWS', 'Azure', 'Google Cloud'),
      s(0.4, 'Agile', 'Scrum'),
      s(0.3, 'Back-end development'),
      s(0.45, 'Spring Boot', 'Django', 'Flask', 'Express', 'Ruby on Rails', 'Laravel', 'Spring'),
      s(0.25, 'Apache Kafka', 'RabbitMQ'),
      s(0.3, 'JUnit', 'pytest', 'Unit testing'),
      s(0.2, 'Web services', 'APIs'),
      s(0.15, 'Servers', 'Nginx'),
      s(0.1, 'Internet services', 'Managed services', 'Cloud operations'),
      s(0.3, 'Software development', 'Object-oriented programming'),
      s(0.3, 'Communication', 'Ability to learn', 'Problem solving', 'Teamwork'),
    ],
  },
  {
    key: 'front-end',
    headline: 'Front-end developer',
    share: 18,
    careerMonths: [3, 150],
    student: false,
    skills: [
      s(0.95, 'JavaScript'),
      s(0.65, 'TypeScript'),
      s(0.6, 'JSON'),
      s(0.6, 'REST'),
      s(0.2, 'GraphQL'),
      s(0.3, 'HTTP'),
      s(0.85, 'Git', 'GitHub'),
      s(0.4, 'Front-end development', 'Web development'),
      s(0.2, 'Full-stack development'),
      s(0.15, 'PHP', 'Python'),
      s(0.2, 'Docker'),
      s(0.4, 'Agile', 'Scrum', 'Kanban'),
      s(0.8, 'React', 'Angular', 'Vue.js', 'Next.js'),
      s(0.7, 'HTML'),
      s(0.65, 'CSS', 'Sass'),
      s(0.35, 'Node.js'),
      s(0.3, 'Jest', 'Webpack', 'Redux'),
      s(0.3, 'Communication', 'Teamwork', 'Ability to learn'),
    ],
  },
  {
    key: 'devops',
    headline: 'DevOps engineer',
    share: 14,
    careerMonths: [12, 200],
    student: false,
    skills: [
      s(0.95, 'Linux'),
      s(0.9, 'Docker', 'Podman'),
      s(0.75, 'Kubernetes', 'OpenShift'),
      s(0.35, 'Helm'),
      s(0.6, 'Terraform'),
      s(0.5, 'Ansible'),
      s(0.7, 'Jenkins', 'GitLab CI', 'GitHub Actions', 'CI/CD'),
      s(0.9, 'Git', 'GitLab', 'GitHub'),
      s(0.7, 'AWS', 'Azure', 'Google Cloud', 'IBM Cloud'),
      s(0.6, 'Python', 'Go', 'Perl'),
      s(0.3, 'Computer networking', 'TCP/IP'),
      s(0.3, 'Virtualization', 'VMware vSphere', 'KVM'),
      s(0.4, 'DevOps'),
      s(0.25, 'Infrastructure as code', 'Configuration management'),
      s(0.2, 'Troubleshooting'),
      s(0.4, 'Bash', 'Shell scripting'),
      s(0.35, 'Prometheus', 'Grafana'),
      s(0.3, 'Servers', 'Nginx'),
      s(0.25, 'Cloud operations', 'Managed services', 'Internet services'),
      s(0.2, 'Communication', 'Problem solving'),
    ],
  },
  {
    key: 'data',
    headline: 'Data engineer',
    share: 12,
    careerMonths: [6, 170],
    student: false,
    skills: [
      s(0.95, 'Python'),
      s(0.9, 'SQL'),
      s(0.35, 'R', 'Scala'),
      s(0.6, 'PostgreSQL', 'MySQL'),
      s(0.4, 'MongoDB', 'Redis', 'NoSQL databases'),
      s(0.4, 'AWS', 'Google Cloud', 'Azure'),
      s(0.7, 'Git'),
      s(0.5, 'Linux'),
      s(0.3, 'Docker'),
      s(0.4, 'JSON', 'XML'),
      s(0.3, 'Distributed systems'),
      s(0.5, 'pandas', 'NumPy'),
      s(0.4, 'Apache Spark', 'Apache Hadoop', 'Apache Kafka'),
      s(0.25, 'Machine learning', 'Tableau'),
      s(0.25, 'Communication', 'Problem solving'),
    ],
  },
  {
    key: 'dotnet',
    headline: 'C#/.NET developer',
    share: 10,
    careerMonths: [6, 200],
    student: false,
    skills: [
      s(0.98, 'C#'),
      s(0.8, '.NET'),
      s(0.75, 'SQL'),
      s(0.3, 'Microsoft SQL Server', 'PostgreSQL'),
      s(0.6, 'Azure'),
      s(0.6, 'Microsoft Windows'),
      s(0.7, 'REST', 'SOAP'),
      s(0.5, 'JSON', 'XML'),
      s(0.3, 'JavaScript', 'TypeScript'),
      s(0.8, 'Git'),
      s(0.3, 'Docker'),
      s(0.4, 'Agile', 'Scrum'),
      s(0.6, 'ASP.NET', 'Entity Framework'),
      s(0.25, 'Servers', 'Hyper-V'),
      s(0.25, 'Communication', 'Teamwork'),
    ],
  },
  {
    key: 'embedded',
    headline: 'Embedded software engineer',
    share: 8,
    careerMonths: [6, 220],
    student: false,
    skills: [
      s(0.95, 'C'),
      s(0.75, 'C++'),
      s(0.2, 'Rust'),
      s(0.6, 'Embedded systems'),
      s(0.35, 'Firmware development'),
      s(0.5, 'Linux'),
      s(0.3, 'Systems programming'),
      s(0.6, 'Debugging'),
      s(0.3, 'TCP/IP', 'Networking protocols'),
      s(0.7, 'Git'),
      s(0.35, 'Python', 'Perl'),
      s(0.35, 'Microcontrollers', 'Assembly language', 'Zephyr'),
      s(0.2, 'Problem solving', 'Communication'),
    ],
  },
  {
    key: 'student',
    headline: 'Computer science student',
    share: 14,
    careerMonths: [3, 36],
    student: true,
    skills: [
      s(0.85, 'Java', 'Python', 'C', 'C++', 'JavaScript', 'C#'),
      s(0.55, 'Java', 'Python', 'C', 'C++', 'JavaScript', 'Go', 'TypeScript'),
      s(0.3, 'Java', 'Python', 'R', 'Kotlin', 'SQL'),
      s(0.5, 'SQL'),
      s(0.7, 'Git', 'GitHub'),
      s(0.5, 'Linux'),
      s(0.3, 'Operating systems', 'Computer networking'),
      s(0.3, 'Docker'),
      s(0.25, 'REST', 'JSON'),
      s(0.3, 'Agile', 'Scrum'),
      s(0.5, 'Ability to learn', 'Communication'),
      s(0.2, 'Open source'),
      s(0.4, 'Data structures', 'Algorithms', 'Object-oriented programming'),
      s(0.2, 'HTML', 'React', 'Spring Boot', 'Django'),
    ],
  },
];

/** Completed-degree distribution for professionals (weights). */
export const PROFESSIONAL_EDUCATION: ReadonlyArray<readonly [EducationLevel | null, number]> = [
  [null, 3],
  ['HIGH_SCHOOL', 12],
  ['ASSOCIATE', 8],
  ['BACHELOR', 55],
  ['MASTER', 20],
  ['DOCTORATE', 2],
];

/** Degree in progress for students (weights). */
export const STUDENT_EDUCATION: ReadonlyArray<readonly [EducationLevel, number]> = [
  ['ASSOCIATE', 10],
  ['BACHELOR', 65],
  ['MASTER', 25],
];
