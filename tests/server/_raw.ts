/**
 * Raw HTTP requests for the server tests that need headers fetch will not send as given
 * (Host, Origin): node:http with every header set by the test.
 */
import { request } from "node:http";
import type { Loose } from "./_harness.ts";

/** A raw answer: status, headers and the body parsed when it is JSON. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Loose;
}

/** Sends one request to `url` + `path` with exactly the given headers (and an optional JSON body). */
export function rawRequest(
  url: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<RawAnswer> {
  const target = new URL(url);
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((done, fail) => {
    const req = request(
      {
        host: target.hostname.replace(/^\[|\]$/g, ""),
        port: target.port,
        method,
        path,
        headers: {
          ...(payload
            ? { "content-type": "application/json", "content-length": Buffer.byteLength(payload) }
            : {}),
          ...headers,
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => {
          const json = /json/.test(String(res.headers["content-type"] ?? "")) && text !== "";
          done({ status: res.statusCode ?? 0, headers: res.headers, body: json ? JSON.parse(text) : text });
        });
      },
    );
    req.on("error", fail);
    if (payload) req.write(payload);
    req.end();
  });
}
