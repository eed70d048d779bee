import { ID_LENGTH_RULE, idProblem } from "../../../lib/validate/rules";
import { put, ruleLines, ruleLinesInDocument, trigger } from "../../helpers/documents";

describe("YC-ID-LENGTH", () => {
  test("passes the construct's own output", () => {
    expect(ruleLinesInDocument(ID_LENGTH_RULE)).toEqual([]);
  });

  test("passes 50-character ids", () => {
    const id = "x".repeat(50);
    const body = { folder_id: id, action: [{ gateway_websocket_broadcast: { gateway_id: id, service_account_id: id } }] };
    expect(ruleLines(ID_LENGTH_RULE, "yandex_serverless_triggers", body)).toEqual([]);
  });

  test("fails on 51-character folder, gateway and service account ids", () => {
    const id = "x".repeat(51);
    const body = { folder_id: id, action: ["x", { gateway_websocket_broadcast: { gateway_id: id, service_account_id: id } }] };
    expect(ruleLines(ID_LENGTH_RULE, "yandex_serverless_triggers", body)).toEqual([
      "folder_id: is 51 bytes (51 characters); at most 50 bytes [provider] YC-ID-LENGTH",
      "action[1].gateway_websocket_broadcast.gateway_id: is 51 bytes (51 characters); at most 50 bytes [provider] YC-ID-LENGTH",
      "action[1].gateway_websocket_broadcast.service_account_id: is 51 bytes (51 characters); at most 50 bytes [provider] YC-ID-LENGTH",
    ]);
    expect(ruleLines(ID_LENGTH_RULE, "yandex_container_registry", { folder_id: id })).toHaveLength(1);
    expect(ruleLines(ID_LENGTH_RULE, "yandex_iam_service_account", { folder_id: id })).toHaveLength(1);
  });

  test("fails on an over-long gateway id in a document", () => {
    expect(ruleLinesInDocument(ID_LENGTH_RULE, (d) => put(trigger(d), "action.0.gateway_websocket_broadcast.gateway_id", "g".repeat(51)))).toEqual([
      expect.stringMatching(/: action\[0\]\.gateway_websocket_broadcast\.gateway_id: is 51 bytes \(51 characters\)/),
    ]);
  });

  test("gives the construct the same limit, refusing the empty id", () => {
    expect(idProblem("x".repeat(50))).toBeUndefined();
    expect(idProblem("")).toBe("must be a non-empty id of at most 50 bytes");
    expect(idProblem("x".repeat(51))).toBe("is 51 bytes (51 characters); at most 50 bytes");
    expect(idProblem("ё".repeat(26))).toBe("is 52 bytes (26 characters); at most 50 bytes");
  });
});
