import { findSkillMentions } from '../../../src/domain/taxonomy/mentions';
import { Taxonomy, type SkillDefInput } from '../../../src/domain/taxonomy/taxonomy';
import { realTaxonomy } from './load-taxonomy';

const { taxonomy } = realTaxonomy();
const slugs = (text: string): string[] => findSkillMentions(taxonomy, text).map((m) => m.skill.slug);
const texts = (text: string): string[] => findSkillMentions(taxonomy, text).map((m) => m.text);

describe('findSkillMentions on the seed postings', () => {
  it('finds each language of the restored list, in order, with exact offsets', () => {
    const line = 'C++, C, Java, Golang, Ruby, Python, Perl, SQL';
    const mentions = findSkillMentions(taxonomy, line);
    expect(mentions.map((m) => m.skill.slug)).toEqual(['cpp', 'c', 'java', 'go', 'ruby', 'python', 'perl', 'sql']);
    expect(mentions.map((m) => m.text)).toEqual(['C++', 'C', 'Java', 'Golang', 'Ruby', 'Python', 'Perl', 'SQL']);
    for (const m of mentions) expect(line.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads the broken scrape "C , C" as two mentions of C, never C++', () => {
    expect(slugs('1 year experience in one or more of the following technology areas:C , C, Java, Golang')).toEqual([
      'c',
      'c',
      'java',
      'go',
    ]);
  });

  it('finds devOps tools, Git and Jenkins, servers and databases', () => {
    expect(slugs('Working knowledge of servers, applications, devOps tools (Git, Jenkins), and databases')).toEqual([
      'servers',
      'devops-tools',
      'git',
      'jenkins',
      'databases',
    ]);
  });

  it('finds operating systems, container technologies, internet and managed services', () => {
    const line =
      'Basic knowledge of operating systems and how they work (i.e. Operating systems courses); Container technologies; Internet Services; and/or Managed Services';
    expect(slugs(line)).toEqual([
      'operating-systems',
      'operating-systems',
      'container-technologies',
      'internet-services',
      'managed-services',
    ]);
    expect(texts(line)[1]).toBe('Operating systems courses');
  });

  it('finds architecture concepts written in the plural', () => {
    expect(
      slugs('Work with client-server architectures, networking protocols, application development, and databases'),
    ).toEqual(['client-server-architecture', 'networking-protocols', 'software-development', 'databases']);
    expect(
      slugs(
        'Design and implement large scale systems and Service Oriented Architectures (SOA) that enable continuous delivery',
      ),
    ).toEqual([
      'distributed-systems',
      'service-oriented-architecture',
      'service-oriented-architecture',
      'continuous-delivery',
    ]);
  });

  it('finds a practice named by one plural noun in the singular, but no product name in the singular', () => {
    expect(slugs('Reduced render time by 75% by implementing a prediction algorithm')).toEqual(['algorithms']);
    expect(slugs('Wrote a compiler for a toy language and split the monolith into one microservice per team')).toEqual([
      'compilers',
      'microservices',
    ]);
    expect(slugs('Opened a window on Windows')).toEqual(['windows']);
  });

  it('finds the service models by their long names and acronyms', () => {
    expect(
      slugs(
        'Create and configure Infrastructure as a Service (IaaS), Platform as a Service (PaaS) and Software as a Service (SaaS) applications',
      ),
    ).toEqual(['iaas', 'iaas', 'paas', 'paas', 'saas', 'saas']);
  });

  it('finds APIs, REST, JSON and web services in the preferred lines', () => {
    expect(slugs('1 year experience with APIs (example: REST APIs)')).toEqual(['apis', 'rest']);
    expect(slugs('Experience in JSON, Web Services')).toEqual(['json', 'web-services']);
    expect(slugs('Understanding of virtualization concepts and cloud operations')).toEqual([
      'virtualization',
      'cloud-operations',
    ]);
  });
});

describe('findSkillMentions token care', () => {
  it('reads an everyday word in lower case as a skill only between items of a list of skills', () => {
    expect(texts('npm, bower, gulp, grunt, webpack, etc.')).toEqual(['npm', 'bower', 'gulp', 'grunt', 'webpack']);
    expect(texts('We use Python, go, Java')).toEqual(['Python', 'go', 'Java']);
    expect(texts('go and see the React docs')).toEqual(['React']);
    expect(texts('React, go to the store')).toEqual(['React']);
  });
  it('never reads Java inside JavaScript, or C inside C++ and C#', () => {
    expect(slugs('JavaScript and TypeScript')).toEqual(['javascript', 'typescript']);
    expect(slugs('C# and .NET developers, C++ and C')).toEqual(['csharp', 'dotnet', 'cpp', 'c']);
    expect(slugs('Experience with C/C++ and F#')).toEqual(['c', 'cpp', 'fsharp']);
    expect(slugs('ASP.NET Core and VB.NET')).toEqual(['asp-net', 'vb-net']);
  });

  it('tells Node from Node.js and from an ordinary node', () => {
    expect(texts('Node.js, NodeJS and Node')).toEqual(['Node.js', 'NodeJS', 'Node']);
    expect(slugs('Node.js, NodeJS and Node')).toEqual(['nodejs', 'nodejs', 'nodejs']);
    expect(slugs('each node in the cluster')).toEqual([]);
  });

  it('reads a compound written with a hyphen or a space alike', () => {
    expect(slugs('Customer-service orientation and machine-learning')).toEqual(['customer-focus', 'machine-learning']);
    expect(slugs('Strong front end skills')).toEqual(['front-end-development']);
  });

  it('takes SOLID, MEAN and Blender only as the taxonomy spells them', () => {
    expect(slugs('SOLID principles in Vue, the MEAN stack and Blender')).toEqual([
      'solid-principles',
      'vue',
      'mean-stack',
      'blender',
    ]);
    expect(slugs('solid experience, the mean time, a kitchen blender')).toEqual([]);
  });

  it('takes Go, R and C only as capitalised standalone tokens', () => {
    expect(slugs('Languages: Go, R and C')).toEqual(['go', 'r', 'c']);
    expect(slugs('we go to market with R&D and r&d teams, c. 2020')).toEqual([]);
    expect(slugs('Go to market faster. Go-to-market strategy.')).toEqual([]);
    expect(slugs('Back end services in Go.')).toEqual(['back-end-development', 'go']);
    expect(slugs('Golang.')).toEqual(['go']);
  });

  it('requires the taxonomy capitalisation for names that are ordinary words', () => {
    expect(slugs('the rest of the team can react quickly in spring')).toEqual([]);
    expect(slugs('REST services with React and Spring')).toEqual(['rest', 'react', 'spring']);
    expect(slugs('Make sure to Make')).toEqual([]);
    // Tools and terms postings name that are also words: a lever, a fair notion, to bind, personas in a sales deck.
    expect(slugs('pull the lever on a fair notion, bind it and grunt; a postfix for all personas')).toEqual([]);
    expect(slugs('Lever, Notion, BIND, Grunt, Postfix and FAIR data')).toEqual([
      'lever',
      'notion',
      'bind',
      'grunt',
      'postfix',
      'fair-principles',
    ]);
  });

  it('prefers the longest spelling at each position', () => {
    expect(slugs('Google Cloud Platform and Google Cloud')).toEqual(['google-cloud', 'google-cloud']);
    expect(texts('Google Cloud Platform and Google Cloud')).toEqual(['Google Cloud Platform', 'Google Cloud']);
    expect(slugs('Spring Boot and Ruby on Rails')).toEqual(['spring-boot', 'rails']);
    expect(slugs('IBM Cloud Object Storage')).toEqual(['ibm-cos']);
  });

  it('finds aliases in any case when they are not ordinary words', () => {
    expect(slugs('golang, K8S, RESTful APIs, postgres and gcp')).toEqual([
      'go',
      'kubernetes',
      'rest',
      'postgresql',
      'google-cloud',
    ]);
  });

  it('returns nothing for text without skills, and the same answer every time', () => {
    expect(findSkillMentions(taxonomy, '')).toEqual([]);
    expect(findSkillMentions(taxonomy, 'Highly motivated, with a passion for great products.')).toEqual([]);
    const text = 'Python, Docker and Kubernetes on AWS';
    expect(findSkillMentions(taxonomy, text)).toEqual(findSkillMentions(taxonomy, text));
  });

  it('builds a separate matcher for each taxonomy', () => {
    const def = (id: number, name: string): SkillDefInput => ({
      id,
      slug: name.toLowerCase(),
      name,
      category: 'OTHER',
      aliases: [],
      broader: [],
      related: [],
    });
    const tiny = Taxonomy.fromDefs('tiny', [def(1, 'Cobol')]);
    expect(findSkillMentions(tiny, 'Java and Cobol').map((m) => m.skill.name)).toEqual(['Cobol']);
    expect(slugs('Java and Cobol')).toEqual(['java', 'cobol']);
  });
});
