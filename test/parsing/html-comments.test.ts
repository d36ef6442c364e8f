import { replaceHtmlComments } from '../../src/parsing/html-comments';

describe('replaceHtmlComments', () => {
  const mark = (c: string): string => `[${c.length}]`;

  it('replaces each closed comment, whole, by what the callback makes of it', () => {
    expect(replaceHtmlComments('a<!-- x -->b<!--y-->c', mark, 'kept')).toBe('a[10]b[8]c');
  });

  it('keeps an unclosed comment as written, or lets it hide the rest of the text', () => {
    expect(replaceHtmlComments('a<!--b-->c<!-- open', mark, 'kept')).toBe('a[8]c<!-- open');
    expect(replaceHtmlComments('a<!--b-->c<!-- open', mark, 'hides')).toBe('a[8]c[9]');
  });
});
