/** How long a library may go without a backup before Laqta reminds the person. */
export const backupReminderAfterMs = 7 * 24 * 3600 * 1000;

/**
 * Whether to remind about a backup: there is something to lose (the oldest prompt is older than
 * the reminder period) and no whole-library export has been made within that period.
 */
export function backupDue(lastBackupAt: number | undefined, oldestPromptAt: number | undefined, now: number): boolean {
  if (oldestPromptAt === undefined || now - oldestPromptAt < backupReminderAfterMs) return false;
  return lastBackupAt === undefined || now - lastBackupAt >= backupReminderAfterMs;
}
