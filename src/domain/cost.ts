import type { GenerationParams, ModelCapabilities } from './params';

/**
 * The estimated price of one run in US dollars (the model's published price for that length, or
 * seconds × its price per second at that resolution, the silent price when sound is off), or
 * undefined when the provider publishes no price for it. A retired model has none.
 */
export function estimateCost(caps: ModelCapabilities, params: GenerationParams): number | undefined {
  const price = caps.price;
  if (!price || caps.rawInput || caps.retired || caps.freeOptions) return undefined;
  const clip = price.perClip?.[String(params.seconds)];
  if (clip !== undefined) return round(clip);
  const silent = params.audio === false ? (price.perSecondSilent?.[params.resolution] ?? price.perSecondSilent?.['*']) : undefined;
  const perSecond = silent ?? price.perSecond?.[params.resolution] ?? price.perSecond?.['*'];
  return perSecond === undefined ? undefined : round(perSecond * params.seconds);
}

export interface BatchCost {
  /** Sum of the known estimates. */
  total: number;
  /** How many runs have no known price (the total then understates the cost). */
  unknown: number;
  count: number;
}

/** The total of several estimates; runs without a price are counted, not guessed. */
export function batchCost(estimates: readonly (number | undefined)[]): BatchCost {
  let total = 0;
  let unknown = 0;
  for (const e of estimates) {
    if (e === undefined) unknown++;
    else total += e;
  }
  return { total: round(total), unknown, count: estimates.length };
}

function round(dollars: number): number {
  return Math.round(dollars * 1000) / 1000;
}
