import { skillLevelFromText } from '../../../src/parsing/resume/skill-level';
import { educationLevelFromStudyType } from '../../../src/parsing/resume/study-type';

describe('educationLevelFromStudyType', () => {
  it.each([
    ['BS', 'BACHELOR'],
    ['B.S.', 'BACHELOR'],
    ['B.Sc.', 'BACHELOR'],
    ['BSc', 'BACHELOR'],
    ['BA', 'BACHELOR'],
    ['B.A.', 'BACHELOR'],
    ['Bachelor', 'BACHELOR'],
    ['Bachelor of Science', 'BACHELOR'],
    ["Bachelor's degree", 'BACHELOR'],
    ['BEng (Hons)', 'BACHELOR'],
    ['B.Tech', 'BACHELOR'],
    ['BS in Computer Science', 'BACHELOR'],
    ['B. S.', 'BACHELOR'],
    ['MS', 'MASTER'],
    ['M.S.', 'MASTER'],
    ['M.Sc.', 'MASTER'],
    ['MSc', 'MASTER'],
    ['M. Sc.', 'MASTER'],
    ['MBA', 'MASTER'],
    ['MEng', 'MASTER'],
    ['Master of Engineering', 'MASTER'],
    ["Master's", 'MASTER'],
    ['MA', 'MASTER'],
    ['PhD', 'DOCTORATE'],
    ['Ph.D.', 'DOCTORATE'],
    ['Doctorate', 'DOCTORATE'],
    ['Doctor of Philosophy', 'DOCTORATE'],
    ['Associate', 'ASSOCIATE'],
    ['AS', 'ASSOCIATE'],
    ['A.S.', 'ASSOCIATE'],
    ['Associate of Applied Science', 'ASSOCIATE'],
    ["Associate's degree", 'ASSOCIATE'],
    ['High School', 'HIGH_SCHOOL'],
    ['High School Diploma', 'HIGH_SCHOOL'],
    ['GED', 'HIGH_SCHOOL'],
    ['MSCS', 'MASTER'],
    ['Licence en Informatique', 'BACHELOR'],
    ['Licenciatura em Matemática', 'BACHELOR'],
    ["Diplôme d'ingénieur", 'MASTER'],
    ['Mestrado em Engenharia', 'MASTER'],
    ['HND Computing', 'ASSOCIATE'],
    ['Higher National Diploma in Computing', 'ASSOCIATE'],
    ['A-levels', 'HIGH_SCHOOL'],
    ['A Levels: Maths, Physics', 'HIGH_SCHOOL'],
    ['GCSEs', 'HIGH_SCHOOL'],
    ['Abitur', 'HIGH_SCHOOL'],
    ['Baccalauréat scientifique', 'HIGH_SCHOOL'],
  ])('%s -> %s', (studyType, level) => {
    expect(educationLevelFromStudyType(studyType)).toBe(level);
  });

  it.each([
    'Certificate',
    'Bootcamp',
    'Diploma',
    'Coursework',
    '',
    '   ',
    'As a self-taught developer',
    'Reached a level of fluency',
  ])('names no level: %j', (studyType) => {
    expect(educationLevelFromStudyType(studyType)).toBeNull();
  });
});

describe('skillLevelFromText', () => {
  it.each([
    ['Beginner', 'BEGINNER'],
    ['novice', 'BEGINNER'],
    ['Basic', 'BEGINNER'],
    ['Advanced Beginner', 'BEGINNER'],
    ['Intermediate', 'INTERMEDIATE'],
    ['Competent', 'INTERMEDIATE'],
    ['working knowledge', 'INTERMEDIATE'],
    ['Advanced', 'ADVANCED'],
    ['Proficient', 'ADVANCED'],
    ['Senior', 'ADVANCED'],
    ['Expert', 'EXPERT'],
    ['Master', 'EXPERT'],
    [' EXPERT ', 'EXPERT'],
  ])('%s -> %s', (text, level) => {
    expect(skillLevelFromText(text)).toBe(level);
  });

  it('knows no level in numbers or boasts', () => {
    expect(skillLevelFromText('4/5')).toBeNull();
    expect(skillLevelFromText('rockstar')).toBeNull();
  });
});
