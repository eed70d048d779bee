import * as fs from "fs";

/**
 * The `websocket_url` outputs of every stack in a file written by
 * `cdktf deploy --outputs-file` / `cdktf output --outputs-file` (`{stack: {output: value}}`).
 */
export function websocketUrlsFromOutputs(file: string): string[] {
  const outputs = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, Record<string, unknown>>;
  return Object.values(outputs).flatMap((stack) =>
    Object.entries(stack ?? {})
      .filter(([name, value]) => /^websocket_?url$/i.test(name) && typeof value === "string")
      .map(([, value]) => value as string),
  );
}
