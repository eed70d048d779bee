export * from "./cr-websocket-trigger";
export * from "./websocket-gateway";
export * from "./remote-state";
export { PropValidationError } from "./prop-validation-error";
export type { PropProblem } from "./prop-validation-error";
export { WEBSOCKET_BROADCASTER_ROLE } from "./validate/provider-rules";
