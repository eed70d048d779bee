export * from "./cr-websocket-trigger";
export * from "./websocket-gateway";
export * from "./remote-state";
export { PropValidationError } from "./prop-validation-error";
export type { PropProblem } from "./prop-validation-error";
export { WEBSOCKET_BROADCASTER_ROLE } from "./validate/provider-rules";
export { type WebsocketConnectAuthorizer, CONNECT_TOKEN_HEADER, CONNECT_TOKEN_QUERY, MAX_AUTHORIZER_TTL_SECONDS } from "./connect-authorizer";
export * from "./broadcaster-grant";
