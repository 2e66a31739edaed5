/**
 * Live updates: listens to GET /api/events (Server-Sent Events) and calls `onRevision` with each
 * change's revision. The browser reconnects by itself after a dropped stream, sending the last
 * event id; when it gives up (the stream was refused, e.g. while the server restarted), a new
 * stream is opened with backoff, carrying the last id as `?lastEventId=`. After any reconnection
 * `onRevision(null)` asks for a full re-read: changes may have been missed, and a restarted server
 * may count its revisions anew.
 */

/** Delays before opening a new stream, in milliseconds: doubling from the first to the last. */
export const RECONNECT_DELAYS = { first: 500, last: 15_000 };

/** Subscribes to the server's change events; returns the function that closes the stream. */
export function subscribeToChanges(base: string, onRevision: (revision: number | null) => void): () => void {
  if (typeof EventSource === "undefined") return () => undefined;
  let source: EventSource | null = null;
  let lastId = "";
  let dropped = false;
  let delay = RECONNECT_DELAYS.first;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const open = () => {
    const url = `${base}/api/events${lastId ? `?lastEventId=${encodeURIComponent(lastId)}` : ""}`;
    const current = new EventSource(url);
    source = current;
    current.addEventListener("change", (event) => {
      const message = event as MessageEvent<string>;
      if (message.lastEventId) lastId = message.lastEventId;
      try {
        const data = JSON.parse(message.data) as { revision?: unknown };
        onRevision(typeof data.revision === "number" && !dropped ? data.revision : null);
      } catch {
        onRevision(null);
      }
      dropped = false;
    });
    current.addEventListener("open", () => {
      delay = RECONNECT_DELAYS.first;
      if (dropped) onRevision(null);
      dropped = false;
    });
    current.addEventListener("error", () => {
      dropped = true;
      if (current.readyState !== EventSource.CLOSED || closed) return;
      // The browser gave up on this stream: open another one later.
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!closed) open();
      }, delay);
      delay = Math.min(RECONNECT_DELAYS.last, delay * 2);
    });
  };
  open();
  return () => {
    closed = true;
    clearTimeout(timer);
    source?.close();
  };
}
