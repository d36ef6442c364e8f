/**
 * Candidates already in column form, as a database read can produce them without one object per
 * candidate and per skill: candidate i's skills are skillIds/months[offsets[i] .. offsets[i + 1]),
 * in skill id order, months -1 when unknown. Building the index of a million stored candidates
 * from spec objects spent as long allocating and collecting them as reading the database.
 */
export interface CandidateBatch {
  readonly ids: readonly string[];
  /** ids.length + 1 entries, the first 0. */
  readonly offsets: readonly number[];
  readonly skillIds: ArrayLike<number>;
  readonly months: ArrayLike<number>;
  /** Best completed and in-progress education rank per candidate (see educationRanks), -1 when none. */
  readonly eduCompleted: readonly number[];
  readonly eduInProgress: readonly number[];
}
