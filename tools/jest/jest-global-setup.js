// Tests that run the app or the CLIs as child processes use build/; build it once per test run.
const { execFileSync } = require("child_process");
const path = require("path");

module.exports = () => {
  execFileSync(process.execPath, [path.join(__dirname, "../build.mjs")], { cwd: path.join(__dirname, "../.."), stdio: "inherit" });
};
