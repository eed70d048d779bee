import { Lazy, Token } from "cdktf";
import { Construct } from "constructs";
import { ApiGateway } from "../.gen/providers/yandex/api-gateway";
import { defaultName } from "./private/names";
import { claimUniqueName, NamedKind } from "./private/unique-names";
import {
  checkSpecText,
  OpenApiDocument,
  serializeSpec,
  servesWebsocketPath,
  websocketPathProblem,
  websocketSpec,
  websocketUrl,
} from "./private/openapi-spec";
import { checkConnectAuthorizer, WebsocketConnectAuthorizer } from "./connect-authorizer";
import { idProblem, resourceNameProblem } from "./validate/rules";
import { PropProblems } from "./validate/problems";

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
export class WebsocketGateway extends Construct {
  /** The `yandex_api_gateway` resource. */
  public readonly resource: ApiGateway;
  /** Id of the gateway. */
  public readonly gatewayId: string;
  /** Folder that holds the gateway. */
  public readonly folderId: string;

  private readonly paths = new Set<string>();
  private readonly userSpec?: OpenApiDocument;

  public constructor(scope: Construct, id: string, props: WebsocketGatewayProps = {}) {
    super(scope, id);
    const problems = new PropProblems();
    problems.checkString("name", props.name, resourceNameProblem);
    problems.checkString("folderId", props.folderId, idProblem);
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
      spec: props.spec ?? Lazy.stringValue({ produce: () => serializeSpec(websocketSpec(name, [...this.paths], props.connectAuthorizer)) }),
    });
    this.gatewayId = this.resource.id;
    this.folderId = props.folderId ?? this.resource.folderId;
  }

  /**
   * Makes `path` a WebSocket path of this gateway. With a generated spec the path is added to
   * it; with your own spec, fails unless the spec already serves the path.
   */
  public addWebsocketPath(path: string): void {
    const problems = new PropProblems();
    problems.checkString("path", path, (p) => websocketPathProblem(p) ?? this.specProblem(p));
    problems.throwIfAny("WebsocketGateway.addWebsocketPath()", this.node.path, "arguments");
    this.paths.add(path);
  }

  /** Explains why the user's spec cannot serve `path`, or undefined when it can (or the spec is generated). */
  public specProblem(path: string): string | undefined {
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

  /** `wss://<domain><path>`: where clients connect to receive what is broadcast to `path`. */
  public websocketUrl(path: string): string {
    return websocketUrl(this.domain, path);
  }
}
