export * from "./cr-websocket-trigger";
export * from "./websocket-gateway";
export * from "./remote-state";
export { WEBSOCKET_BROADCASTER_ROLE } from "./validate/provider-rules";
export * from "./broadcaster-grant";
