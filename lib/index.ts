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
export { type WebsocketConnectAuthorizer } from "./connect-authorizer";
export { PropValidationError, type PropProblem } from "./prop-validation-error";
export { RemoteStateEnv, YandexRemoteState, type YandexRemoteStateOptions } from "./remote-state";
/** The generated bindings of the yandex provider (0.222.0) that the constructs expose: `yandex.serverlessTriggers.ServerlessTriggers`, ... */
export * as yandex from "../.gen/providers/yandex";
