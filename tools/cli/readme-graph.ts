/**
 * Part of `npm run docs`: synthesizes the example app with its defaults and writes its picture
 * (the `npm run graph` Mermaid text) into README.md under "What gets created".
 */
import * as fs from "fs";
import * as path from "path";
import { synthesizeApp } from "../../lib/private/app-synth";
import { StackDocument } from "../../lib/review";
import { appPicture, defaultAppEnv, readmePicture, withReadmePicture } from "../docs/readme-picture";

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
