/**
 * Server-Sent Events hub: holds the open /api/events streams, writes `event: change` to each
 * after every persisted change (with an `id:` so that a reconnecting client sends Last-Event-ID),
 * a `: ping` comment at an interval, and ends them all on close. A client that reconnects having
 * missed events is sent one catch-up event at once. It holds at most `maxPerClient` streams per
 * client address and `maxTotal` in all.
 */
import type { Response } from "express";
import { KgError } from "../model/errors.ts";

/** The open streams and how to reach them. */
export interface EventHub {
  /**
   * Takes over a response as an event stream until the client leaves or the hub closes; throws
   * TOO_MANY_STREAMS when `client` holds its most streams, STREAMS_FULL when the hub is full.
   * `catchUp` is sent first.
   */
  subscribe(res: Response, client: string, catchUp?: SseEvent): void;
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

/** How a hub pings and how many streams it holds. */
export interface EventHubOptions {
  pingMs: number;
  retryMs?: number;
  /** Most streams per client address (default: no cap). */
  maxPerClient?: number;
  /** Most streams in all (default: no cap). */
  maxTotal?: number;
}

/** Creates a hub that pings every `pingMs` milliseconds. */
export function createEventHub(options: EventHubOptions): EventHub {
  const clients = new Set<Response>();
  const perClient = new Map<string, number>();
  const maxPerClient = options.maxPerClient ?? Infinity;
  const maxTotal = options.maxTotal ?? Infinity;
  let closed = false;
  const ping = setInterval(() => {
    for (const res of clients) res.write(": ping\n\n");
  }, options.pingMs);
  ping.unref();

  return {
    subscribe(res, client, catchUp) {
      if (closed) {
        res.status(503).end();
        return;
      }
      const held = perClient.get(client) ?? 0;
      if (held >= maxPerClient)
        throw new KgError("TOO_MANY_STREAMS", `at most ${maxPerClient} event streams per client`, {
          retryAfterSeconds: 5,
        });
      if (clients.size >= maxTotal)
        throw new KgError("STREAMS_FULL", `the server holds its most event streams (${maxTotal})`, {
          retryAfterSeconds: 5,
        });
      res.status(200);
      res.setHeader("Content-Type", "text/event-stream; charset=utf-8");
      res.setHeader("Cache-Control", "no-cache, no-transform");
      res.setHeader("Connection", "keep-alive");
      res.setHeader("X-Accel-Buffering", "no");
      res.flushHeaders();
      res.write(`retry: ${options.retryMs ?? 3000}\n: connected\n\n`);
      if (catchUp) res.write(frameOf(catchUp));
      clients.add(res);
      perClient.set(client, held + 1);
      res.on("close", () => {
        if (!clients.delete(res)) return;
        const left = (perClient.get(client) ?? 1) - 1;
        if (left > 0) perClient.set(client, left);
        else perClient.delete(client);
      });
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
      perClient.clear();
    },
  };
}
