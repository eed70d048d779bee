import { IConstruct } from "constructs";
import { idProblem } from "../validate/rules/id-length";
import { PropProblems } from "./prop-problems";

/** Fails with a PropValidationError when an id given to an importer (`fromRegistryId`, `importFrom`, ...) is not a Yandex Cloud id. */
export function checkImportId(construct: IConstruct, method: string, argument: string, value: string): void {
  const problems = new PropProblems();
  problems.checkString(argument, value, idProblem);
  problems.throwIfAny(method, construct.node.path, "arguments");
}
