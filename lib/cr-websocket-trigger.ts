import { Annotations, Aspects, IAspect, TerraformStack, Token } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { ServerlessTriggers } from "../.gen/providers/yandex/serverless-triggers";
import { BroadcasterGrant, BroadcasterGrantScope, BroadcasterRoleGrant } from "./broadcaster-grant";
import { ContainerRegistryEvent } from "./container-registry-event";
import { declareMovedFrom } from "./private/moved";
import { addAppChecks, recordBroadcast } from "./private/app-checks";
import { grantBroadcast, StackBroadcasterGrants } from "./private/broadcaster-grants";
import { recordDefaultGrant } from "./private/default-grants";
import { checkImportId } from "./private/import-id";
import { jqSyntaxProblem } from "./private/jq";
import { checkLabels } from "./private/labels";
import { defaultName, derivedName } from "./private/names";
import { websocketPathProblem } from "./private/openapi-spec";
import { PropProblems } from "./private/prop-problems";
import { claimUniqueName, NamedKind } from "./private/unique-names";
import { IRegistry, Registry } from "./registry";
import { RemovalPolicy } from "./removal-policy";
import { IServiceAccount, ServiceAccount } from "./service-account";
import { triggerDescriptionProblem } from "./validate/rules/description-length";
import { gatewayDescriptionFrom } from "./validate/rules/gateway-description";
import { idProblem } from "./validate/rules/id-length";
import { STRICT_LABEL_RULES, TRIGGER_LABEL_RULES } from "./validate/rules/labels";
import { resourceNameProblem } from "./validate/rules/resource-name";
import { BATCH_CUTOFF_SECONDS } from "./validate/rules/trigger-batch-cutoff";
import { BATCH_SIZE } from "./validate/rules/trigger-batch-size";
import { eventTypesProblems } from "./validate/rules/trigger-event-types";
import { imageNameProblem } from "./validate/rules/trigger-image-name";
import { JQ_FILTER_LENGTH, JQ_TRANSFORMER_LENGTH, jqProblem } from "./validate/rules/trigger-jq-length";
import { tagProblem } from "./validate/rules/trigger-tag";
import { folderGrantKeyOf, IWebsocketGateway, specProblemOf, WebsocketGateway } from "./websocket-gateway";

const ALL_EVENTS = Object.values(ContainerRegistryEvent);

/** An event type as code names it: `ContainerRegistryEvent.CREATE_IMAGE`. */
function eventName(eventType: string): string {
  const member = (Object.keys(ContainerRegistryEvent) as (keyof typeof ContainerRegistryEvent)[]).find(
    (k) => ContainerRegistryEvent[k] === eventType,
  );
  return member === undefined ? JSON.stringify(eventType) : `ContainerRegistryEvent.${member}`;
}

/** Props of {@link CrWebsocketTrigger}. Every prop is optional. */
export interface CrWebsocketTriggerProps {
  /**
   * Name of the trigger, and the base of the names of the resources this construct creates.
   * @default - derived from the construct path, unique per stack
   */
  readonly name?: string;
  /**
   * Description of the trigger and of a created gateway (at most 500 bytes of UTF-8, as the provider counts: 250 Cyrillic letters).
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
   * The registry whose events fire the trigger: a {@link Registry} declared elsewhere in the app,
   * or an existing one from `Registry.fromRegistryId`.
   * @default - a new registry (child `Registry`), named after the trigger, with `registryRemovalPolicy`
   */
  readonly registry?: IRegistry;
  /**
   * What a destroy does to the registry this trigger creates: refused at plan (`PREVENT_DESTROY`),
   * or the registry is deleted (`DESTROY`). Only without `registry`: a registry you pass has its own
   * `removalPolicy`.
   * @default RemovalPolicy.PREVENT_DESTROY
   */
  readonly registryRemovalPolicy?: RemovalPolicy;
  /**
   * The service account the trigger broadcasts as: a {@link ServiceAccount}, or an existing one
   * from `ServiceAccount.fromServiceAccountId`.
   * @default - a new service account (child `ServiceAccount`), named `<name>-sa`
   */
  readonly serviceAccount?: IServiceAccount;
  /**
   * Where this trigger grants `api-gateway.websocketBroadcaster` to the service account (on the
   * gateway's folder, or on the gateway only), or `NONE`. The grant is the one
   * `gateway.grantBroadcast` keeps per account and folder or gateway in a stack.
   * @default - `BroadcasterRoleGrant.FOLDER` for an account created in this app (by the trigger, or a
   *   `ServiceAccount`); `BroadcasterRoleGrant.NONE` for one imported by id or adopted with
   *   `importFrom`, whose bindings are managed where it was made
   */
  readonly broadcasterRoleGrant?: BroadcasterRoleGrant;
  /**
   * The gateway to broadcast to: a {@link WebsocketGateway} (to share it, or to give it a spec or a
   * connect authorizer), or an existing one from `WebsocketGateway.fromGatewayId`. This trigger
   * adds its path to it.
   * @default - a new gateway (child `Gateway`) with a generated spec, named `<name>-gw`
   */
  readonly gateway?: IWebsocketGateway;
  /**
   * Gateway path whose WebSocket connections receive the events.
   * @default "/ws"
   */
  readonly websocketPath?: string;
  /**
   * jq expression; only events for which it yields true are sent (at most 1024 bytes of UTF-8).
   * @default - every event is sent
   */
  readonly jqFilter?: string;
  /**
   * jq expression that reshapes each message before it is sent (at most 65536 bytes of UTF-8).
   * @default - the message is sent as the trigger builds it
   */
  readonly jqTransformer?: string;
}

/**
 * Broadcasts Container Registry events (image and tag created or deleted) to every WebSocket
 * connection on an API gateway path, through a `yandex_serverless_triggers` trigger.
 *
 * Creates, unless given them: a {@link Registry}, a {@link ServiceAccount} granted
 * `api-gateway.websocketBroadcaster`, and a {@link WebsocketGateway} whose spec serves the path.
 * Delivery to sockets is fire-and-forget: the API has no retry policy or dead-letter queue for it.
 */
export class CrWebsocketTrigger extends Construct {
  /** The `yandex_serverless_triggers` resource. */
  public readonly resource: ServerlessTriggers;
  /** The watched registry: created here (a {@link Registry}) or given. */
  public readonly registry: IRegistry;
  /** The account the trigger broadcasts as: created here (a {@link ServiceAccount}) or given. */
  public readonly serviceAccount: IServiceAccount;
  /** The gateway: created here (a {@link WebsocketGateway}) or given. */
  public readonly gateway: IWebsocketGateway;
  /** Where this trigger grants the broadcaster role, or `NONE`: the prop, or its default for the account. */
  public readonly broadcasterRoleGrant: BroadcasterRoleGrant;
  /** The role grant this trigger depends on (possibly made for another trigger); undefined when `broadcasterRoleGrant` is `NONE`. */
  public readonly broadcasterGrant?: BroadcasterGrant;
  /** Name of the trigger. */
  public readonly name: string;
  /** Gateway path that receives the events. */
  public readonly websocketPath: string;

  public constructor(scope: Construct, id: string, props: CrWebsocketTriggerProps = {}) {
    super(scope, id);
    validate(props).throwIfAny("CrWebsocketTrigger", this.node.path);

    this.name = props.name ?? defaultName(this, "-sa".length);
    this.websocketPath = props.websocketPath ?? "/ws";
    const { folderId, labels } = props;
    claimUniqueName(this, NamedKind.TRIGGER, this.name, folderId);

    this.registry =
      props.registry ?? new Registry(this, "Registry", { name: this.name, folderId, labels, removalPolicy: props.registryRemovalPolicy });
    this.serviceAccount =
      props.serviceAccount ??
      new ServiceAccount(this, "ServiceAccount", {
        name: derivedName(this.name, "sa"),
        description: "Broadcasts Container Registry events to API gateway WebSocket connections.",
        folderId,
        labels,
      });
    this.gateway =
      props.gateway ??
      new WebsocketGateway(this, "Gateway", {
        name: derivedName(this.name, "gw"),
        description: gatewayDescriptionFrom(props.description),
        folderId,
        labels,
      });
    this.gateway.addWebsocketPath(this.websocketPath);

    this.broadcasterRoleGrant = props.broadcasterRoleGrant ?? defaultRoleGrant(this.serviceAccount);
    const grantScope = GRANT_SCOPES[this.broadcasterRoleGrant];
    if (grantScope !== undefined) {
      const gateway = this.gateway;
      this.broadcasterGrant = grantBroadcast({
        gateway,
        folderKey: () => folderGrantKeyOf(gateway),
        grantee: this.serviceAccount,
        scope: grantScope,
        // the account created here keeps its grant beside it, at the address it has always had
        holder: props.serviceAccount === undefined ? this : undefined,
        stack: TerraformStack.of(this),
        askedBy: this.node.path,
      });
      // adopting the account afterwards would keep a grant its new default no longer makes
      if (props.broadcasterRoleGrant === undefined) recordDefaultGrant(this.serviceAccount, this.node.path);
    } else if (props.serviceAccount === undefined) {
      Aspects.of(this).add(new WarnWhenUngranted(this, this.serviceAccount));
    }

    this.resource = new ServerlessTriggers(this, "Resource", {
      name: this.name,
      description: props.description,
      folderId,
      labels,
      source: {
        containerRegistry: {
          registryId: this.registry.registryId,
          eventType: [...(props.events ?? ALL_EVENTS)],
          imageName: props.imageName,
          tag: props.tag,
          batchSettings: { maxCount: props.batchSize ?? 1, cutoff: `${props.batchCutoffSeconds ?? 1}s` },
        },
      },
      action: [
        {
          gatewayWebsocketBroadcast: {
            gatewayId: this.gateway.gatewayId,
            path: this.websocketPath,
            serviceAccountId: this.serviceAccount.serviceAccountId,
          },
          filter: props.jqFilter === undefined ? undefined : { jq: props.jqFilter },
          transformer: props.jqTransformer === undefined ? undefined : { jq: props.jqTransformer },
        },
      ],
      dependsOn: this.broadcasterGrant ? [this.broadcasterGrant] : undefined,
    });
    recordBroadcast(this.resource, { batchSize: props.batchSize ?? 1, transformed: props.jqTransformer !== undefined });
    addAppChecks(this);
  }

  /**
   * Manages an existing trigger instead of creating one: the first apply imports it (Terraform
   * 1.5 or later) at this construct's address. The props must describe the trigger as it is, or
   * the same apply updates it.
   */
  public importFrom(triggerId: string): void {
    checkImportId(this, "CrWebsocketTrigger.importFrom()", "triggerId", triggerId);
    this.resource.importFrom(triggerId);
  }

  /**
   * Says where this construct lived in its stack before a rename or a move (`"RegistryEvents"`,
   * `"Team/Events"`): every resource under it gets a Terraform `moved` block from its old address,
   * so Terraform keeps it instead of replacing it. A move to another stack cannot be expressed so.
   */
  public movedFrom(previousPath: string): void {
    declareMovedFrom(this, "CrWebsocketTrigger.movedFrom()", previousPath);
  }

  // Token getters create a reference (and cdktf captures a stack trace for it) on each call, so
  // values users read less often are made on demand rather than for every instance.

  /** Id of the trigger. */
  public get triggerId(): string {
    return this.resource.id;
  }

  /** Id of the watched registry. */
  public get registryId(): string {
    return this.registry.registryId;
  }

  /** Id of the service account the trigger broadcasts as. */
  public get serviceAccountId(): string {
    return this.serviceAccount.serviceAccountId;
  }

  /** Id of the gateway. */
  public get gatewayId(): string {
    return this.gateway.gatewayId;
  }

  /** `wss://<gateway domain><path>`: where clients connect. */
  public get websocketUrl(): string {
    return this.gateway.websocketUrl(this.websocketPath);
  }
}

/** The grant scope of each choice; none for `NONE`. */
const GRANT_SCOPES: Readonly<Record<BroadcasterRoleGrant, BroadcasterGrantScope | undefined>> = {
  [BroadcasterRoleGrant.FOLDER]: BroadcasterGrantScope.FOLDER,
  [BroadcasterRoleGrant.GATEWAY]: BroadcasterGrantScope.GATEWAY,
  [BroadcasterRoleGrant.NONE]: undefined,
};

/**
 * The documented default per kind of account: a grant on the folder for an account this app
 * creates and has not adopted (its grants are this app's to make), none for any other.
 */
function defaultRoleGrant(account: IServiceAccount): BroadcasterRoleGrant {
  return account instanceof ServiceAccount && !account.isAdopted ? BroadcasterRoleGrant.FOLDER : BroadcasterRoleGrant.NONE;
}

/**
 * Warns at synth, when the whole stack is built, that the account a trigger created and did not
 * grant still has no broadcaster grant in its stack (`gateway.grantBroadcast` may have made one
 * after the trigger): a warning that reads the output, so it never contradicts it.
 */
class WarnWhenUngranted implements IAspect {
  public constructor(
    private readonly trigger: CrWebsocketTrigger,
    private readonly account: IServiceAccount,
  ) {}

  public visit(node: IConstruct): void {
    if (node !== this.trigger) return;
    if (StackBroadcasterGrants.of(TerraformStack.of(node)).hasGrantFor(this.account)) return;
    Annotations.of(node).addWarning(
      "broadcasterRoleGrant is NONE and no grantBroadcast in this stack grants the service account created here " +
        "api-gateway.websocketBroadcaster: grant it (trigger.gateway.grantBroadcast(trigger.serviceAccount)) or bind the role " +
        "outside this stack, or the trigger cannot broadcast.",
    );
  }
}

function validate(props: CrWebsocketTriggerProps): PropProblems {
  const problems = new PropProblems();
  problems.checkString("name", props.name, resourceNameProblem);
  problems.checkString("description", props.description, triggerDescriptionProblem);
  // resources created here take the same labels, under the stricter rules of registries and accounts
  const createsAny = props.registry === undefined || props.serviceAccount === undefined;
  checkLabels(problems, props.labels, createsAny ? STRICT_LABEL_RULES : TRIGGER_LABEL_RULES);
  if (props.events !== undefined && !Token.isUnresolved(props.events)) {
    for (const problem of eventTypesProblems(props.events, "ContainerRegistryEvent", eventName)) problems.add("events", props.events, problem);
  }
  problems.checkString("imageName", props.imageName, imageNameProblem);
  problems.checkString("tag", props.tag, tagProblem);
  problems.checkInteger("batchSize", props.batchSize, BATCH_SIZE, " events");
  problems.checkInteger("batchCutoffSeconds", props.batchCutoffSeconds, BATCH_CUTOFF_SECONDS, " seconds");
  problems.checkEnum("broadcasterRoleGrant", props.broadcasterRoleGrant, BroadcasterRoleGrant, "BroadcasterRoleGrant");
  problems.checkEnum("registryRemovalPolicy", props.registryRemovalPolicy, RemovalPolicy, "RemovalPolicy");
  if (props.registryRemovalPolicy !== undefined && props.registry !== undefined) {
    problems.add(
      "registryRemovalPolicy",
      props.registryRemovalPolicy,
      "applies only to the registry this trigger creates; set removalPolicy on the Registry you pass as registry",
    );
  }
  problems.checkString("folderId", props.folderId, idProblem);
  problems.checkString("websocketPath", props.websocketPath, (path) => websocketPathProblem(path) ?? specProblemOf(props.gateway, path));
  problems.checkString("jqFilter", props.jqFilter, (v) => jqProblem(v, JQ_FILTER_LENGTH) ?? jqSyntaxProblem(v));
  problems.checkString("jqTransformer", props.jqTransformer, (v) => jqProblem(v, JQ_TRANSFORMER_LENGTH) ?? jqSyntaxProblem(v));
  return problems;
}
