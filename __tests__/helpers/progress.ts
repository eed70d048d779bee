import * as path from "path";

/**
 * Writes a progress line on stderr at once (a jest worker's stderr reaches the terminal as it is
 * written, where console output waits for the file to end): the e2e tests' long steps say what they do.
 */
export function progress(message: string): void {
  const file = path.basename(expect.getState().testPath ?? "e2e");
  process.stderr.write(`[e2e] ${file}: ${message}\n`);
}
