/* global afterAll */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { Testing } = require("cdktf");

Testing.setupJest();

// Testing.app() (and Testing.synthScope, which calls it) makes a new temporary outdir for every app
// and never removes it. The apps of one test file share one outdir instead, removed after its tests.
const makeApp = Testing.app.bind(Testing);
let outdir;
Testing.app = (options = {}) => makeApp({ ...options, outdir: options.outdir ?? (outdir ??= fs.mkdtempSync(path.join(os.tmpdir(), "cdktf-test-"))) });
afterAll(() => {
  if (outdir) fs.rmSync(outdir, { recursive: true, force: true });
  outdir = undefined;
});
