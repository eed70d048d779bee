export * from "./cr-websocket-trigger";
export * from "./websocket-gateway";
export * from "./openapi-spec";
export * from "./remote-state";
export * from "./validate/provider-rules";
