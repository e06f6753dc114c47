import { describe, expect, it } from 'vitest';
import { backupDue, backupReminderAfterMs as week } from '../../../src/domain/backup';

const now = 100 * week;

describe('the backup reminder', () => {
  it('stays quiet for an empty or young library', () => {
    expect(backupDue(undefined, undefined, now)).toBe(false);
    expect(backupDue(undefined, now - week + 1, now)).toBe(false);
  });

  it('R11: asks for a first backup once the library is a week old', () => {
    expect(backupDue(undefined, now - week, now)).toBe(true);
  });

  it('rests for a week after a backup, then asks again', () => {
    expect(backupDue(now - week + 1, now - 10 * week, now)).toBe(false);
    expect(backupDue(now - week, now - 10 * week, now)).toBe(true);
  });
});
