/**
 * Part of `npm run docs`: synthesizes the example app with its defaults and writes its picture
 * (the `npm run graph` Mermaid text) into docs/TEAM-SETUP.md under "The example app".
 */
import * as fs from "fs";
import * as path from "path";
import { synthesizeApp } from "../../lib/private/app-synth";
import { StackDocument } from "../../lib/review";
import { appPicture, defaultAppEnv, pagePicture, PICTURE_PAGE, PICTURE_SECTION, withPagePicture } from "../docs/app-picture";
import { CliSpec, ExitCode, runCommand } from "../../lib/private/cli";

const SPEC: CliSpec = {
  name: "docs-picture",
  command: "node build/tools/cli/docs-picture.js",
  summary: `Part of \`npm run docs\`: writes the picture of the example app into ${PICTURE_PAGE} under "${PICTURE_SECTION.replace(/^#+ /, "")}".`,
  options: {},
  exitCodes: { [ExitCode.OK]: "the picture is up to date or was updated", [ExitCode.COULD_NOT_RUN]: `the app or ${PICTURE_PAGE} could not be read` },
};

function main(): number {
  const root = process.cwd();
  const file = path.join(root, PICTURE_PAGE);
  const app = Object.fromEntries(synthesizeApp(root, defaultAppEnv(process.env)).map((s) => [s.name, JSON.parse(s.text) as StackDocument]));
  const picture = appPicture(app);
  const page = fs.readFileSync(file, "utf8");
  if (pagePicture(page) === picture) {
    console.log(`${PICTURE_PAGE}: the picture is up to date`);
  } else {
    fs.writeFileSync(file, withPagePicture(page, picture));
    console.log(`${PICTURE_PAGE}: the picture under "${PICTURE_SECTION.replace(/^#+ /, "")}" is updated`);
  }
  return ExitCode.OK;
}

void runCommand(SPEC, process.argv.slice(2), main);
