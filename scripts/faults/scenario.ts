/** One fact a scenario checked, with what it saw. */
export interface Check {
  readonly label: string;
  readonly ok: boolean;
  readonly detail: string;
}

export interface ScenarioResult {
  readonly name: string;
  readonly checks: readonly Check[];
  readonly passed: boolean;
}

/** Collects a scenario's checks. */
export class Checks {
  private readonly list: Check[] = [];

  add(label: string, ok: boolean, detail: string): void {
    this.list.push({ label, ok, detail });
  }

  result(name: string): ScenarioResult {
    return { name, checks: [...this.list], passed: this.list.length > 0 && this.list.every((c) => c.ok) };
  }
}

/** `PASS scenario: label (detail)` lines, as `npm run test:faults` prints them. */
export function formatResult(result: ScenarioResult): string {
  return result.checks.map((c) => `${c.ok ? 'PASS' : 'FAIL'} ${result.name}: ${c.label} (${c.detail})`).join('\n');
}
