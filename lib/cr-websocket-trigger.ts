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
import { LabelRules, labelEntryProblem, LIMITS, resourceNameProblem, STRICT_LABEL_RULES, TRIGGER_LABEL_RULES } from "./validate/provider-rules";
import { IWebsocketGateway, WebsocketGateway } from "./websocket-gateway";

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
}

const IMAGE_NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

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
    });
  }
}

function validate(props: CrWebsocketTriggerProps): PropProblems {
  const problems = new PropProblems();
  problems.checkString("name", props.name, resourceNameProblem);
  problems.checkString("registryName", props.registryName, resourceNameProblem);
  problems.checkString("description", props.description, (v) =>
    v.length <= LIMITS.triggerDescriptionLength ? undefined : `must be at most ${LIMITS.triggerDescriptionLength} characters`,
  );
  checkLabels(
    problems,
    props.labels,
    props.registryId === undefined || props.serviceAccountId === undefined ? STRICT_LABEL_RULES : TRIGGER_LABEL_RULES,
  );
  checkEvents(problems, props.events);
  problems.checkString("imageName", props.imageName, (v) =>
    v.length <= 255 && IMAGE_NAME.test(v)
      ? undefined
      : "must be a Docker repository name: lower-case path components of [a-z0-9] joined by '.', '_', '__' or '-', " +
        "separated by '/', at most 255 characters",
  );
  problems.checkString("tag", props.tag, (v) => (TAG.test(v) ? undefined : `must be a Docker tag: 1-128 characters matching ${TAG.source}`));
  problems.checkInteger("batchSize", props.batchSize, 1, 1000, " events");
  problems.checkInteger("batchCutoffSeconds", props.batchCutoffSeconds, 1, 60, " seconds");
  problems.checkInteger("batchCutoff", props.batchCutoff, 1, 60, " seconds");
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
    problems.checkId(prop, props[prop], LIMITS.idLength);
  }
  problems.checkString("websocketPath", props.websocketPath, websocketPathProblem);
  checkGateway(problems, props);
  if (props.registryId !== undefined && props.registryName !== undefined) {
    problems.add("registryName", props.registryName, "is only allowed when the registry is created (no registryId)");
  }
  problems.checkString("jqFilter", props.jqFilter, (v) =>
    v.length >= 1 && v.length <= LIMITS.jqFilterLength ? undefined : `must be 1-${LIMITS.jqFilterLength} characters`,
  );
  problems.checkString("jqTransformer", props.jqTransformer, (v) =>
    v.length >= 1 && v.length <= LIMITS.jqTransformerLength ? undefined : `must be 1-${LIMITS.jqTransformerLength} characters`,
  );
  return problems;
}

function checkLabels(problems: PropProblems, labels: Record<string, string> | undefined, rules: LabelRules): void {
  if (labels === undefined || Token.isUnresolved(labels)) return;
  const entries = Object.entries(labels);
  if (entries.length > rules.maxEntries) problems.add("labels", `${entries.length} entries`, `at most ${rules.maxEntries} labels are allowed`);
  for (const [key, value] of entries) {
    if (Token.isUnresolved(key) || Token.isUnresolved(value)) continue;
    const problem = labelEntryProblem(key, value, rules);
    if (problem !== undefined) problems.add("labels", labels, problem);
  }
}

function checkEvents(problems: PropProblems, events: ContainerRegistryEvent[] | undefined): void {
  if (events === undefined || Token.isUnresolved(events)) return;
  if (events.length === 0) problems.add("events", events, `must list at least one of ${ALL_EVENTS.join(", ")}`);
  const unknown = events.filter((e) => !ALL_EVENTS.includes(e));
  if (unknown.length > 0)
    problems.add(
      "events",
      events,
      `${unknown.map((u) => JSON.stringify(u)).join(", ")} is not a ContainerRegistryEvent; use ${ALL_EVENTS.join(", ")}`,
    );
  const duplicates = events.filter((e, i) => events.indexOf(e) !== i);
  if (duplicates.length > 0) problems.add("events", events, `must not repeat an event (repeated: ${[...new Set(duplicates)].join(", ")})`);
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
