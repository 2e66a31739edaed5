/**
 * The command list: a run that names a command loads that command's module only (`kg build`
 * does not load the extractor, which only its threads run); help, a misspelt command or no
 * command load every one, so that the help lists them all and a misspelling gets its suggestion.
 */
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { loadCommands } from "../../src/cli/commands.ts";
import type { CliContext } from "../../src/cli/context.ts";
import { runCli } from "../../src/cli/main.ts";

/** A context writing into strings. */
function context(): CliContext & { output: () => string } {
  let text = "";
  const sink = { write: (s: string) => ((text += s), true) };
  return {
    out: sink,
    err: sink,
    cwd: process.cwd(),
    env: {},
    output: () => text,
  } as unknown as CliContext & {
    output: () => string;
  };
}

/** The names of the commands the modules loaded for `name` register. */
async function registered(name?: string): Promise<string[]> {
  const program = new Command("kg");
  for (const register of await loadCommands(name)) register(program, context());
  return program.commands.map((c) => c.name());
}

describe("the commands a run loads", () => {
  it("is the named command alone", async () => {
    expect(await registered("build")).toEqual(["build"]);
    expect(await registered("stats")).toEqual(["stats"]);
  });

  it("is every command for help, no command or a name that is no command", async () => {
    const all = await registered();
    expect(all).toEqual(expect.arrayContaining(["extract", "eval", "build", "search", "curation", "serve"]));
    expect(all).toHaveLength(20);
    expect(await registered("--help")).toEqual(all);
    expect(await registered("biuld")).toEqual(all);
  });

  it("still gives a command's own help, and a suggestion for a misspelt command", async () => {
    const help = context();
    expect(await runCli(["build", "--help"], help)).toBe(0);
    expect(help.output()).toContain("Usage: kg build");
    const misspelt = context();
    expect(await runCli(["biuld"], misspelt)).toBe(2);
    expect(misspelt.output()).toContain("Did you mean build?");
  });
});
