import { type MessagePort, receiveMessageOnPort } from 'node:worker_threads';

/**
 * A one-way message channel from a reading thread to a thread that must stay synchronous (the
 * import writes inside one SQLite transaction, and better-sqlite3 cannot yield to the event
 * loop). The receiver blocks on shared memory instead of waiting for a 'message' event, and the
 * sender stops while too many bytes are in flight, so the reader can run ahead of the writer by
 * a bounded amount whatever the bundle holds.
 *
 * Shared state (Int32 slots): messages posted (the receiver's wake-up), KiB in flight (the
 * sender's brake), and a cancel flag the receiver raises when it gives up.
 */
const POSTED = 0;
const IN_FLIGHT_KIB = 1;
const CANCELLED = 2;
const SLOTS = 3;

export function newChannelState(): SharedArrayBuffer {
  return new SharedArrayBuffer(SLOTS * Int32Array.BYTES_PER_ELEMENT);
}

/** Thrown in the sender when the receiver has cancelled: the reading simply stops. */
export class ChannelCancelled extends Error {}

/** How long the sender sleeps between looks at the cancel flag while braked. */
const BRAKE_POLL_MS = 100;

export class BoundedSender {
  private readonly state: Int32Array;

  constructor(
    private readonly port: MessagePort,
    state: SharedArrayBuffer,
    /** Most KiB posted and not yet taken; one message is always let through when none are. */
    private readonly maxInFlightKib: number,
  ) {
    this.state = new Int32Array(state);
  }

  get cancelled(): boolean {
    return Atomics.load(this.state, CANCELLED) !== 0;
  }

  /** Posts `message`, first waiting while the receiver holds too much; `bytes` is its payload's size. */
  send(message: unknown, bytes: number): void {
    const kib = Math.ceil(bytes / 1024) + 1;
    for (;;) {
      if (this.cancelled) throw new ChannelCancelled();
      const inFlight = Atomics.load(this.state, IN_FLIGHT_KIB);
      if (inFlight === 0 || inFlight + kib <= this.maxInFlightKib) break;
      Atomics.wait(this.state, IN_FLIGHT_KIB, inFlight, BRAKE_POLL_MS);
    }
    Atomics.add(this.state, IN_FLIGHT_KIB, kib);
    this.port.postMessage({ kib, message });
    Atomics.add(this.state, POSTED, 1);
    Atomics.notify(this.state, POSTED);
  }
}

export class BlockingReceiver {
  private readonly state: Int32Array;

  constructor(
    private readonly port: MessagePort,
    state: SharedArrayBuffer,
    /** A sender silent this long is taken for dead (a worker cannot report its own crash to a blocked thread). */
    private readonly stallMs: number,
  ) {
    this.state = new Int32Array(state);
  }

  /** The next message, blocking until it comes; throws if none comes within the stall time. */
  receive(): unknown {
    let waited = 0;
    for (;;) {
      const posted = Atomics.load(this.state, POSTED);
      const got = receiveMessageOnPort(this.port) as { message: { kib: number; message: unknown } } | undefined;
      if (got) {
        Atomics.sub(this.state, IN_FLIGHT_KIB, got.message.kib);
        Atomics.notify(this.state, IN_FLIGHT_KIB);
        return got.message.message;
      }
      if (waited >= this.stallMs) throw new Error(`the bundle reader sent nothing for ${this.stallMs / 1000} s`);
      const started = Date.now();
      Atomics.wait(this.state, POSTED, posted, Math.min(1000, this.stallMs));
      waited += Date.now() - started;
    }
  }

  /** Tells the sender to stop (it notices within BRAKE_POLL_MS, or at its next message). */
  cancel(): void {
    Atomics.store(this.state, CANCELLED, 1);
    Atomics.notify(this.state, IN_FLIGHT_KIB);
  }
}
