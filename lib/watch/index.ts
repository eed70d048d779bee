export * from "./events";
export * from "./watcher";
export * from "./outputs";
export * from "./urls";
