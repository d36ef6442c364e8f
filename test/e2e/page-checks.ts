/// <reference lib="dom" />
// The callbacks given to page.evaluate run in the browser, hence the DOM types.
/** Checks the browser tests make on every view (CSP, console, accessibility, screenshots), and a test PDF. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Page } from 'puppeteer-core';

const SHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');
export const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core on the current view: no serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const result = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] })`)) as {
    violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
  };
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Screenshots of the view at both sizes (docs/screenshots), and no sideways scrolling at either. */
export async function screenshots(page: Page, name: string, anchor?: string): Promise<void> {
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewport(viewport);
    if (anchor) await page.$eval(anchor, (el) => el.scrollIntoView({ block: 'start' }));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect({ name, size, overflow }).toEqual({ name, size, overflow: 0 });
    await page.screenshot({ path: join(SHOTS, `${name}-${size}.png`) as `${string}.png` });
  }
  await page.setViewport(SIZES.desktop);
}

/** A one-page PDF with a text layer of these lines, as a résumé exported from a word processor. */
export async function pdfOfLines(lines: readonly string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const pageOfPdf = pdf.addPage([595, 842]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  lines.forEach((line, i) => pageOfPdf.drawText(line, { x: 50, y: 780 - i * 18, size: 12, font }));
  return pdf.save();
}

/**
 * Records every CSP violation in the page (an inline script or style sneaking in fails the run) and
 * every console error into `errors`.
 */
export async function watchPage(page: Page, errors: string[]): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
}

/** The CSP violations recorded since the page was loaded. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}
