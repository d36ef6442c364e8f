/**
 * Private-use characters the cleaning stages use to carry structure from markup to the line
 * splitter. Input text never contains them: `stripMarkers` removes any before cleaning starts.
 */
export const HEADING_MARK = '\uE000';
export const BULLET_MARK = '\uE001';
export const SEPARATOR_MARK = '\uE002';

/** Removes marker characters from raw input so that text cannot forge structure. */
export function stripMarkers(text: string): string {
  return text.replace(/[\uE000-\uE002]/gu, '');
}
