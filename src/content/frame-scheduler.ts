// Coalesces any number of "something changed" signals into one callback per animation frame. A timer
// backs up requestAnimationFrame, which does not run in background tabs (uBO's SafeAnimationFrame).
export class FrameScheduler {
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private later: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly callback: () => void,
    private readonly fallbackMs = 250,
  ) {}

  schedule(): void {
    if (this.timer !== undefined) return;
    this.frame = requestAnimationFrame(() => this.run());
    this.timer = setTimeout(() => this.run(), this.fallbackMs);
  }

  /** Schedules a frame in `ms` unless one is already on its way (schedule() still runs sooner). */
  scheduleIn(ms: number): void {
    if (this.timer !== undefined || this.later !== undefined) return;
    if (ms <= 0) return this.schedule();
    this.later = setTimeout(() => {
      this.later = undefined;
      this.schedule();
    }, ms);
  }

  cancel(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    clearTimeout(this.later);
    this.timer = undefined;
    this.later = undefined;
  }

  private run(): void {
    this.cancel();
    this.callback();
  }
}
