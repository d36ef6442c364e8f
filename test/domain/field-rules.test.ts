import { printable, printableLines } from '../../src/cli/terminal-text';
import { textProblem } from '../../src/domain/field-rules';

describe('text rules', () => {
  it.each([
    ['whitespace only', '   \t '],
    ['empty', ''],
    ['NUL', 'Ann\u0000Lee'],
    ['ESC (a terminal sequence)', 'Ann \u001b[2J'],
    ['CR/LF', 'Ann\r\nAdmin: yes'],
    ['TAB', 'Ann\tLee'],
    ['DEL', 'Ann\u007f'],
    ['C1 (CSI)', 'Ann\u009b31m'],
    ['a line separator', 'Ann\u2028Lee'],
  ])('refuse %s in a single line', (_what, value) => {
    expect(textProblem(value)).not.toBeNull();
  });

  it('accept ordinary names in any script, with inner spaces and punctuation', () => {
    for (const v of ['Ann Lee', 'José Müller-Ørsted', '李小龍', "O'Brien, Jr.", 'C++ / C#', 'ann.lee+jobs@example.org'])
      expect(textProblem(v)).toBeNull();
  });

  it('let running text keep TAB and line breaks, and be empty, but not other controls', () => {
    expect(textProblem('Line one\r\n\tLine two\n', 'text')).toBeNull();
    expect(textProblem('', 'text')).toBeNull();
    expect(textProblem('Bad \u001b[31m red', 'text')).toMatch(/U\+001B at position 4/);
    expect(textProblem('nul\u0000', 'text')).toMatch(/U\+0000/);
  });
});

describe('terminal output of stored text', () => {
  it('shows control characters as escapes instead of sending them', () => {
    const shown = printable('evil\u001b[2J\u001b]0;owned\u0007\r\nroot\u2028x');
    expect(shown).toBe('evil\\x1b[2J\\x1b]0;owned\\x07\\r\\nroot\\u{2028}x');
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(shown).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(printable('José 李')).toBe('José 李');
    expect(printableLines('one\u001b[2J\ntwo\r')).toBe('one\\x1b[2J\ntwo\\r');
  });
});
