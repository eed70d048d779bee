/** The provider rules' runner, kept importable here: the rules themselves live one a file in `./rules`. */
export { checkProviderRules } from "./rules";
