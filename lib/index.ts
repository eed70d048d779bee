export { ContainerRegistryEvent } from "./container-registry-event";
export { CrWebsocketTrigger, type CrWebsocketTriggerProps } from "./cr-websocket-trigger";
export { type IRegistry, Registry, type RegistryProps } from "./registry";
export { RemovalPolicy } from "./removal-policy";
export { type IServiceAccount, ServiceAccount, type ServiceAccountProps } from "./service-account";
export {
  type IWebsocketGateway,
  WebsocketGateway,
  type WebsocketGatewayAttributes,
  WebsocketGatewayBase,
  type WebsocketGatewayProps,
} from "./websocket-gateway";
export { BroadcasterGrant, BroadcasterGrantScope, BroadcasterRoleGrant, type GrantBroadcastOptions } from "./broadcaster-grant";
export { type WebsocketConnectAuthorizer, CONNECT_TOKEN_HEADER, CONNECT_TOKEN_QUERY, MAX_AUTHORIZER_TTL_SECONDS } from "./connect-authorizer";
export { PropValidationError, type PropProblem } from "./prop-validation-error";
export * from "./remote-state";
export { WEBSOCKET_BROADCASTER_ROLE } from "./validate/provider-rules";
