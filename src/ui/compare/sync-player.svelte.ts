/** Frames per second the transport steps by (the common rate of generated video). */
export const frameRate = 24;
const frame = 1 / frameRate;
/** Drift a follower may have before its speed is nudged (a quarter of a frame). */
const nudgeAbove = frame / 4;
/** Drift beyond which a follower is sought back onto the leader instead of nudged. */
const seekAbove = 0.25;

/**
 * Plays several <video> elements as one: one play/pause, one position, one speed, one loop. The
 * longest video leads; every animation frame each follower's drift from the leader is measured
 * and corrected (a small speed nudge, or a seek when far off), so all stay within a frame.
 */
export class SyncPlayer {
  playing = $state(false);
  time = $state(0);
  duration = $state(0);
  rate = $state(1);
  loop = $state(true);
  #videos: HTMLVideoElement[] = [];
  #raf = 0;
  #detach: (() => void) | undefined;
  /** True while the videos are being lined up and started (their own 'waiting' events are expected then). */
  #starting = false;

  /** Takes charge of these videos (replacing any before); returns the function that lets go. */
  attach(videos: HTMLVideoElement[]): () => void {
    this.#detach?.();
    this.#videos = videos;
    const onMeta = () => (this.duration = Math.max(0, ...videos.map((v) => (Number.isFinite(v.duration) ? v.duration : 0))));
    const onEnded = (event: Event) => {
      if (event.target !== this.#leader()) return;
      if (this.loop) {
        this.seek(0);
        void this.#playAll();
      } else this.pause();
    };
    // One video starved of data stops the rest too; all restart together from where it stopped.
    const onWaiting = () => {
      if (this.playing && !this.#starting) void this.#resync();
    };
    for (const v of videos) {
      v.playbackRate = this.rate;
      v.addEventListener('loadedmetadata', onMeta);
      v.addEventListener('ended', onEnded);
      v.addEventListener('waiting', onWaiting);
      if (!this.playing) v.pause();
    }
    onMeta();
    if (this.time > 0) this.seek(this.time);
    if (this.playing) void this.#playAll();
    const detach = () => {
      cancelAnimationFrame(this.#raf);
      for (const v of videos) {
        v.removeEventListener('loadedmetadata', onMeta);
        v.removeEventListener('ended', onEnded);
        v.removeEventListener('waiting', onWaiting);
      }
      if (this.#detach === detach) this.#detach = undefined;
    };
    this.#detach = detach;
    return detach;
  }

  async play(): Promise<void> {
    if (!this.#videos.length) return;
    if (this.time >= this.duration - frame) this.seek(0);
    this.playing = true;
    await this.#playAll();
  }

  pause(): void {
    this.playing = false;
    cancelAnimationFrame(this.#raf);
    for (const v of this.#videos) v.pause();
    const leader = this.#leader();
    if (leader) this.seek(leader.currentTime);
  }

  toggle(): void {
    if (this.playing) this.pause();
    else void this.play();
  }

  /** Moves every video to `seconds` (a shorter video holds its last frame). */
  seek(seconds: number): void {
    const t = Math.max(0, Math.min(seconds, this.duration || seconds));
    this.time = t;
    for (const v of this.#videos) v.currentTime = Number.isFinite(v.duration) ? Math.min(t, v.duration) : t;
  }

  /** Pauses and moves by whole frames (negative: back). */
  step(frames: number): void {
    if (this.playing) this.pause();
    this.seek(Math.round((this.time + frames * frame) * frameRate) / frameRate);
  }

  setRate(rate: number): void {
    this.rate = rate;
    for (const v of this.#videos) v.playbackRate = rate;
  }

  #leader(): HTMLVideoElement | undefined {
    let leader: HTMLVideoElement | undefined;
    for (const v of this.#videos) if (!leader || (v.duration || 0) > (leader.duration || 0)) leader = v;
    return leader;
  }

  async #resync(): Promise<void> {
    cancelAnimationFrame(this.#raf);
    for (const v of this.#videos) v.pause();
    const leader = this.#leader();
    if (leader) this.time = leader.currentTime;
    await this.#playAll();
  }

  async #playAll(): Promise<void> {
    if (this.#starting) return;
    this.#starting = true;
    try {
      // If the videos were swapped (flicker on or off) while starting, start the new ones.
      while (this.playing && !(await this.#startTogether()));
    } finally {
      this.#starting = false;
    }
  }

  async #startTogether(): Promise<boolean> {
    const videos = this.#videos;
    // Start together: wait until every video can play from the same point, then start all at once.
    await Promise.all(videos.map(canPlay));
    if (!this.playing || videos !== this.#videos) return !this.playing;
    this.seek(this.time);
    await Promise.all(videos.map(canPlay));
    if (!this.playing || videos !== this.#videos) return !this.playing;
    const started = await Promise.allSettled(videos.map((v) => v.play()));
    if (started.every((s) => s.status === 'rejected')) {
      this.playing = false;
      return true;
    }
    cancelAnimationFrame(this.#raf);
    this.#raf = requestAnimationFrame(this.#tick);
    return true;
  }

  #tick = () => {
    if (!this.playing) return;
    const leader = this.#leader();
    if (leader) {
      const target = leader.currentTime;
      this.time = target;
      for (const v of this.#videos) {
        if (v === leader || v.readyState < 2) continue;
        if (target >= v.duration) continue;
        if (v.paused && !v.ended) void v.play().catch(() => undefined);
        const drift = v.currentTime - target;
        if (Math.abs(drift) > seekAbove) {
          v.currentTime = target;
          v.playbackRate = this.rate;
        } else if (Math.abs(drift) > nudgeAbove) {
          // Catch up (or fall back) within about an eighth of a second, never by more than ±50 %.
          const nudge = Math.max(-0.5, Math.min(0.5, drift * 8));
          v.playbackRate = this.rate * (1 - nudge);
        } else if (v.playbackRate !== this.rate) v.playbackRate = this.rate;
      }
    }
    this.#raf = requestAnimationFrame(this.#tick);
  };
}

function canPlay(v: HTMLVideoElement): Promise<void> {
  if (v.readyState >= 3 || v.error || !v.currentSrc) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      v.removeEventListener('canplay', done);
      v.removeEventListener('error', done);
      resolve();
    };
    v.addEventListener('canplay', done);
    v.addEventListener('error', done);
  });
}
