import type { MentionToken } from './mention-tokens';

/**
 * Skill names that are also ordinary words (or letters). Written alone they only count with the
 * taxonomy's own capitalisation ("Go", "R", "React", "REST"), so "go to market", "rest of the
 * team" or "react quickly" name no skill. Names of two letters or fewer are always treated so.
 */
const COMMON_WORDS: ReadonlySet<string> = new Set([
  'access',
  'ada',
  'airflow',
  'alpine',
  'ant',
  'apex',
  'apollo',
  'assembly',
  'athena',
  'aurora',
  'babel',
  'backbone',
  'bamboo',
  'basic',
  'bash',
  'beam',
  'bind',
  'blender',
  'boost',
  'bootstrap',
  'bun',
  'burp',
  'celery',
  'chai',
  'chef',
  'confluence',
  'consul',
  'crystal',
  'cucumber',
  'cypress',
  'dagger',
  'dart',
  'echo',
  'eclipse',
  'electron',
  'elixir',
  'elm',
  'ember',
  'envoy',
  'enzyme',
  'excel',
  'express',
  'fair',
  'fedora',
  'flask',
  'flutter',
  'gatsby',
  'gin',
  'glue',
  'greenhouse',
  'groovy',
  'grunt',
  'gulp',
  'hack',
  'helm',
  'hive',
  'influx',
  'ionic',
  'jasmine',
  'jest',
  'julia',
  'karma',
  'lambda',
  'lamp',
  'lean',
  'less',
  'lever',
  'litmus',
  'locust',
  'looker',
  'make',
  'maven',
  'mean',
  'meteor',
  'mocha',
  'mongoose',
  'next',
  'nexus',
  'node',
  'nomad',
  'notion',
  'packer',
  'personas',
  'phoenix',
  'pig',
  'pinecone',
  'polish',
  'postfix',
  'pip',
  'playwright',
  'postman',
  'presto',
  'pulsar',
  'puppet',
  'racket',
  'rails',
  'rancher',
  'react',
  'rest',
  'room',
  'rust',
  'safe',
  'salt',
  'scheme',
  'scratch',
  'selenium',
  'sentry',
  'shell',
  'slack',
  'snowflake',
  'soap',
  'solid',
  'solidity',
  'spanner',
  'spark',
  'spring',
  'storm',
  'swift',
  'tableau',
  'tailwind',
  'timescale',
  'unity',
  'usability',
  'vagrant',
  'vault',
  'windows',
  'word',
  'yarn',
  'yeoman',
  'zap',
]);

// After a sentence starts with one of these words followed by one of these, it is prose ("Go to
// market", "React quickly to incidents"), not a skill list.
const PROSE_FOLLOWERS: ReadonlySet<string> = new Set([
  'a',
  'ahead',
  'an',
  'back',
  'beyond',
  'faster',
  'forward',
  'further',
  'into',
  'live',
  'out',
  'over',
  'quickly',
  'the',
  'through',
  'to',
  'up',
  'well',
]);

const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', '•', '*', '·']);

/**
 * Whether a one-token spelling is a word of everyday prose too (a common word, or one or two
 * letters), so that alone in a text it counts only as the taxonomy writes it.
 */
export function isAmbiguousWord(key: string): boolean {
  return /^\p{L}{1,2}$/u.test(key) || COMMON_WORDS.has(key);
}

/**
 * Whether a lone ambiguous token (Go, R, React, REST) is meant as the skill here: written as the
 * taxonomy spells it, and not a title-case word opening a sentence of prose ("React quickly").
 */
export function acceptsLoneWord(
  exact: ReadonlySet<string>,
  tokens: readonly MentionToken[],
  i: number,
  text: string,
): boolean {
  const token = tokens[i];
  if (!exact.has(token.raw)) return false;
  // Only title-case words read as prose: single letters and acronyms (C, R, REST) never do.
  if (!/^\p{Lu}\p{Ll}+$/u.test(token.raw)) return true;
  const next = tokens[i + 1];
  if (next === undefined) return true;
  // "Go-to-market", "Go-live": a hyphenated compound, not the language.
  if (next.raw === '-' && next.start === token.end) return false;
  const previous = tokens[i - 1];
  const startsSentence =
    previous === undefined || SENTENCE_ENDS.has(previous.raw) || text.slice(previous.end, token.start).includes('\n');
  return !(startsSentence && PROSE_FOLLOWERS.has(next.raw));
}
