// kg serve's log sink: the lines of one turn of the event loop in one write, and nothing left
// unwritten at a flush, a close or the process's exit.
import { describe, expect, it } from "vitest";
import { createBatchedSink } from "../../src/cli/batched-sink.ts";

/** A sink over a list of writes, its end-of-turn writes run by hand, and its exit hook captured. */
function setup() {
  const writes: string[] = [];
  const turns: (() => void)[] = [];
  const hooks = new Set<() => void>();
  const sink = createBatchedSink(
    { write: (text: string) => writes.push(text) },
    (fn) => {
      hooks.add(fn);
      return () => hooks.delete(fn);
    },
    (fn) => turns.push(fn),
  );
  const endTurn = () => turns.splice(0).forEach((fn) => fn());
  const exit = () => hooks.forEach((fn) => fn());
  return { writes, sink, endTurn, exit, hooks };
}

describe("the batched log sink", () => {
  it("writes the lines of one turn once, at its end, in order", () => {
    const { writes, sink, endTurn } = setup();
    sink.write("a\n");
    sink.write("b\n");
    expect(writes).toEqual([]);
    endTurn();
    sink.write("c\n");
    endTurn();
    expect(writes).toEqual(["a\nb\n", "c\n"]);
  });

  it("writes what is pending at a flush, then calls back, and writes nothing twice", () => {
    const { writes, sink, endTurn } = setup();
    sink.write("a\n");
    let called = false;
    sink.flush(() => (called = true));
    expect(writes).toEqual(["a\n"]);
    expect(called).toBe(true);
    endTurn();
    expect(writes).toEqual(["a\n"]);
  });

  it("writes what is pending when the process exits (a normal exit or an uncaught error)", () => {
    const { writes, sink, exit } = setup();
    sink.write("last\n");
    exit();
    expect(writes).toEqual(["last\n"]);
  });

  it("stops listening for the exit once closed, after writing what is pending", () => {
    const { writes, sink, hooks } = setup();
    sink.write("a\n");
    sink.close();
    expect(writes).toEqual(["a\n"]);
    expect(hooks.size).toBe(0);
  });
});
