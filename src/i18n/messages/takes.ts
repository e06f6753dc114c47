import type { Messages } from '../types';

/** Takes: several runs of one prompt version, their grid, and the verdict on rated takes. */
export const en = {
  'takes.label': 'Take {index} of {count}',
  'takes.verdict.needRatings': { one: 'Rate at least 2 takes of {column} to get a verdict (1 rated so far).', other: 'Rate at least 2 takes of {column} to get a verdict ({count} rated so far).', zero: 'Rate at least 2 takes of {column} to get a verdict (none rated so far).' },
  'takes.verdict.higher': '{leader} is rated higher than {other}: a take of {leader} beats a take of {other} in {wins} of {pairs} pairings, and luck alone gives a gap this large only {p} of the time.',
  'takes.verdict.tooClose': { one: 'Too close to call with 1 take: {leader} leads in {wins} of {pairs} pairings, which luck alone gives {p} of the time. Generate more takes.', other: 'Too close to call with {count} takes: {leader} leads in {wins} of {pairs} pairings, which luck alone gives {p} of the time. Generate more takes.' },
  'takes.verdict.even': { one: 'Too close to call with 1 take: neither is rated higher. Generate more takes.', other: 'Too close to call with {count} takes: neither is rated higher. Generate more takes.' },
  'takes.verdict.how': 'How this is decided: every take of one column is paired with every take of the other, and a difference is called only when luck alone (the exact Mann-Whitney rank test) would give a count this lopsided less than 5% of the time.',
} satisfies Messages;
