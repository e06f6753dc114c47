import { describe, expect, it } from 'vitest';
import { currentSchemaVersion, migrations } from '../../../src/storage/migrations';

describe('storage migrations', () => {
  it('are numbered, contiguous and end at the current schema', () => {
    let version = 1;
    for (const step of migrations) {
      expect(step.from, step.name).toBe(version);
      expect(step.to, step.name).toBe(version + 1);
      version = step.to;
    }
    expect(version).toBe(currentSchemaVersion);
  });
});
