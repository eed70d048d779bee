import type * as Yaml from "yaml";
// a type only: this module loads no CDK core, so that cr-websocket-local can read specs with it
import type { WebsocketConnectAuthorizer } from "../connect-authorizer";

/** The OpenAPI operation that makes a gateway path accept WebSocket connections. */
export const WEBSOCKET_MESSAGE_OPERATION = "x-yc-apigateway-websocket-message";
/** The OpenAPI operation the gateway runs when a WebSocket connection opens; where an authorizer goes. */
export const WEBSOCKET_CONNECT_OPERATION = "x-yc-apigateway-websocket-connect";

/** Header in which clients may send their token to an authorized WebSocket path. */
export const CONNECT_TOKEN_HEADER = "Authorization";
/** Query parameter in which clients (browsers) may send their token to an authorized WebSocket path. */
export const CONNECT_TOKEN_QUERY = "token";

const INTEGRATION = "x-yc-apigateway-integration";
/** The security scheme extension that makes a gateway call an authorizer function. */
export const AUTHORIZER = "x-yc-apigateway-authorizer";
// the two ways a client may present its token; a security list is a choice between its entries (OpenAPI 3.0)
const HEADER_SCHEME = "connectTokenHeader";
const QUERY_SCHEME = "connectTokenQuery";

/** The parts of an OpenAPI document this library reads or writes. */
export interface OpenApiDocument {
  readonly openapi: string;
  readonly info: { readonly title: string; readonly version: string };
  readonly paths: Record<string, Record<string, unknown>>;
  readonly components?: { readonly securitySchemes?: Record<string, unknown> };
}

/**
 * An OpenAPI 3 document in which every path accepts WebSocket connections. Messages that
 * clients send are answered by a `dummy` integration: the paths exist to receive broadcasts.
 * With an authorizer, every path's connect operation requires a token (header or query) that
 * the authorizer function accepts.
 */
export function websocketSpec(title: string, paths: readonly string[], authorizer?: WebsocketConnectAuthorizer): OpenApiDocument {
  const dummy = () => ({ [INTEGRATION]: { type: "dummy", http_code: 200, content: { "*": "" } } });
  const connect = authorizer && { [WEBSOCKET_CONNECT_OPERATION]: { security: [{ [HEADER_SCHEME]: [] }, { [QUERY_SCHEME]: [] }], ...dummy() } };
  const spec: OpenApiDocument = {
    openapi: "3.0.0",
    info: { title, version: "1.0.0" },
    paths: Object.fromEntries([...paths].sort().map((path) => [path, { ...connect, [WEBSOCKET_MESSAGE_OPERATION]: dummy() }])),
  };
  return authorizer ? { ...spec, components: { securitySchemes: connectSecuritySchemes(authorizer) } } : spec;
}

/** The two apiKey schemes (header and query) that carry the function authorizer; either one lets a client in. */
function connectSecuritySchemes(authorizer: WebsocketConnectAuthorizer): Record<string, unknown> {
  const extension = {
    type: "function",
    function_id: authorizer.functionId,
    tag: authorizer.functionTag,
    service_account_id: authorizer.serviceAccountId,
    authorizer_result_ttl_in_seconds: authorizer.resultTtlSeconds,
  };
  return {
    [HEADER_SCHEME]: { type: "apiKey", in: "header", name: CONNECT_TOKEN_HEADER, [AUTHORIZER]: extension },
    [QUERY_SCHEME]: { type: "apiKey", in: "query", name: CONNECT_TOKEN_QUERY, [AUTHORIZER]: extension },
  };
}

/**
 * Serializes a spec as indented JSON: valid YAML as well, one value per line so plan diffs stay
 * readable, and an order of magnitude faster than a YAML emitter at a thousand gateways.
 */
export function serializeSpec(spec: OpenApiDocument): string {
  return JSON.stringify(spec, null, 2);
}

let yaml: typeof Yaml | undefined;

/** Parses YAML (or JSON), loading the parser on first use: only a gateway given its own spec needs it, and it is a third of the library's load. */
function parseYaml(text: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, as said above
  yaml ??= require("yaml") as typeof Yaml;
  return yaml.parse(text);
}

/** Parses a YAML or JSON spec; returns the reason when it is not an OpenAPI-shaped object. */
export function parseSpec(text: string): { spec?: OpenApiDocument; error?: string } {
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (e) {
    return { error: `does not parse as YAML or JSON (${(e as Error).message.split("\n")[0]})` };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { error: "is not an OpenAPI document (expected a mapping at the top level)" };
  }
  const paths = (value as { paths?: unknown }).paths;
  if (paths === null || typeof paths !== "object" || Array.isArray(paths)) {
    return { error: "has no `paths` mapping" };
  }
  return { spec: value as OpenApiDocument };
}

/** True when the spec declares `path` with the WebSocket message operation. */
export function servesWebsocketPath(spec: OpenApiDocument, path: string): boolean {
  const item = spec.paths[path];
  return item !== null && typeof item === "object" && WEBSOCKET_MESSAGE_OPERATION in item;
}

/**
 * Parses a spec given as text; `problem` says what is allowed when it is not an OpenAPI document,
 * or (with `path`) when it does not serve that WebSocket path; `pathProp` names the prop that chose the path.
 */
export function checkSpecText(text: string, path?: string, pathProp?: string): { spec?: OpenApiDocument; problem?: string } {
  const { spec, error } = parseSpec(text);
  if (error !== undefined) return { problem: `must be an OpenAPI document in YAML or JSON, but it ${error}` };
  if (path !== undefined && !servesWebsocketPath(spec!, path)) {
    return { spec, problem: `must declare the path "${path}"${pathProp ? ` (${pathProp})` : ""} with the ${WEBSOCKET_MESSAGE_OPERATION} operation` };
  }
  return { spec };
}

/** `wss://<domain><path>`: where clients connect to a gateway's WebSocket path. */
export function websocketUrl(domain: string, path: string): string {
  return `wss://${domain}${path}`;
}

// in its own module, which loads no cdktf, for the adopt CLI
export { websocketPathProblem } from "./websocket-path";
