import * as fs from "fs";
import * as path from "path";
import { UsageError } from "../../lib/private/cli";

/** The `--project DIR` flag of the tf:* commands, as it reads in their `--help`. */
export const PROJECT_OPTION = {
  type: "string",
  valueName: "DIR",
  description:
    "the cdktf or cdktn project to work on (a folder with a cdktf.json); default: the working directory, under npm run this repository's example app",
} as const;

/**
 * The project folder a tf:* command works on. `--project DIR` is resolved against the folder the
 * user typed the command in: `npm run <script>` runs in the package root and names that folder in
 * `INIT_CWD`, so a relative DIR means what the user meant. Without the flag, the working directory.
 * A folder without a cdktf.json is a usage error naming it.
 */
export function resolveProjectDir(flag: string | undefined, script: string, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  if (flag === undefined) return cwd;
  // INIT_CWD counts only under this very script: a child of another npm run inherits a stale one
  const base = env.npm_lifecycle_event === script && env.INIT_CWD ? env.INIT_CWD : cwd;
  const dir = path.resolve(base, flag);
  if (!fs.existsSync(path.join(dir, "cdktf.json"))) {
    throw new UsageError(`--project ${flag}: ${dir} has no cdktf.json; give the folder of a cdktf or cdktn project`);
  }
  return dir;
}
