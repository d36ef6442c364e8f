// The page's operations are the files in examples/ (a test runs each one against the seed data).
export { default as POSTINGS } from '../../examples/web-postings.graphql';
export { default as POSTING } from '../../examples/web-posting.graphql';
export { default as KEY_CHECK } from '../../examples/web-key-check.graphql';
export { default as RANKING } from '../../examples/web-ranking.graphql';
export { default as RANKING_CSV } from '../../examples/web-ranking-csv.graphql';
export { default as PARSE_POSTING } from '../../examples/web-parse-posting.graphql';
export { default as CREATE_POSTING } from '../../examples/web-create-posting.graphql';
export { default as CANDIDATE } from '../../examples/web-candidate.graphql';
export { default as PARSE_RESUME } from '../../examples/web-parse-resume.graphql';
export { default as IMPORT_RESUME } from '../../examples/web-import-resume.graphql';
export { default as PARSE_POSTING_DOCUMENT } from '../../examples/web-parse-posting-document.graphql';
