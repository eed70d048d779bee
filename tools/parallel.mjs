// Runs shell commands at the same time, prints each one's output whole when it ends (so lines of
// two commands never interleave), and exits non-zero when any failed. `npm test` runs its static
// checks through it: they share no state, and together they take as long as the slowest.
import { spawn } from "child_process";

const commands = process.argv.slice(2);
const results = await Promise.all(
  commands.map(
    (command) =>
      new Promise((resolve) => {
        const child = spawn(command, { shell: true, stdio: ["ignore", "pipe", "pipe"] });
        let output = "";
        child.stdout.on("data", (d) => (output += d));
        child.stderr.on("data", (d) => (output += d));
        child.on("close", (code, signal) => {
          process.stdout.write(`> ${command}: ${code === 0 ? "ok" : `failed (${code ?? signal})`}\n${output}`);
          resolve(code === 0);
        });
      }),
  ),
);
process.exitCode = results.every(Boolean) ? 0 : 1;
