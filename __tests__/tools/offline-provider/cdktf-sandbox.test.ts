import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { OfflineCdktf, stripTerminalCodes } from "../../../tools/offline-provider";
import { listFiles } from "../../helpers/temp-app";

describe("OfflineCdktf (sandbox copy of a cdktf project)", () => {
  let source: string;
  let sandbox: OfflineCdktf | undefined;
  const saved = { ...process.env };
  beforeEach(() => {
    source = fs.mkdtempSync(path.join(os.tmpdir(), "cdktf-source-"));
    fs.writeFileSync(path.join(source, "cdktf.json"), "{}");
    fs.writeFileSync(path.join(source, "main.ts"), "// app");
    fs.writeFileSync(path.join(source, "terraform.shared.tfstate"), "{}");
    fs.mkdirSync(path.join(source, "cdktf.out", "stacks"), { recursive: true });
    fs.mkdirSync(path.join(source, "node_modules", "cdktf"), { recursive: true });
  });
  afterEach(() => {
    sandbox?.dispose();
    sandbox = undefined;
    fs.rmSync(source, { recursive: true, force: true });
    process.env = { ...saved };
  });

  test("copies the project without its state, synth output or installs, and links node_modules", () => {
    const before = listFiles(source);
    sandbox = new OfflineCdktf(source);
    expect(fs.readdirSync(sandbox.projectDir).sort()).toEqual(["cdktf.json", "main.ts", "node_modules"]);
    expect(fs.lstatSync(path.join(sandbox.projectDir, "node_modules")).isSymbolicLink()).toBe(true);
    expect(fs.realpathSync(path.join(sandbox.projectDir, "node_modules"))).toBe(fs.realpathSync(path.join(source, "node_modules")));
    expect(listFiles(source)).toEqual(before);
  });

  test("runs the CLI with the stand-in's terraform config, no plugin cache and no remote state", () => {
    process.env.TF_PLUGIN_CACHE_DIR = "/somewhere/plugin-cache";
    process.env.CR_WS_STATE_BUCKET = "team-state";
    sandbox = new OfflineCdktf(source);
    const env = sandbox.environment({ CR_WS_SHARED_FOLDER_ID: "b1gfolder" });
    expect(env.TF_CLI_CONFIG_FILE).toBe(path.join(sandbox.terraform.root, "terraform.rc"));
    expect(env.CDKTF_DISABLE_PLUGIN_CACHE_ENV).toBe("true");
    expect(env.TF_PLUGIN_CACHE_DIR).toBeUndefined();
    expect(env.CR_WS_STATE_BUCKET).toBeUndefined();
    expect(env.CR_WS_SHARED_FOLDER_ID).toBe("b1gfolder");
    expect(env.CHECKPOINT_DISABLE).toBe("1");
  });

  test("fails when the directory is not a cdktf project, naming it", () => {
    fs.rmSync(path.join(source, "cdktf.json"));
    expect(() => new OfflineCdktf(source)).toThrow(new RegExp(`${source} has no cdktf.json: run this in a cdktf project`));
  });
});

describe("stripTerminalCodes", () => {
  test("removes colours, cursor movement and carriage returns from cdktf's progress output", () => {
    expect(stripTerminalCodes("\x1b[2K\x1b[1A\x1b[Gshared  \x1b[0m\x1b[1m\x1b[32mNo changes.\x1b[0m\r\n")).toBe("shared  No changes.\n");
  });
});
