// Coalesces any number of "something changed" signals into one callback per animation frame. A timer
// backs up requestAnimationFrame, which does not run in background tabs (uBO's SafeAnimationFrame).
// The backup timer is armed once and outlives the frames it backs: a page changing 50 times a second
// would otherwise set and clear 50 timers a second.
export class FrameScheduler {
  #pending = false;
  #frame = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  readonly #callback: () => void;
  readonly #fallbackMs: number;

  constructor(callback: () => void, fallbackMs = 250) {
    this.#callback = callback;
    this.#fallbackMs = fallbackMs;
  }

  /** Runs the callback once, in the next animation frame or within fallbackMs, whichever comes first. */
  schedule(): void {
    if (this.#pending) return;
    this.#pending = true;
    this.#frame = requestAnimationFrame(this.#onFrame);
    this.#timer ??= setTimeout(this.#onTimer, this.#fallbackMs);
  }

  cancel(): void {
    this.#pending = false;
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  readonly #onFrame = () => {
    if (this.#pending) this.#run();
  };

  readonly #onTimer = () => {
    this.#timer = undefined;
    if (!this.#pending) return;
    cancelAnimationFrame(this.#frame);
    this.#run();
  };

  #run(): void {
    this.#pending = false;
    this.#callback();
  }
}
