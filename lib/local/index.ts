export * from "./app-model";
export * from "./args";
export * from "./gateway-server";
export * from "./local-run";
export * from "./registry-events";
export * from "./registry-process";
export * from "./trigger-engine";
