export * from "./yc";
export * from "./adoption";
export * from "./typescript";
export * from "./main-ts";
