import type { Messages } from '../types';

export const en = {
  'offline.banner': 'You are offline: writing, the library, lessons and stored videos work; generating and checking keys need a connection.',
  'offline.needsNetwork': 'This needs a connection, and you are offline. Your work is kept here; try again when you are back online.',
  'offline.ready': 'Laqta is stored on this device and now opens without a connection.',
  'update.region': 'App update',
  'update.available': 'A new version of Laqta is ready.',
  'update.apply': 'Update now',
  'update.later': 'Later',
  'update.saveFirst': 'Save your prompt first: updating reloads this tab.',
  'update.appliedElsewhere': 'Laqta was updated. Reload this tab when your work is saved.',
  'update.reload': 'Reload',
} satisfies Messages;
