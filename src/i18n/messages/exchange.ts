import type { Messages, Translation } from '../types';

export const en = {} satisfies Messages;

export const ar: Translation<typeof en> = {};
