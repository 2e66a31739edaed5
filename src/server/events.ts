/**
 * Server-Sent Events hub: holds the open /api/events streams, writes `event: change` to each
 * after every persisted change, a `: ping` comment at an interval, and ends them all on close.
 */
import type { Response } from "express";

/** The open streams and how to reach them. */
export interface EventHub {
  /** Takes over a response as an event stream until the client leaves or the hub closes. */
  subscribe(res: Response): void;
  /** Sends one event to every open stream. */
  broadcast(event: string, data: unknown): void;
  /** Number of open streams. */
  readonly size: number;
  /** Ends every stream and stops the pings. */
  close(): void;
}

/** Creates a hub that pings every `pingMs` milliseconds. */
export function createEventHub(options: { pingMs: number; retryMs?: number }): EventHub {
  const clients = new Set<Response>();
  let closed = false;
  const ping = setInterval(() => {
    for (const res of clients) res.write(": ping\n\n");
  }, options.pingMs);
  ping.unref();

  return {
    subscribe(res) {
      if (closed) {
        res.status(503).end();
        return;
      }
      res.status(200);
      res.setHeader("Content-Type", "text/event-stream; charset=utf-8");
      res.setHeader("Cache-Control", "no-cache, no-transform");
      res.setHeader("Connection", "keep-alive");
      res.setHeader("X-Accel-Buffering", "no");
      res.flushHeaders();
      res.write(`retry: ${options.retryMs ?? 3000}\n: connected\n\n`);
      clients.add(res);
      res.on("close", () => clients.delete(res));
    },
    broadcast(event, data) {
      const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
      for (const res of clients) res.write(frame);
    },
    get size() {
      return clients.size;
    },
    close() {
      closed = true;
      clearInterval(ping);
      for (const res of clients) res.end();
      clients.clear();
    },
  };
}
