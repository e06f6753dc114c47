import type { Messages } from '../types';

/** The glossary section: every vocabulary term, searchable, in both languages. */
export const en = {
  'nav.glossary': 'Glossary',
  'glossary.heading': 'Glossary',
  'glossary.intro': 'Every term the composer and the coach know, with what it does on screen. Search in English or Arabic.',
  'glossary.search': 'Search terms',
  'glossary.searchPlaceholder': 'e.g. close-up, golden hour, لقطة قريبة',
  'glossary.category': 'Category',
  'glossary.allCategories': 'All categories',
  'glossary.count': { zero: 'No term matches', one: '1 term', other: '{count} terms' },
  'glossary.promptWords': 'Prompt words',
  'glossary.use': 'Use in Compose',
  'glossary.useLabel': 'Use “{term}” in Compose',
  'glossary.added': 'Added “{term}” to the prompt.',
  'glossary.list': 'Terms',
} satisfies Messages;
