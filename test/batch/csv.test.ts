import { csvField, csvRecord } from '../../src/batch/csv';

describe('CSV (RFC 4180)', () => {
  it('leaves plain fields alone and writes null as an empty field', () => {
    expect(csvRecord(['a', 12.5, true, null, undefined])).toBe('a,12.5,true,,\r\n');
  });

  it('quotes fields holding a comma, a quote, CR or LF, doubling embedded quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('"')).toBe('""""');
  });
});
