export * from "./findings";
export * from "./check-document";
export * from "./check-app";
export * from "./provider-rules";
export * from "./rules";
export * from "./app-rules";
export * from "./suppressions";
