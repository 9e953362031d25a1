// Coalesces any number of "something changed" signals into one callback per animation frame. A timer
// backs up requestAnimationFrame, which does not run in background tabs (uBO's SafeAnimationFrame).
export class FrameScheduler {
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly callback: () => void,
    private readonly fallbackMs = 250,
  ) {}

  schedule(): void {
    if (this.timer !== undefined) return;
    this.frame = requestAnimationFrame(() => this.run());
    this.timer = setTimeout(() => this.run(), this.fallbackMs);
  }

  cancel(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private run(): void {
    this.cancel();
    this.callback();
  }
}
