import { readPostingText } from '../../src/ingestion';
import { parsePosting } from '../../src/parsing/posting';
import { skillsOf, taxonomy } from '../parsing/posting/helpers';

// A page template whose paragraphs are wrapped in the source, as hand-written HTML usually is.
const PAGE = `<html><body><main>
    <h1>Lead Designer</h1>
    <h2>About you</h2>
    <p>We're looking for someone who can do more than just Photoshop
      mockups; being able to create usable HTML + CSS + jQuery is an
      important part of the job.</p>
    <pre>keep
these lines</pre>
</main></body></html>`;

describe('an HTML page whose source wraps its paragraphs (issue 10)', () => {
  it('reads a source line break as a space, as a browser shows it', () => {
    const doc = readPostingText(PAGE);
    expect(doc.format).toBe('HTML');
    expect(doc.text).toContain(
      "We're looking for someone who can do more than just Photoshop mockups; being able to create usable HTML + CSS + jQuery is an important part of the job.",
    );
    expect(doc.text).toContain('keep\nthese lines');
    const { posting } = parsePosting(doc.text, taxonomy());
    expect(skillsOf(posting.requirements, 'REQUIRED')).toEqual(
      expect.arrayContaining(['Adobe Photoshop', 'HTML', 'CSS', 'jQuery']),
    );
  });
});
