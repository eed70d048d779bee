import { FindingKind } from "../findings";
import { LabelRules, reportLabelEntries, TRIGGER_LABEL_RULES } from "./labels";
import { LengthUnit, ProviderRule } from "./rule";

/** The API's label rules for API gateways: the same patterns as for triggers, lengths in the API's characters. */
export const GATEWAY_LABEL_RULES: LabelRules = {
  ...TRIGGER_LABEL_RULES,
  keyLength: { ...TRIGGER_LABEL_RULES.keyLength, unit: LengthUnit.CHARACTERS },
  valueLength: { ...TRIGGER_LABEL_RULES.valueLength, unit: LengthUnit.CHARACTERS },
};

/** YC-GATEWAY-LABELS: an API gateway's label keys and values follow the API's rules, which the provider does not check. */
export const GATEWAY_LABELS_RULE: ProviderRule = {
  id: "YC-GATEWAY-LABELS",
  rationale: "The provider checks no gateway label, and the API refuses keys and values outside its patterns at apply.",
  resourceTypes: ["yandex_api_gateway"],
  kind: FindingKind.API,
  source: "cloudapi serverless/apigateway/v1/apigateway_service.proto (CreateApiGatewayRequest.labels, map_key and value rules)",
  check(body, report) {
    reportLabelEntries(body, GATEWAY_LABEL_RULES, report);
  },
};
