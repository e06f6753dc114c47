import { describe, expect, it } from 'vitest';
import { readJson } from '../../../src/providers/http';
import { createProvider } from '../../../src/providers/registry';

const key = 'sk-live-7f3a9c2e';

describe('the key is scrubbed from 200 answers too', () => {
  it('from every string of a parsed body, however deep', async () => {
    const body = { error: { message: `bad key ${key} in request` }, list: [`${key}`, { deep: `x${key}y` }], [key]: 1 };
    const read = await readJson<Record<string, unknown>>(new Response(JSON.stringify(body)), key);
    expect(JSON.stringify(read)).not.toContain(key);
    expect(read).toMatchObject({ error: { message: 'bad key ••• in request' }, list: ['•••', { deep: 'x•••y' }] });
  });

  it('from a failed video reported in a 200 (reason and raw)', async () => {
    const fetch = (async () =>
      new Response(JSON.stringify({ id: 'video_1', object: 'video', status: 'failed', error: { code: 'generation_failed', message: `upstream refused key ${key}` } }), {
        status: 200,
      })) as typeof globalThis.fetch;
    const provider = createProvider('openai', { baseUrl: 'https://gw.example/v1', key, fetch });
    const status = await provider.poll({ id: 'video_1' });
    expect(status.state).toBe('failed');
    expect(status.error?.reason).toBe('upstream refused key •••');
    expect(status.error?.raw).not.toContain(key);
  });

  it('from a failed Omni interaction reported in a 200', async () => {
    const fetch = (async () =>
      new Response(JSON.stringify({ id: 'int_1', status: 'failed', errors: [{ code: 'internal', message: `key=${key}` }] }), { status: 200 })) as typeof globalThis.fetch;
    const provider = createProvider('gemini', { baseUrl: 'https://generativelanguage.googleapis.com/v1beta', key, fetch });
    const status = await provider.poll({ id: 'int_1', kind: 'interaction' });
    expect(JSON.stringify({ reason: status.error?.reason, raw: status.error?.raw })).not.toContain(key);
  });
});
