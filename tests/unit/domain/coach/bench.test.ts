import { describe, expect, it } from 'vitest';
import { benchPrompt, timeDiagnostics } from '../../../../src/domain/coach/bench';

// Timing is measured by `npm run bench`, not asserted here: this checks the measuring function itself.
describe('the coach bench helper', () => {
  it('builds a prompt of the asked length and reports its timings', () => {
    expect(benchPrompt(4000)).toHaveLength(4000);
    let clock = 0;
    const result = timeDiagnostics(() => (clock += 1), { keystrokes: 10 });
    expect(result).toMatchObject({ chars: 4001, keystrokes: 10, medianMs: 1, maxMs: 1 });
    console.log('coach on 4,000 characters:', timeDiagnostics(() => performance.now()));
  });
});
