/** Fictional first and last names for synthetic candidates: varied, and nobody in particular. */
export const FIRST_NAMES: readonly string[] = [
  'Ada', 'Aiko', 'Amara', 'Anders', 'Bilal', 'Camille', 'Chen', 'Dara', 'Diego', 'Elif', 'Emeka', 'Farah',
  'Gabriel', 'Hana', 'Ines', 'Ivan', 'Jonas', 'Kai', 'Lea', 'Leila', 'Luca', 'Maya', 'Mateo', 'Nadia',
  'Nikhil', 'Noor', 'Olu', 'Priya', 'Rafael', 'Rosa', 'Sami', 'Sofia', 'Tariq', 'Thu', 'Valentina', 'Yusuf',
  'Zara', 'Oren', 'Malak', 'Tomasz',
];

export const LAST_NAMES: readonly string[] = [
  'Abara', 'Berglund', 'Castellano', 'Dumont', 'Eriksen', 'Fontaine', 'Gallo', 'Haddad', 'Ibarra', 'Jansen',
  'Kowalczyk', 'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quintero', 'Rahman', 'Sato', 'Tanaka',
  'Umarov', 'Varga', 'Weber', 'Xu', 'Yilmaz', 'Zielinski', 'Adeyemi', 'Brennan', 'Costa', 'Dubois',
];

export const LOCATIONS: readonly string[] = [
  'Montreal, QC', 'Toronto, ON', 'Lyon, France', 'Berlin, Germany', 'Remote', 'Austin, TX', 'Lisbon, Portugal',
  'Ottawa, ON', 'Madrid, Spain', 'Warsaw, Poland',
];
