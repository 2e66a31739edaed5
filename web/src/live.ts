/**
 * Live updates: listens to GET /api/events (Server-Sent Events) and calls `onRevision` with each
 * change's revision; after a reconnect it asks once more, since changes may have been missed.
 */

/** Subscribes to the server's change events; returns the function that closes the stream. */
export function subscribeToChanges(base: string, onRevision: (revision: number | null) => void): () => void {
  if (typeof EventSource === "undefined") return () => undefined;
  const source = new EventSource(`${base}/api/events`);
  let dropped = false;
  source.addEventListener("change", (event) => {
    try {
      const data = JSON.parse((event as MessageEvent<string>).data) as { revision?: unknown };
      onRevision(typeof data.revision === "number" ? data.revision : null);
    } catch {
      onRevision(null);
    }
  });
  source.addEventListener("error", () => {
    dropped = true;
  });
  source.addEventListener("open", () => {
    if (dropped) onRevision(null);
    dropped = false;
  });
  return () => source.close();
}
