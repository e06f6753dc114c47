import type { Messages } from '../types';

export const en = {
  'storage.quota': 'Your browser has no room left for Laqta\'s data. Delete some videos in Runs or export your library, then try again. Nothing already stored was lost.',
  'storage.unavailable': 'This browser is not letting Laqta keep data (private mode or storage turned off). You can keep working, but nothing will be kept after you close the tab: export your work before you leave.',
  'storage.newerSchema': 'A newer version of Laqta has updated your library in another tab. Reload this page to keep working; this tab will not save until then.',
  'storage.failed': 'Laqta could not write to your browser\'s storage. Your work is still on screen; try saving again. Nothing already stored was lost.',
  'storage.memoryBanner': 'Storage is unavailable in this browser: your work is kept only while this tab stays open.',
  'storage.reload': 'Reload',
} satisfies Messages;
