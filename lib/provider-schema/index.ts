export * from "./schema-types";
export * from "./pinned";
