/**
 * Server-Sent Events hub: holds the open /api/events streams, writes `event: change` to each
 * after every persisted change (with an `id:` so that a reconnecting client sends Last-Event-ID),
 * a `: ping` comment at an interval, and ends them all on close. A client that reconnects having
 * missed events is sent one catch-up event at once.
 */
import type { Response } from "express";

/** The open streams and how to reach them. */
export interface EventHub {
  /** Takes over a response as an event stream until the client leaves or the hub closes; `catchUp` is sent first. */
  subscribe(res: Response, catchUp?: SseEvent): void;
  /** Sends one event to every open stream. */
  broadcast(event: string, data: unknown, id?: string): void;
  /** Number of open streams. */
  readonly size: number;
  /** Ends every stream and stops the pings. */
  close(): void;
}

/** One event: its name, JSON data, and optional id. */
export interface SseEvent {
  event: string;
  data: unknown;
  id?: string;
}

/** The wire form of an event (ids and names never hold newlines). */
function frameOf({ event, data, id }: SseEvent): string {
  const clean = (s: string) => s.replace(/[\r\n]/g, "");
  return `${id !== undefined ? `id: ${clean(id)}\n` : ""}event: ${clean(event)}\ndata: ${JSON.stringify(data)}\n\n`;
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
    subscribe(res, catchUp) {
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
      if (catchUp) res.write(frameOf(catchUp));
      clients.add(res);
      res.on("close", () => clients.delete(res));
    },
    broadcast(event, data, id) {
      const frame = frameOf({ event, data, ...(id !== undefined && { id }) });
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
