export * from "./schema-types";
export * from "./trim";
export * from "./pinned";
