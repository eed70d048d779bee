import { TerraformStack, Token } from "cdktf";
import { Construct, IConstruct } from "constructs";
import { ApiGateway } from "../.gen/providers/yandex/api-gateway";
import { DataYandexApiGateway } from "../.gen/providers/yandex/data-yandex-api-gateway";
import { BroadcasterGrant, GrantBroadcastOptions } from "./broadcaster-grant";
import { declareMovedFrom } from "./private/moved";
import { grantBroadcast, GrantTarget, identityOf } from "./private/broadcaster-grants";
import { lazyString } from "./private/lazy-string";
import { defaultName } from "./private/names";
import { claimUniqueName, NamedKind } from "./private/unique-names";
import {
  checkSpecText,
  CONNECT_TOKEN_HEADER,
  CONNECT_TOKEN_QUERY,
  OpenApiDocument,
  serializeSpec,
  servesWebsocketPath,
  websocketPathProblem,
  websocketSpec,
  websocketUrl,
} from "./private/openapi-spec";
import { checkConnectAuthorizer, MAX_AUTHORIZER_TTL_SECONDS, WebsocketConnectAuthorizer } from "./connect-authorizer";
import { WEBSOCKET_BROADCASTER_ROLE } from "./validate/provider-rules";
import { gatewayDescriptionProblem } from "./validate/rules/gateway-description";
import { GATEWAY_LABEL_RULES } from "./validate/rules/gateway-labels";
import { gatewayNameProblem } from "./validate/rules/gateway-name";
import { idProblem } from "./validate/rules/id-length";
import { addAppChecks } from "./private/app-checks";
import { checkLabels } from "./private/labels";
import { PropProblems } from "./private/prop-problems";
import { IServiceAccount } from "./service-account";

/** An API gateway that WebSocket broadcasts can go to: one created by {@link WebsocketGateway}, or an existing one imported by id. */
export interface IWebsocketGateway extends IConstruct {
  /** Id of the gateway. */
  readonly gatewayId: string;
  /** Folder that holds the gateway. */
  readonly folderId: string;
  /** Default domain of the gateway (`<id>.apigw.yandexcloud.net`), known after apply. */
  readonly domain: string;
  /** `wss://<domain><path>`: where clients connect to receive what is broadcast to `path`. */
  websocketUrl(path: string): string;
  /** Makes `path` a WebSocket path of this gateway, or fails when the gateway cannot serve it. */
  addWebsocketPath(path: string): void;
  /**
   * Grants `api-gateway.websocketBroadcaster` to `grantee` on this gateway's folder (the default)
   * or on the gateway itself, and returns the grant. A stack holds at most one grant per (folder or
   * gateway, account id): a repeated call returns the first one. The grant is made in the
   * grantee's stack: under the account when it is created there, otherwise under the stack's
   * `BroadcasterGrants` construct.
   */
  grantBroadcast(grantee: IServiceAccount, options?: GrantBroadcastOptions): BroadcasterGrant;
}

/**
 * What the gateway created by {@link WebsocketGateway} and one imported by id share: the URL of a
 * path, adding a path, and the broadcaster grant.
 */
export abstract class WebsocketGatewayBase extends Construct implements IWebsocketGateway {
  /** Id of the gateway. */
  public abstract readonly gatewayId: string;
  /** Folder that holds the gateway. */
  public abstract readonly folderId: string;
  /** Default domain of the gateway (`<id>.apigw.yandexcloud.net`), known after apply. */
  public abstract readonly domain: string;

  /** Only subclasses construct a gateway base: `WebsocketGateway`, or the importers' gateway. */
  protected constructor(scope: Construct, id: string) {
    super(scope, id);
  }

  /** `wss://<domain><path>`: where clients connect to receive what is broadcast to `path`. */
  public websocketUrl(path: string): string {
    return websocketUrl(this.domain, path);
  }

  /** Makes `path` a WebSocket path of this gateway, or fails when it is no path or the gateway's spec cannot serve it. */
  public addWebsocketPath(path: string): void {
    const problems = new PropProblems();
    problems.checkString("path", path, (p) => websocketPathProblem(p) ?? this._specProblem(p));
    problems.throwIfAny("WebsocketGateway.addWebsocketPath()", this.node.path, "arguments");
  }

  /** {@inheritDoc IWebsocketGateway.grantBroadcast} */
  public grantBroadcast(grantee: IServiceAccount, options: GrantBroadcastOptions = {}): BroadcasterGrant {
    return grantBroadcast({ gateway: this, folderKey: () => this._folderGrantKey(), grantee, scope: options.scope, askedBy: this.node.path });
  }

  /** @internal Why the gateway's spec cannot serve `path`, or undefined when it can or this cannot be known. */
  public _specProblem(_path: string): string | undefined {
    return undefined;
  }

  /** @internal A key equal for every gateway in the same folder of a stack, so that they share one folder grant. */
  public _folderGrantKey(): string {
    return `folder:${identityOf(this, this.folderId)}`;
  }
}

/** A key equal for every gateway in the same folder of a stack: the gateway's own, or its resolved folder id. */
export function folderGrantKeyOf(gateway: GrantTarget["gateway"]): string {
  return gateway instanceof WebsocketGatewayBase ? gateway._folderGrantKey() : `folder:${identityOf(gateway, gateway.folderId)}`;
}

/** Why `gateway` cannot serve `path`, or undefined when it can or this cannot be known. */
export function specProblemOf(gateway: IWebsocketGateway | undefined, path: string): string | undefined {
  return gateway instanceof WebsocketGatewayBase ? gateway._specProblem(path) : undefined;
}

/** What is known about an existing gateway, for {@link WebsocketGateway.fromGatewayAttributes}. */
export interface WebsocketGatewayAttributes {
  /** Id of the existing API gateway. */
  readonly gatewayId: string;
  /**
   * Folder that holds the gateway.
   * @default - read from the gateway by a `yandex_api_gateway` data source
   */
  readonly folderId?: string;
}

/** Props of {@link WebsocketGateway}. */
export interface WebsocketGatewayProps {
  /**
   * Name of the API gateway.
   * @default - derived from the construct path, unique per stack
   */
  readonly name?: string;
  /**
   * Description of the API gateway.
   * @default - no description
   */
  readonly description?: string;
  /**
   * Labels of the API gateway.
   * @default - no labels
   */
  readonly labels?: Record<string, string>;
  /**
   * Folder to create the gateway in.
   * @default - the provider's folder
   */
  readonly folderId?: string;
  /**
   * Your own OpenAPI document (YAML or JSON). Every path added with `addWebsocketPath` must be
   * in it with the `x-yc-apigateway-websocket-message` operation.
   * @default - a generated spec that serves every added WebSocket path
   */
  readonly spec?: string;
  /**
   * A function that decides who may connect, on every path this gateway serves. Not allowed with `spec`.
   * @default - anyone who knows the URL may connect and receive what is broadcast
   */
  readonly connectAuthorizer?: WebsocketConnectAuthorizer;
}

/**
 * An API gateway whose WebSocket paths are added by the constructs that broadcast to them, so
 * one gateway can serve several triggers and its generated spec always lists every path in use.
 */
export class WebsocketGateway extends WebsocketGatewayBase {
  /** The role that {@link WebsocketGateway.grantBroadcast} grants: `api-gateway.websocketBroadcaster`. */
  public static readonly BROADCASTER_ROLE = WEBSOCKET_BROADCASTER_ROLE;
  /** Header in which clients may send their token to a path guarded by a `connectAuthorizer`: `Authorization`. */
  public static readonly CONNECT_TOKEN_HEADER = CONNECT_TOKEN_HEADER;
  /** Query parameter in which clients (browsers) may send their token to a path guarded by a `connectAuthorizer`: `token`. */
  public static readonly CONNECT_TOKEN_QUERY = CONNECT_TOKEN_QUERY;
  /** Longest `connectAuthorizer.resultTtlSeconds` this library accepts: 3600. */
  public static readonly MAX_AUTHORIZER_TTL_SECONDS = MAX_AUTHORIZER_TTL_SECONDS;

  /**
   * An existing gateway, managed elsewhere, by id. Its domain (and its folder) come from a
   * `yandex_api_gateway` data source created as this importer's only child.
   */
  public static fromGatewayId(scope: Construct, id: string, gatewayId: string): IWebsocketGateway {
    return WebsocketGateway.fromGatewayAttributes(scope, id, { gatewayId });
  }

  /** An existing gateway, managed elsewhere, by id and (optionally) its folder. */
  public static fromGatewayAttributes(scope: Construct, id: string, attributes: WebsocketGatewayAttributes): IWebsocketGateway {
    return new ImportedWebsocketGateway(scope, id, attributes);
  }

  /** The `yandex_api_gateway` resource. */
  public readonly resource: ApiGateway;
  /** Id of the gateway. */
  public readonly gatewayId: string;
  /** Folder that holds the gateway. */
  public readonly folderId: string;

  private readonly paths = new Set<string>();
  private readonly userSpec?: OpenApiDocument;
  private readonly givenFolderId?: string;

  public constructor(scope: Construct, id: string, props: WebsocketGatewayProps = {}) {
    super(scope, id);
    const problems = new PropProblems();
    problems.checkString("name", props.name, gatewayNameProblem);
    problems.checkString("description", props.description, gatewayDescriptionProblem);
    problems.checkString("folderId", props.folderId, idProblem);
    checkLabels(problems, props.labels, GATEWAY_LABEL_RULES);
    const checked = props.spec === undefined || Token.isUnresolved(props.spec) ? {} : checkSpecText(props.spec);
    if (checked.problem !== undefined) problems.add("spec", props.spec, checked.problem);
    const withSpec =
      props.spec === undefined ? undefined : "is only allowed with a generated spec (no spec): your own spec declares its own security";
    checkConnectAuthorizer(problems, "connectAuthorizer", props.connectAuthorizer, withSpec);
    problems.throwIfAny("WebsocketGateway", this.node.path);
    this.userSpec = checked.spec;

    const name = props.name ?? defaultName(this);
    claimUniqueName(this, NamedKind.GATEWAY, name, props.folderId);
    this.resource = new ApiGateway(this, "Resource", {
      name,
      description: props.description,
      folderId: props.folderId,
      labels: props.labels,
      spec: props.spec ?? lazyString(this, () => serializeSpec(websocketSpec(name, [...this.paths], props.connectAuthorizer))),
    });
    this.gatewayId = this.resource.id;
    this.folderId = props.folderId ?? this.resource.folderId;
    this.givenFolderId = props.folderId;
    addAppChecks(this);
  }

  /** @internal Every gateway created without a folder is in its stack's provider folder, so they share one folder grant. */
  public _folderGrantKey(): string {
    return this.givenFolderId === undefined
      ? `provider-folder:${TerraformStack.of(this).node.path}`
      : `folder:${identityOf(this, this.givenFolderId)}`;
  }

  /**
   * Says where this construct lived in its stack before a rename or a move (`"RegistryEvents"`,
   * `"Team/Events"`): every resource under it gets a Terraform `moved` block from its old address,
   * so Terraform keeps it instead of replacing it. A move to another stack cannot be expressed so.
   */
  public movedFrom(previousPath: string): void {
    declareMovedFrom(this, "WebsocketGateway.movedFrom()", previousPath);
  }

  /**
   * Makes `path` a WebSocket path of this gateway. With a generated spec the path is added to
   * it; with your own spec, fails unless the spec already serves the path.
   */
  public addWebsocketPath(path: string): void {
    super.addWebsocketPath(path);
    this.paths.add(path);
  }

  /** @internal Why the user's spec cannot serve `path`, or undefined when it can (or the spec is generated). */
  public _specProblem(path: string): string | undefined {
    if (!this.userSpec || servesWebsocketPath(this.userSpec, path)) return undefined;
    return `the gateway's spec must declare this path with the x-yc-apigateway-websocket-message operation`;
  }

  /** Default domain of the gateway (`<id>.apigw.yandexcloud.net`), known after apply. */
  public get domain(): string {
    return this.resource.domain;
  }

  /** The WebSocket paths added so far, sorted. */
  public get websocketPaths(): string[] {
    return [...this.paths].sort();
  }
}

/** A gateway managed elsewhere; it owns the data source that reads its domain and folder. */
class ImportedWebsocketGateway extends WebsocketGatewayBase {
  public readonly gatewayId: string;
  public readonly folderId: string;
  private readonly lookup: DataYandexApiGateway;
  private readonly givenFolderId?: string;

  public constructor(scope: Construct, id: string, attributes: WebsocketGatewayAttributes) {
    super(scope, id);
    const problems = new PropProblems();
    problems.checkString("gatewayId", attributes.gatewayId, idProblem);
    problems.checkString("folderId", attributes.folderId, idProblem);
    problems.throwIfAny("WebsocketGateway.fromGatewayAttributes()", this.node.path, "arguments");
    // "Default" is left out of logical ids, so the data source keeps the id of the importer's path.
    this.lookup = new DataYandexApiGateway(this, "Default", { apiGatewayId: attributes.gatewayId });
    this.gatewayId = attributes.gatewayId;
    this.folderId = attributes.folderId ?? this.lookup.folderId;
    this.givenFolderId = attributes.folderId;
  }

  public get domain(): string {
    return this.lookup.domain;
  }

  /** @internal Two importers of one gateway read the same folder, so they share one folder grant. */
  public _folderGrantKey(): string {
    return this.givenFolderId === undefined
      ? `folder-of-gateway:${identityOf(this, this.gatewayId)}`
      : `folder:${identityOf(this, this.givenFolderId)}`;
  }
}
