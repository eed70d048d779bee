export * from "./terraform";
export * from "./run-app";
export * from "./provider";
export * from "./cdktf";
export * from "./existing";
export * from "./project";
