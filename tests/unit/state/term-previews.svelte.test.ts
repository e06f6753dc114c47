import { describe, expect, it } from 'vitest';
import { TermPreviews } from '../../../src/state/term-previews.svelte';
import type { RenderJob } from '../../../src/providers/previz/protocol';
import type { RenderedClip } from '../../../src/providers/previz/render-client';

function fakeRender() {
  const jobs: { job: RenderJob; finish: (clip: RenderedClip) => void; fail: (e: Error) => void }[] = [];
  const render = (job: RenderJob) => new Promise<RenderedClip>((finish, fail) => jobs.push({ job, finish, fail }));
  return { jobs, render };
}
const clip = (name: string): RenderedClip => ({ video: new Blob([name], { type: 'video/mp4' }), renderMs: 1, paintMs: 1, codec: 'avc' });
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('term previews', () => {
  it('draws a term once, small and two seconds long with no burned-in words, and keeps it', async () => {
    const { jobs, render } = fakeRender();
    const previews = new TermPreviews({ render, objectUrl: (b) => `blob:${b.size}` });
    previews.request('movement', 'dolly-in');
    expect(previews.get('movement', 'dolly-in')).toEqual({ status: 'drawing' });
    await settle();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.job).toMatchObject({ width: 320, height: 180, text: { badge: '', shown: '' } });
    expect(jobs[0]!.job.plan.seconds).toBe(2);
    expect(jobs[0]!.job.plan.segments.map((s) => s.move)).toEqual(['dolly-in']);
    jobs[0]!.finish(clip('abc'));
    await settle();
    expect(previews.get('movement', 'dolly-in')).toEqual({ status: 'ready', url: 'blob:3' });
    previews.request('movement', 'dolly-in');
    await settle();
    expect(jobs).toHaveLength(1);
  });

  it('draws one preview at a time, in the order asked', async () => {
    const { jobs, render } = fakeRender();
    const previews = new TermPreviews({ render, objectUrl: () => 'blob:x' });
    previews.request('angle', 'low');
    previews.request('lighting', 'golden-hour');
    await settle();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.job.plan.framing.height).toBeLessThan(1.6);
    jobs[0]!.finish(clip('a'));
    await settle();
    expect(jobs).toHaveLength(2);
    expect(jobs[1]!.job.plan.light.kelvin).toBeLessThan(3500);
  });

  it('says when the browser cannot draw it, and tries again when asked again', async () => {
    const { jobs, render } = fakeRender();
    const previews = new TermPreviews({ render, objectUrl: () => 'blob:x' });
    previews.request('shotSize', 'close-up');
    await settle();
    jobs[0]!.fail(new Error('no encoder'));
    await settle();
    expect(previews.get('shotSize', 'close-up')).toEqual({ status: 'failed', reason: 'no encoder' });
    previews.request('shotSize', 'close-up');
    await settle();
    expect(jobs).toHaveLength(2);
  });
});
