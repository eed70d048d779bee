import { Annotations, TerraformStack, Token } from "cdktf";
import { Construct } from "constructs";
import { ApiGateway } from "../.gen/providers/yandex/api-gateway";
import { ContainerRegistry } from "../.gen/providers/yandex/container-registry";
import { IamServiceAccount } from "../.gen/providers/yandex/iam-service-account";
import { ServerlessTriggers } from "../.gen/providers/yandex/serverless-triggers";
import { BroadcasterGrant, BroadcasterGrantScope } from "./broadcaster-grant";
import { defaultName, derivedName } from "./private/names";
import { claimUniqueName, NamedKind } from "./private/unique-names";
import { checkSpecText, websocketPathProblem } from "./private/openapi-spec";
import { PropProblems } from "./validate/problems";
import {
  BATCH_CUTOFF_SECONDS,
  BATCH_SIZE,
  eventTypesProblems,
  idProblem,
  imageNameProblem,
  JQ_FILTER_MAX_LENGTH,
  JQ_TRANSFORMER_MAX_LENGTH,
  jqProblem,
  labelCountProblem,
  labelEntryProblem,
  LabelRules,
  resourceNameProblem,
  STRICT_LABEL_RULES,
  tagProblem,
  TRIGGER_LABEL_RULES,
  triggerDescriptionProblem,
} from "./validate/rules";
import { IWebsocketGateway, WebsocketGateway } from "./websocket-gateway";
import { checkConnectAuthorizer, WebsocketConnectAuthorizer } from "./connect-authorizer";

/** Container Registry events a trigger can react to; values are the provider's `event_type` strings. */
export enum ContainerRegistryEvent {
  /** An image was pushed (always followed by CREATE_IMAGE_TAG). */
  CREATE_IMAGE = "CONTAINER_REGISTRY_EVENT_TYPE_CREATE_IMAGE",
  /** An image was deleted (with one DELETE_IMAGE_TAG per tag it had). */
  DELETE_IMAGE = "CONTAINER_REGISTRY_EVENT_TYPE_DELETE_IMAGE",
  /** A tag was set on an image, including when an image is pushed or a tag moves to it. */
  CREATE_IMAGE_TAG = "CONTAINER_REGISTRY_EVENT_TYPE_CREATE_IMAGE_TAG",
  /** A tag was removed from an image, including when the tag moves to another image. */
  DELETE_IMAGE_TAG = "CONTAINER_REGISTRY_EVENT_TYPE_DELETE_IMAGE_TAG",
}

const ALL_EVENTS = Object.values(ContainerRegistryEvent);

/** Props of {@link CrWebsocketTrigger}. Every prop is optional. */
export interface CrWebsocketTriggerProps {
  /**
   * Name of the trigger, and the base of the names of the resources this construct creates.
   * @default - derived from the construct path, unique per stack
   */
  readonly name?: string;
  /**
   * Description of the trigger and of a created gateway (at most 500 characters).
   * @default - no description
   */
  readonly description?: string;
  /**
   * Labels applied to every resource this construct creates.
   * @default - no labels
   */
  readonly labels?: Record<string, string>;
  /**
   * Folder for the trigger and every resource this construct creates.
   * @default - the provider's folder
   */
  readonly folderId?: string;
  /**
   * Registry events that fire the trigger.
   * @default - all four events
   */
  readonly events?: ContainerRegistryEvent[];
  /**
   * Only events for this image name (for example `backend/api`) fire the trigger.
   * @default - every image
   */
  readonly imageName?: string;
  /**
   * Only events for this tag fire the trigger. With `imageName`, both must match.
   * @default - every tag
   */
  readonly tag?: string;
  /**
   * Most events sent to the sockets in one message (1-1000).
   * @default 1
   */
  readonly batchSize?: number;
  /**
   * Most seconds the trigger waits to fill a batch before sending it (1-60).
   * @default 1
   */
  readonly batchCutoffSeconds?: number;
  /**
   * Old name of `batchCutoffSeconds`; giving both is an error.
   * @deprecated use `batchCutoffSeconds`; `batchCutoff` will be removed in the next release.
   * @default 1
   */
  readonly batchCutoff?: number;
  /**
   * Id of an existing registry to watch.
   * @default - a new registry is created
   */
  readonly registryId?: string;
  /**
   * Name of the created registry; not allowed with `registryId`.
   * @default - the trigger's name
   */
  readonly registryName?: string;
  /**
   * Protects the created registry with `lifecycle.prevent_destroy`: a registry that holds images
   * cannot be deleted, so a destroy or replacement should fail at plan, not halfway through apply.
   * @default true
   */
  readonly retainRegistry?: boolean;
  /**
   * Id of an existing service account for the trigger to broadcast as.
   * @default - a new service account is created
   */
  readonly serviceAccountId?: string;
  /**
   * Grants `api-gateway.websocketBroadcaster` to the service account, where `grantScope` says,
   * through `gateway.grantBroadcast` (one grant per account and folder or gateway in a stack).
   * @default - true for a created service account, false for one passed by `serviceAccountId`
   */
  readonly grantBroadcasterRole?: boolean;
  /**
   * Where the broadcaster role is granted: on the gateway's folder (every gateway in it), or on
   * the gateway only (`yandex_api_gateway_iam_member`).
   * @default BroadcasterGrantScope.FOLDER
   */
  readonly grantScope?: BroadcasterGrantScope;
  /**
   * The gateway to broadcast to: a {@link WebsocketGateway} shared with other triggers, or one
   * imported with `WebsocketGateway.fromGatewayId`. This trigger adds its path to it.
   * @default - a new gateway is created, unless `gatewayId` is given
   */
  readonly gateway?: IWebsocketGateway;
  /**
   * Id of an existing API gateway, managed elsewhere, whose spec serves `websocketPath`; shorthand
   * for `gateway: WebsocketGateway.fromGatewayId(...)` (with `folderId` as the gateway's folder when given).
   * @default - a new gateway is created, unless `gateway` is given
   */
  readonly gatewayId?: string;
  /**
   * OpenAPI document (YAML or JSON) for the created gateway; it must declare `websocketPath`
   * with `x-yc-apigateway-websocket-message`. Not allowed with `gatewayId` or `gateway`.
   * @default - a generated spec with the WebSocket path
   */
  readonly gatewaySpec?: string;
  /**
   * Gateway path whose WebSocket connections receive the events.
   * @default "/ws"
   */
  readonly websocketPath?: string;
  /**
   * jq expression; only events for which it yields true are sent (at most 1024 characters).
   * @default - every event is sent
   */
  readonly jqFilter?: string;
  /**
   * jq expression that reshapes each message before it is sent (at most 65536 characters).
   * @default - the message is sent as the trigger builds it
   */
  readonly jqTransformer?: string;
  /**
   * A function that decides who may connect to the created gateway's path. For a shared gateway,
   * set it on the `WebsocketGateway`; not allowed with `gatewayId`, `gateway` or `gatewaySpec`.
   * @default - anyone who knows the URL may connect and receive the registry's events
   */
  readonly connectAuthorizer?: WebsocketConnectAuthorizer;
}

/**
 * Broadcasts Container Registry events (image and tag created or deleted) to every WebSocket
 * connection on an API gateway path, through a `yandex_serverless_triggers` trigger.
 *
 * Creates, unless given existing ones: a registry, a service account granted
 * `api-gateway.websocketBroadcaster`, and an API gateway whose spec serves the path. Delivery
 * to sockets is fire-and-forget: the API has no retry policy or dead-letter queue for it.
 */
export class CrWebsocketTrigger extends Construct {
  /** The `yandex_serverless_triggers` resource. */
  public readonly trigger: ServerlessTriggers;
  /** The created registry; undefined when `registryId` was given. */
  public readonly registry?: ContainerRegistry;
  /** The created service account; undefined when `serviceAccountId` was given. */
  public readonly serviceAccount?: IamServiceAccount;
  /** The gateway construct: created here, shared through `gateway`, or imported for `gatewayId`. */
  public readonly gateway: IWebsocketGateway;
  /** The `yandex_api_gateway` resource of `gateway`; undefined when the gateway is imported. */
  public readonly gatewayResource?: ApiGateway;
  /** The role grant this trigger depends on (possibly made for another trigger); undefined when `grantBroadcasterRole` is false. */
  public readonly broadcasterGrant?: BroadcasterGrant;

  /** Name of the trigger. */
  public readonly name: string;
  /** Id of the watched registry. */
  public readonly registryId: string;
  /** Id of the service account the trigger broadcasts as. */
  public readonly serviceAccountId: string;
  /** Id of the gateway. */
  public readonly gatewayId: string;
  /** Gateway path that receives the events. */
  public readonly websocketPath: string;

  public constructor(scope: Construct, id: string, props: CrWebsocketTriggerProps = {}) {
    super(scope, id);
    validate(props).throwIfAny("CrWebsocketTrigger", this.node.path);

    this.name = props.name ?? defaultName(this, "-sa".length);
    this.websocketPath = props.websocketPath ?? "/ws";
    const labels = props.labels;

    claimUniqueName(this, NamedKind.TRIGGER, this.name, props.folderId);
    if (props.registryId === undefined) {
      const registryName = props.registryName ?? this.name;
      claimUniqueName(this, NamedKind.REGISTRY, registryName, props.folderId);
      this.registry = new ContainerRegistry(this, "Registry", {
        name: registryName,
        folderId: props.folderId,
        labels,
        lifecycle: props.retainRegistry === false ? undefined : { preventDestroy: true },
      });
    } else if (props.retainRegistry !== undefined) {
      Annotations.of(this).addWarning("retainRegistry is ignored: the registry given by registryId is not managed here.");
    }
    this.registryId = props.registryId ?? this.registry!.id;

    if (props.serviceAccountId === undefined) {
      this.serviceAccount = new IamServiceAccount(this, "ServiceAccount", {
        name: derivedName(this.name, "sa"),
        description: "Broadcasts Container Registry events to API gateway WebSocket connections.",
        folderId: props.folderId,
        labels,
      });
    }
    this.serviceAccountId = props.serviceAccountId ?? this.serviceAccount!.id;

    this.gateway = props.gateway ?? this.gatewayFromProps(props);
    this.gateway.addWebsocketPath(this.websocketPath);
    this.gatewayResource = this.gateway instanceof WebsocketGateway ? this.gateway.resource : undefined;
    this.gatewayId = this.gateway.gatewayId;

    if (props.grantBroadcasterRole === false && props.serviceAccountId === undefined) {
      Annotations.of(this).addWarning(
        "grantBroadcasterRole is false for the service account created here: grant it api-gateway.websocketBroadcaster " +
          "on the gateway's folder elsewhere, or the trigger cannot broadcast.",
      );
    }
    if (props.grantBroadcasterRole ?? props.serviceAccountId === undefined) {
      // A grant for the account created here lives with this trigger; any other account's grant
      // sits at the stack's root, so removing one trigger that shares it leaves it in place.
      const owner = this.serviceAccount === undefined ? TerraformStack.of(this) : this;
      this.broadcasterGrant = this.gateway.grantBroadcast(this.serviceAccountId, props.grantScope ?? BroadcasterGrantScope.FOLDER, owner);
    } else if (props.grantScope !== undefined) {
      Annotations.of(this).addWarning("grantScope is ignored: grantBroadcasterRole is false, so no role is granted here.");
    }

    this.trigger = new ServerlessTriggers(this, "Resource", {
      name: this.name,
      description: props.description,
      folderId: props.folderId,
      labels,
      source: {
        containerRegistry: {
          registryId: this.registryId,
          eventType: [...(props.events ?? ALL_EVENTS)],
          imageName: props.imageName,
          tag: props.tag,
          batchSettings: { maxCount: props.batchSize ?? 1, cutoff: `${props.batchCutoffSeconds ?? props.batchCutoff ?? 1}s` },
        },
      },
      action: [
        {
          gatewayWebsocketBroadcast: { gatewayId: this.gatewayId, path: this.websocketPath, serviceAccountId: this.serviceAccountId },
          filter: props.jqFilter === undefined ? undefined : { jq: props.jqFilter },
          transformer: props.jqTransformer === undefined ? undefined : { jq: props.jqTransformer },
        },
      ],
      dependsOn: this.broadcasterGrant ? [this.broadcasterGrant] : undefined,
    });
  }

  // Token getters create a reference (and cdktf captures a stack trace for it) on each call, so
  // the two values users read least are made on demand rather than for every instance.

  /** Id of the trigger. */
  public get triggerId(): string {
    return this.trigger.id;
  }

  /** `wss://<gateway domain><path>`: where clients connect. */
  public get websocketUrl(): string {
    return this.gateway.websocketUrl(this.websocketPath);
  }

  private gatewayFromProps(props: CrWebsocketTriggerProps): IWebsocketGateway {
    if (props.gatewayId !== undefined) {
      // The id "GatewayLookup" keeps the data source's logical id from before importers existed.
      return WebsocketGateway.fromGatewayAttributes(this, "GatewayLookup", { gatewayId: props.gatewayId, folderId: props.folderId });
    }
    return new WebsocketGateway(this, "Gateway", {
      name: derivedName(this.name, "gw"),
      description: props.description,
      folderId: props.folderId,
      labels: props.labels,
      spec: props.gatewaySpec,
      connectAuthorizer: props.connectAuthorizer,
    });
  }
}

function validate(props: CrWebsocketTriggerProps): PropProblems {
  const problems = new PropProblems();
  problems.checkString("name", props.name, resourceNameProblem);
  problems.checkString("registryName", props.registryName, resourceNameProblem);
  problems.checkString("description", props.description, triggerDescriptionProblem);
  checkLabels(
    problems,
    props.labels,
    props.registryId === undefined || props.serviceAccountId === undefined ? STRICT_LABEL_RULES : TRIGGER_LABEL_RULES,
  );
  if (props.events !== undefined && !Token.isUnresolved(props.events)) {
    for (const problem of eventTypesProblems(props.events, "ContainerRegistryEvent")) problems.add("events", props.events, problem);
  }
  problems.checkString("imageName", props.imageName, imageNameProblem);
  problems.checkString("tag", props.tag, tagProblem);
  problems.checkInteger("batchSize", props.batchSize, BATCH_SIZE, " events");
  problems.checkInteger("batchCutoffSeconds", props.batchCutoffSeconds, BATCH_CUTOFF_SECONDS, " seconds");
  problems.checkInteger("batchCutoff", props.batchCutoff, BATCH_CUTOFF_SECONDS, " seconds");
  if (props.batchCutoff !== undefined && props.batchCutoffSeconds !== undefined) {
    problems.add(
      "batchCutoff",
      props.batchCutoff,
      `is the deprecated name of batchCutoffSeconds (got ${props.batchCutoffSeconds}); give only batchCutoffSeconds`,
    );
  }
  const scopes = Object.values(BroadcasterGrantScope);
  if (props.grantScope !== undefined && !scopes.includes(props.grantScope)) {
    problems.add("grantScope", props.grantScope, `must be one of ${scopes.map((s) => JSON.stringify(s)).join(", ")} (BroadcasterGrantScope)`);
  }
  for (const prop of ["folderId", "registryId", "serviceAccountId", "gatewayId"] as const) {
    problems.checkString(prop, props[prop], idProblem);
  }
  problems.checkString("websocketPath", props.websocketPath, websocketPathProblem);
  checkGateway(problems, props);
  checkConnectAuthorizer(problems, "connectAuthorizer", props.connectAuthorizer, connectAuthorizerConflict(props));
  if (props.registryId !== undefined && props.registryName !== undefined) {
    problems.add("registryName", props.registryName, "is only allowed when the registry is created (no registryId)");
  }
  problems.checkString("jqFilter", props.jqFilter, (v) => jqProblem(v, JQ_FILTER_MAX_LENGTH));
  problems.checkString("jqTransformer", props.jqTransformer, (v) => jqProblem(v, JQ_TRANSFORMER_MAX_LENGTH));
  return problems;
}

function checkLabels(problems: PropProblems, labels: Record<string, string> | undefined, rules: LabelRules): void {
  if (labels === undefined || Token.isUnresolved(labels)) return;
  const entries = Object.entries(labels);
  const tooMany = labelCountProblem(entries.length, rules);
  if (tooMany !== undefined) problems.add("labels", labels, tooMany);
  for (const [key, value] of entries) {
    if (Token.isUnresolved(key) || Token.isUnresolved(value)) continue;
    const problem = labelEntryProblem(key, value, rules);
    if (problem !== undefined) problems.add("labels", labels, problem);
  }
}

function connectAuthorizerConflict(props: CrWebsocketTriggerProps): string | undefined {
  if (props.gatewayId !== undefined)
    return "is not allowed with gatewayId: that gateway's spec is managed elsewhere, so protect its connect operation there";
  if (props.gateway !== undefined)
    return "is not allowed with gateway: set connectAuthorizer on the shared WebsocketGateway, which protects every path it serves";
  if (props.gatewaySpec !== undefined) return "is not allowed with gatewaySpec: your own spec declares its own security";
  return undefined;
}

function checkGateway(problems: PropProblems, props: CrWebsocketTriggerProps): void {
  if (props.gatewayId !== undefined && props.gateway !== undefined) {
    problems.add("gatewayId", props.gatewayId, "must not be given together with gateway; pass one of them");
  }
  if (props.gatewaySpec !== undefined && (props.gatewayId !== undefined || props.gateway !== undefined)) {
    problems.add("gatewaySpec", props.gatewaySpec, "is only allowed when the gateway is created here (no gatewayId or gateway)");
    return;
  }
  const path = props.websocketPath ?? "/ws";
  if (Token.isUnresolved(path) || websocketPathProblem(path) !== undefined) return;
  if (props.gatewaySpec !== undefined && !Token.isUnresolved(props.gatewaySpec)) {
    const { problem } = checkSpecText(props.gatewaySpec, path, "websocketPath");
    if (problem !== undefined) problems.add("gatewaySpec", props.gatewaySpec, problem);
  }
  const sharedProblem = props.gateway?.specProblem(path);
  if (sharedProblem !== undefined) problems.add("websocketPath", path, sharedProblem);
}
