import { TerraformStack, TerraformVariable } from "cdktf";
import { parse } from "yaml";
import { CrWebsocketTrigger, WebsocketConnectAuthorizer, WebsocketGateway } from "../lib";
import { loadPinnedProviderSchema } from "../lib/provider-schema";
import { checkTerraformDocument, formatFinding } from "../lib/validate";
import { JsonObject } from "../lib/validate/values";
import { newStack, SynthesizedStack, synthStack } from "./helpers/synth";

const GATEWAY = "yandex_api_gateway";
const FUNCTION_ID = "d4e0123456789abcdefg";
const ACCOUNT_ID = "aje0123456789abcdefg";
const CONNECT = "x-yc-apigateway-websocket-connect";
const MESSAGE = "x-yc-apigateway-websocket-message";

interface Spec {
  paths: Record<string, Record<string, { security?: unknown; "x-yc-apigateway-integration"?: unknown }>>;
  components?: { securitySchemes: Record<string, Record<string, unknown>> };
}

/** The one gateway of a synthesized stack. */
function onlyGateway(synthesized: SynthesizedStack): Record<string, unknown> {
  const gateways = Object.values(synthesized.resource?.[GATEWAY] ?? {});
  expect(gateways).toHaveLength(1);
  return gateways[0];
}

function specOf(stack: TerraformStack): Spec {
  return parse(onlyGateway(synthStack(stack)).spec as string) as Spec;
}

/** The security schemes one path's connect operation accepts, each resolved to its definition. */
function connectSchemes(spec: Spec, path: string): Record<string, unknown>[] {
  const security = spec.paths[path][CONNECT].security as Record<string, string[]>[];
  return security.map((requirement) => {
    expect(Object.values(requirement)).toEqual([[]]);
    return spec.components!.securitySchemes[Object.keys(requirement)[0]];
  });
}

/** A trigger on a created gateway that `authorizer` protects. */
function authorizedTrigger(stack: TerraformStack, authorizer: WebsocketConnectAuthorizer): CrWebsocketTrigger {
  return new CrWebsocketTrigger(stack, "Events", { gateway: new WebsocketGateway(stack, "Gateway", { connectAuthorizer: authorizer }) });
}

const AUTHORIZER: WebsocketConnectAuthorizer = { functionId: FUNCTION_ID, functionTag: "prod", serviceAccountId: ACCOUNT_ID, resultTtlSeconds: 300 };

describe("connectAuthorizer on a trigger's WebsocketGateway", () => {
  test("protects the created gateway's connect operation with a function authorizer, by header or by query", () => {
    const stack = newStack();
    authorizedTrigger(stack, AUTHORIZER);
    const spec = specOf(stack);
    const extension = {
      type: "function",
      function_id: FUNCTION_ID,
      tag: "prod",
      service_account_id: ACCOUNT_ID,
      authorizer_result_ttl_in_seconds: 300,
    };
    expect(connectSchemes(spec, "/ws")).toEqual([
      { type: "apiKey", in: "header", name: "Authorization", "x-yc-apigateway-authorizer": extension },
      { type: "apiKey", in: "query", name: "token", "x-yc-apigateway-authorizer": extension },
    ]);
    expect(spec.paths["/ws"][CONNECT]["x-yc-apigateway-integration"]).toEqual({ type: "dummy", http_code: 200, content: { "*": "" } });
  });

  test("leaves the message operation as it is", () => {
    const open = newStack();
    new CrWebsocketTrigger(open, "Events");
    const guarded = newStack();
    authorizedTrigger(guarded, AUTHORIZER);
    expect(specOf(guarded).paths["/ws"][MESSAGE]).toEqual(specOf(open).paths["/ws"][MESSAGE]);
    expect(Object.keys(specOf(guarded).paths["/ws"])).toEqual([CONNECT, MESSAGE]);
  });

  test("writes only the function id when nothing else is given", () => {
    const stack = newStack();
    authorizedTrigger(stack, { functionId: FUNCTION_ID });
    for (const scheme of connectSchemes(specOf(stack), "/ws")) {
      expect(scheme["x-yc-apigateway-authorizer"]).toEqual({ type: "function", function_id: FUNCTION_ID });
    }
  });

  test("without an authorizer the spec has no connect operation and no security schemes", () => {
    const stack = newStack();
    new CrWebsocketTrigger(stack, "Events");
    const spec = specOf(stack);
    expect(Object.keys(spec.paths["/ws"])).toEqual([MESSAGE]);
    expect(spec).not.toHaveProperty("components");
  });

  test("takes a function id that is a reference, and the stack passes the offline check", () => {
    const stack = newStack();
    const fn = new TerraformVariable(stack, "authorizer_function_id", { type: "string" });
    authorizedTrigger(stack, { functionId: fn.stringValue });
    const synth = synthStack(stack);
    const spec = parse(onlyGateway(synth).spec as string) as Spec;
    expect(spec.components!.securitySchemes.connectTokenQuery["x-yc-apigateway-authorizer"]).toEqual({
      type: "function",
      function_id: "${var.authorizer_function_id}",
    });
    expect(checkTerraformDocument(synth as unknown as JsonObject, loadPinnedProviderSchema()).map(formatFinding)).toEqual([]);
  });

  test.each([
    [{ functionId: "" }, /connectAuthorizer\.functionId: got ""; must be a non-empty id of at most 50 bytes/],
    [{ functionId: "d".repeat(51) }, /connectAuthorizer\.functionId: got "d{51}"; is 51 bytes \(51 characters\); at most 50 bytes/],
    [{ functionId: undefined as unknown as string }, /connectAuthorizer\.functionId: got ""/],
    [{ functionId: FUNCTION_ID, serviceAccountId: "" }, /connectAuthorizer\.serviceAccountId: got ""; must be a non-empty id of at most 50 bytes/],
    [{ functionId: FUNCTION_ID, functionTag: "" }, /connectAuthorizer\.functionTag: got ""; must be a version tag/],
    [{ functionId: FUNCTION_ID, functionTag: "a b" }, /connectAuthorizer\.functionTag: got "a b"/],
    [{ functionId: FUNCTION_ID, resultTtlSeconds: 0 }, /connectAuthorizer\.resultTtlSeconds: got 0; must be an integer from 1 to 3600 seconds/],
    [{ functionId: FUNCTION_ID, resultTtlSeconds: 3601 }, /connectAuthorizer\.resultTtlSeconds: got 3601; must be an integer from 1 to 3600/],
    [{ functionId: FUNCTION_ID, resultTtlSeconds: 1.5 }, /connectAuthorizer\.resultTtlSeconds: got 1\.5/],
  ])("fails when the authorizer is malformed: %j", (authorizer, message) => {
    expect(() => authorizedTrigger(newStack(), authorizer)).toThrow(message);
  });

  test("accepts the bounds of resultTtlSeconds", () => {
    for (const resultTtlSeconds of [1, 3600]) {
      const stack = newStack();
      authorizedTrigger(stack, { functionId: FUNCTION_ID, resultTtlSeconds });
      expect(connectSchemes(specOf(stack), "/ws")[0]).toHaveProperty(
        ["x-yc-apigateway-authorizer", "authorizer_result_ttl_in_seconds"],
        resultTtlSeconds,
      );
    }
  });

  test("fails when resultTtlSeconds is a token, which cannot be written into the spec", () => {
    const stack = newStack();
    const ttl = new TerraformVariable(stack, "ttl", { type: "number" });
    expect(() => authorizedTrigger(stack, { functionId: FUNCTION_ID, resultTtlSeconds: ttl.numberValue })).toThrow(
      /connectAuthorizer\.resultTtlSeconds: got "an unresolved token"; must be a number known at synth/,
    );
  });
});

describe("connectAuthorizer on WebsocketGateway", () => {
  test("protects every path the shared gateway serves", () => {
    const stack = newStack();
    const gateway = new WebsocketGateway(stack, "Gateway", { connectAuthorizer: { functionId: FUNCTION_ID } });
    const dev = new CrWebsocketTrigger(stack, "Dev", { gateway, websocketPath: "/dev" });
    new CrWebsocketTrigger(stack, "Prod", { gateway, registry: dev.registry, websocketPath: "/prod" });
    const spec = specOf(stack);
    expect(Object.keys(spec.paths)).toEqual(["/dev", "/prod"]);
    for (const path of ["/dev", "/prod"]) {
      expect(connectSchemes(spec, path).map((s) => [s.in, s.name])).toEqual([
        ["header", "Authorization"],
        ["query", "token"],
      ]);
    }
  });

  test("takes the token where WebsocketGateway.CONNECT_TOKEN_HEADER and CONNECT_TOKEN_QUERY say", () => {
    const stack = newStack();
    new CrWebsocketTrigger(stack, "Events", { gateway: new WebsocketGateway(stack, "Gateway", { connectAuthorizer: { functionId: FUNCTION_ID } }) });
    expect(connectSchemes(specOf(stack), "/ws").map((s) => s.name)).toEqual([
      WebsocketGateway.CONNECT_TOKEN_HEADER,
      WebsocketGateway.CONNECT_TOKEN_QUERY,
    ]);
    expect([WebsocketGateway.CONNECT_TOKEN_HEADER, WebsocketGateway.CONNECT_TOKEN_QUERY]).toEqual(["Authorization", "token"]);
  });

  test("accepts resultTtlSeconds up to WebsocketGateway.MAX_AUTHORIZER_TTL_SECONDS and no more", () => {
    const withTtl = (resultTtlSeconds: number) => () =>
      new WebsocketGateway(newStack(), "Gateway", { connectAuthorizer: { functionId: FUNCTION_ID, resultTtlSeconds } });
    expect(WebsocketGateway.MAX_AUTHORIZER_TTL_SECONDS).toBe(3600);
    expect(withTtl(WebsocketGateway.MAX_AUTHORIZER_TTL_SECONDS)).not.toThrow();
    expect(withTtl(WebsocketGateway.MAX_AUTHORIZER_TTL_SECONDS + 1)).toThrow(
      /connectAuthorizer\.resultTtlSeconds: got 3601; must be an integer from 1 to 3600/,
    );
  });

  test("fails when given with your own spec", () => {
    expect(
      () => new WebsocketGateway(newStack(), "Gateway", { spec: "openapi: 3.0.0\npaths: {}\n", connectAuthorizer: { functionId: FUNCTION_ID } }),
    ).toThrow(/Invalid WebsocketGateway props .*\n {2}- connectAuthorizer: got .*; is only allowed with a generated spec \(no spec\)/);
  });

  test("fails when the function id is malformed, with the rule every id prop and importer argument follows", () => {
    const tooLong = "f".repeat(51);
    const stack = newStack();
    expect(() => new WebsocketGateway(stack, "Gateway", { connectAuthorizer: { functionId: tooLong } })).toThrow(
      /connectAuthorizer\.functionId: got "f{51}"; is 51 bytes \(51 characters\); at most 50 bytes/,
    );
    expect(() => WebsocketGateway.fromGatewayId(stack, "Existing", tooLong)).toThrow(
      /gatewayId: got "f{51}"; is 51 bytes \(51 characters\); at most 50 bytes/,
    );
  });
});
