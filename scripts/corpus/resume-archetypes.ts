/**
 * Fictional developer profiles for the labelled résumé corpus: each has job titles (with the
 * skills a title itself names, written by hand), a pool of technical skills in canonical taxonomy
 * spelling with the spellings résumés use, and employers. Nobody here is a real person.
 */
export interface Archetype {
  readonly name: string;
  readonly titles: readonly { readonly text: string; readonly skills: readonly string[] }[];
  /** Canonical taxonomy name -> spellings written in résumés. */
  readonly skills: Readonly<Record<string, readonly string[]>>;
}

export const ARCHETYPES: readonly Archetype[] = [
  {
    name: 'java-backend',
    titles: [
      { text: 'Software Engineer', skills: [] },
      { text: 'Senior Java Developer', skills: ['Java'] },
      { text: 'Backend Developer', skills: ['Back-end development'] },
      { text: 'Java Engineer', skills: ['Java'] },
    ],
    skills: {
      Java: ['Java'], 'Spring Boot': ['Spring Boot'], 'Spring Security': ['Spring Security'], Hibernate: ['Hibernate'], Lombok: ['Lombok'],
      PostgreSQL: ['PostgreSQL', 'Postgres'], 'Apache Kafka': ['Kafka', 'Apache Kafka'], Docker: ['Docker'], Kubernetes: ['Kubernetes', 'K8s'],
      Maven: ['Maven'], JUnit: ['JUnit'], Mockito: ['Mockito'], Redis: ['Redis'], Kotlin: ['Kotlin'], 'Kotlin coroutines': ['Kotlin coroutines'],
      Microservices: ['microservices'], Jenkins: ['Jenkins'], Git: ['Git'], AWS: ['AWS'], JDBC: ['JDBC'], 'Spring Data': ['Spring Data JPA'],
    },
  },
  {
    name: 'frontend',
    titles: [
      { text: 'Frontend Developer', skills: ['Front-end development'] },
      { text: 'UI Engineer', skills: [] },
      { text: 'Software Developer', skills: [] },
      { text: 'React Developer', skills: ['React'] },
    ],
    skills: {
      JavaScript: ['JavaScript'], TypeScript: ['TypeScript'], React: ['React', 'React.js'], Redux: ['Redux'], 'Material UI': ['Material UI', 'MUI'],
      RxJS: ['RxJS'], Angular: ['Angular'], AJAX: ['AJAX'], HTML: ['HTML5', 'HTML'], CSS: ['CSS3', 'CSS'], Sass: ['Sass', 'SCSS'],
      Webpack: ['Webpack'], Jest: ['Jest'], Cypress: ['Cypress'], 'Next.js': ['Next.js'], GraphQL: ['GraphQL'], Storybook: ['Storybook'],
      'Vue.js': ['Vue.js'], jQuery: ['jQuery'], Git: ['Git'],
    },
  },
  {
    name: 'data',
    titles: [
      { text: 'Data Engineer', skills: ['Data engineering'] },
      { text: 'Data Scientist', skills: ['Data science'] },
      { text: 'Analytics Engineer', skills: ['Data analysis'] },
    ],
    skills: {
      Python: ['Python'], SQL: ['SQL'], pandas: ['Pandas', 'pandas'], NumPy: ['NumPy'], 'Apache Spark': ['Apache Spark', 'Spark'], 'Apache Airflow': ['Airflow', 'Apache Airflow'],
      dbt: ['dbt'], Snowflake: ['Snowflake'], 'Google BigQuery': ['BigQuery'], 'scikit-learn': ['scikit-learn'], TensorFlow: ['TensorFlow'], PyTorch: ['PyTorch'],
      Tableau: ['Tableau'], 'Apache Kafka': ['Kafka'], PostgreSQL: ['PostgreSQL'], Docker: ['Docker'], 'Machine learning': ['machine learning'],
    },
  },
  {
    name: 'devops',
    titles: [
      { text: 'DevOps Engineer', skills: ['DevOps'] },
      { text: 'Site Reliability Engineer', skills: ['Site reliability engineering'] },
      { text: 'Platform Engineer', skills: [] },
      { text: 'Cloud Engineer', skills: ['Cloud computing'] },
    ],
    skills: {
      Kubernetes: ['Kubernetes'], Docker: ['Docker'], Terraform: ['Terraform'], Ansible: ['Ansible'], AWS: ['AWS', 'Amazon Web Services'], Azure: ['Azure'],
      'Google Cloud': ['GCP'], Linux: ['Linux'], Bash: ['Bash'], Python: ['Python'], Go: ['Go', 'Golang'], Prometheus: ['Prometheus'], Grafana: ['Grafana'],
      Jenkins: ['Jenkins'], 'GitHub Actions': ['GitHub Actions'], 'GitLab CI': ['GitLab CI'], Helm: ['Helm'], Nginx: ['Nginx'], 'CI/CD': ['CI/CD'],
    },
  },
  {
    name: 'mobile',
    titles: [
      { text: 'Android Developer', skills: ['Android'] },
      { text: 'Mobile Engineer', skills: [] },
      { text: 'iOS Developer', skills: ['iOS'] },
    ],
    skills: {
      Kotlin: ['Kotlin'], 'Kotlin coroutines': ['Kotlin coroutines', 'Coroutines'], Java: ['Java'], Android: ['Android'], 'Jetpack Compose': ['Jetpack Compose'],
      Retrofit: ['Retrofit'], Dagger: ['Dagger', 'Hilt'], Room: ['Room database'], Swift: ['Swift'], SwiftUI: ['SwiftUI'], iOS: ['iOS'], Firebase: ['Firebase'],
      Xcode: ['Xcode'], 'Android Studio': ['Android Studio'], Git: ['Git'], 'React Native': ['React Native'], Flutter: ['Flutter'], Dart: ['Dart'],
    },
  },
  {
    name: 'dotnet',
    titles: [
      { text: '.NET Developer', skills: ['.NET'] },
      { text: 'Software Engineer', skills: [] },
      { text: 'Full Stack Developer', skills: ['Full-stack development'] },
    ],
    skills: {
      'C#': ['C#'], '.NET': ['.NET', '.NET Core'], 'ASP.NET': ['ASP.NET Core', 'ASP.NET MVC'], 'Entity Framework': ['Entity Framework'], LINQ: ['LINQ'],
      'Microsoft SQL Server': ['SQL Server', 'MS SQL Server'], Azure: ['Azure'], JavaScript: ['JavaScript'], TypeScript: ['TypeScript'], Angular: ['Angular'],
      Docker: ['Docker'], Git: ['Git'], RabbitMQ: ['RabbitMQ'], 'Visual Studio': ['Visual Studio'], 'xUnit.net': ['xUnit'],
    },
  },
  {
    name: 'python-web',
    titles: [
      { text: 'Python Developer', skills: ['Python'] },
      { text: 'Backend Engineer', skills: ['Back-end development'] },
      { text: 'Software Engineer', skills: [] },
    ],
    skills: {
      Python: ['Python'], Django: ['Django'], FastAPI: ['FastAPI'], Flask: ['Flask'], Celery: ['Celery'], PostgreSQL: ['PostgreSQL'], Redis: ['Redis'],
      Docker: ['Docker'], AWS: ['AWS'], REST: ['REST APIs', 'RESTful APIs'], GraphQL: ['GraphQL'], pytest: ['pytest'], Linux: ['Linux'], Git: ['Git'],
      MongoDB: ['MongoDB'], Elasticsearch: ['Elasticsearch'], RabbitMQ: ['RabbitMQ'],
    },
  },
  {
    name: 'embedded',
    titles: [
      { text: 'Embedded Software Engineer', skills: ['Embedded systems'] },
      { text: 'Firmware Engineer', skills: ['Firmware development'] },
    ],
    skills: {
      C: ['C'], 'C++': ['C++'], 'Real-time operating systems': ['FreeRTOS', 'RTOS'], 'Embedded Linux': ['Embedded Linux', 'Yocto'], Python: ['Python'], Microcontrollers: ['STM32', 'ARM Cortex-M'],
      'Hardware interfaces': ['I2C', 'SPI', 'UART'], Git: ['Git'], CMake: ['CMake'], 'Device drivers': ['device drivers'],
    },
  },
];

export const EMPLOYERS: readonly string[] = [
  'Northwind Labs', 'Bluefin Outfitters', 'Kestrel Bank', 'Amberly Health', 'Pinecrest Media', 'Tidewater Logistics', 'Copperleaf Games',
  'Helios Power', 'Brightline Insurance', 'Marlow & Finch', 'Quillon Travel', 'Saffron Retail', 'Tessellate GmbH', 'Orchid Payments',
  'Granite Peak Software', 'Lumen Outdoor', 'Vireo Mobile', 'Cobalt Freight', 'Meridian Learning', 'Halcyon Studios',
];

export const CITIES: readonly { readonly city: string; readonly phone: string }[] = [
  { city: 'Austin, TX', phone: '+1 (512) 555-0142' },
  { city: 'Berlin, Germany', phone: '+49 30 1234 5678' },
  { city: 'London, UK', phone: '+44 20 7946 0958' },
  { city: 'Madrid, Spain', phone: '+34 612 345 678' },
  { city: 'Toronto, ON', phone: '(416) 555-0187' },
  { city: 'Tel Aviv, Israel', phone: '+972 52-123-4567' },
  { city: 'Warsaw, Poland', phone: '+48 601 234 567' },
  { city: 'Seattle, WA', phone: '206-555-0113' },
  { city: 'Lisbon, Portugal', phone: '+351 912 345 678' },
  { city: 'Amsterdam, Netherlands', phone: '+31 6 1234 5678' },
];

export const SCHOOLS: readonly string[] = [
  'University of Texas at Austin', 'Technical University of Munich', 'University of Leeds', 'Universidad Politécnica de Madrid',
  'University of Toronto', 'Tel Aviv University', 'Warsaw University of Technology', 'University of Washington', 'University of Lisbon',
  'Delft University of Technology',
];

export const FIELDS: readonly string[] = ['Computer Science', 'Software Engineering', 'Information Systems', 'Electrical Engineering', 'Mathematics', 'Physics'];

export const BULLETS: readonly string[] = [
  'Built order services with {a} and {b}',
  'Designed the billing pipeline in {a}, backed by {b}',
  'Migrated the legacy platform to {a}',
  'Cut page load time by 40% using {a} and {b}',
  'Maintained internal tools written in {a}',
  'Introduced {a} and {b} for the payments team',
  'Led a team of four building a reporting product on {a}',
  'Automated releases with {a}, {b} and {c}',
  'Covered the checkout flow with {a}',
  'Shipped a customer portal using {a}, {b} and {c}',
];
