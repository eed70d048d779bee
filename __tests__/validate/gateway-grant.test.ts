import { BroadcasterRoleGrant, CrWebsocketTrigger, WebsocketGateway } from "../../lib";
import { loadPinnedProviderSchema } from "../../lib/provider-schema";
import { checkTerraformDocument, formatFinding } from "../../lib/validate";
import { JsonObject } from "../../lib/validate/values";
import { newStack, synthStack } from "../helpers/synth";

const schema = loadPinnedProviderSchema();

/** A stack whose trigger grants the broadcaster role on the gateway, as the construct writes it. */
function gatewayGrantDocument(gatewayId?: string): JsonObject {
  const stack = newStack();
  const gateway = gatewayId === undefined ? undefined : WebsocketGateway.fromGatewayId(stack, "Gateway", gatewayId);
  new CrWebsocketTrigger(stack, "Events", { name: "events", gateway, broadcasterRoleGrant: BroadcasterRoleGrant.GATEWAY });
  return JSON.parse(JSON.stringify(synthStack(stack))) as JsonObject;
}

function grantOf(doc: JsonObject): JsonObject {
  const grants = (doc.resource as Record<string, Record<string, JsonObject>>).yandex_api_gateway_iam_member;
  return Object.values(grants)[0];
}

describe("checkTerraformDocument on yandex_api_gateway_iam_member", () => {
  test.each([undefined, "d5d0existing"])("passes the construct's gateway-scoped grant (gatewayId %p)", (gatewayId) => {
    expect(checkTerraformDocument(gatewayGrantDocument(gatewayId), schema).map(formatFinding)).toEqual([]);
  });

  test("fails on a member without a subject type", () => {
    const doc = gatewayGrantDocument();
    grantOf(doc).member = "aje0abc";
    expect(checkTerraformDocument(doc, schema).map(formatFinding)).toEqual([
      expect.stringMatching(/^yandex_api_gateway_iam_member\.\S+: member: got "aje0abc"; must be "<subject type>:<id>"/),
    ]);
  });

  test("fails on a reference to an attribute the gateway does not have", () => {
    const doc = gatewayGrantDocument();
    grantOf(doc).api_gateway_id = String(grantOf(doc).api_gateway_id).replace(".id}", ".no_such}");
    expect(checkTerraformDocument(doc, schema).map(formatFinding)).toEqual([expect.stringMatching(/api_gateway_id.*no_such/)]);
  });
});
