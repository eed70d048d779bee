import { spawnSync } from "child_process";
import * as path from "path";
import { ROOT } from "../helpers/run-app";

// The tools over synthesized JSON serve both flavours, so they must load neither cdktf nor cdktn
// (nor constructs): a child process refuses those modules, then loads each entry point.
const REFUSE_CORES = `
const Module = require("module");
const load = Module._load;
Module._load = function (request, ...rest) {
  if (/^(cdktf|cdktn|constructs)(\\/|$)/.test(request)) throw new Error("loaded " + request);
  return load.call(this, request, ...rest);
};
`;

describe("entry points over JSON", () => {
  // cr-websocket-local has no library entry: bin/local.ts loads lib/local through these two modules
  test.each(["lib/validate/index.js", "lib/watch/index.js", "lib/provider-schema/index.js", "lib/local/local-run.js", "lib/local/args.js"])(
    "build/%s loads no CDK core",
    (entry) => {
      const run = spawnSync(process.execPath, ["-e", `${REFUSE_CORES}\nrequire(${JSON.stringify(path.join(ROOT, "build", entry))});`], {
        encoding: "utf8",
      });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
    },
  );

  test("the refusal itself works: the constructs' entry point is refused", () => {
    const run = spawnSync(process.execPath, ["-e", `${REFUSE_CORES}\nrequire(${JSON.stringify(path.join(ROOT, "build/lib/index.js"))});`], {
      encoding: "utf8",
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/loaded (cdktf|constructs)/);
  });
});
