import type { GenerationParams, ModelCapabilities } from './params';

/**
 * The estimated price of one run in US dollars (seconds × the model's published price per second
 * at that resolution), or undefined when the provider publishes no price for it.
 */
export function estimateCost(caps: ModelCapabilities, params: GenerationParams): number | undefined {
  const prices = caps.pricePerSecond;
  if (!prices || caps.rawInput) return undefined;
  const perSecond = prices[params.resolution] ?? prices['*'];
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
