/**
 * Part of `npm run docs`: synthesizes the example app with its defaults and writes its picture
 * (the `npm run graph` Mermaid text) into README.md under "What gets created".
 */
import * as fs from "fs";
import * as path from "path";
import { synthesizeApp } from "../../lib/private/app-synth";
import { StackDocument } from "../../lib/review";
import { appPicture, defaultAppEnv, readmePicture, withReadmePicture } from "../docs/readme-picture";
import { CliSpec, ExitCode, runCommand } from "../../lib/private/cli";

const SPEC: CliSpec = {
  name: "readme-graph",
  command: "node build/tools/cli/readme-graph.js",
  summary: 'Part of `npm run docs`: writes the picture of the example app into README.md under "What gets created".',
  options: {},
  exitCodes: { [ExitCode.OK]: "the picture is up to date or was updated", [ExitCode.COULD_NOT_RUN]: "the app or README.md could not be read" },
};

function main(): number {
  const root = process.cwd();
  const file = path.join(root, "README.md");
  const app = Object.fromEntries(synthesizeApp(root, defaultAppEnv(process.env)).map((s) => [s.name, JSON.parse(s.text) as StackDocument]));
  const picture = appPicture(app);
  const readme = fs.readFileSync(file, "utf8");
  if (readmePicture(readme) === picture) {
    console.log("README.md: the picture is up to date");
  } else {
    fs.writeFileSync(file, withReadmePicture(readme, picture));
    console.log('README.md: the picture under "What gets created" is updated');
  }
  return ExitCode.OK;
}

void runCommand(SPEC, process.argv.slice(2), main);
