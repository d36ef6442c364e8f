/** One cleaned line of a posting, with the structure the cleaning stages could see. */
export interface TextLine {
  /** The line's words: no bullet, markers or surrounding spaces. */
  readonly text: string;
  /** It was a list item (bullet, dash, number, `<li>`). */
  readonly bullet: boolean;
  /** Markup said it is a heading (`#`, `<h2>`, a bold-only line). */
  readonly marked: boolean;
  /** At least one blank line came before it. */
  readonly blankBefore: boolean;
  /** A horizontal rule (`---`, `<hr>`) came before it. */
  readonly separatorBefore: boolean;
}
