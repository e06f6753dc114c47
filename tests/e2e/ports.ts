/**
 * Ports for one end-to-end run. LAQTA_E2E_PORT moves the whole block, so that two runs on one
 * machine (two developers, or a developer and CI) never fight over a port.
 */
export function e2ePorts() {
  const base = Number(process.env.LAQTA_E2E_PORT || 4173);
  return { app: base, openai: base + 1, gemini: base + 2, fal: base + 3 };
}
