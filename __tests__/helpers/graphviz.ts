import { spawnSync } from "child_process";

/** True when Graphviz's `dot` runs here: the tests that render DOT run only then, and jest counts them as skipped otherwise. */
export const GRAPHVIZ = spawnSync("dot", ["-V"], { stdio: "ignore" }).error === undefined;
