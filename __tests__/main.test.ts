import { runExampleApp } from "./helpers/run-app";

const SECRETS = {
  YC_TOKEN: "t1.secret-token-value-never-in-output",
  YC_SERVICE_ACCOUNT_KEY_FILE: '{"id":"key-id","private_key":"-----BEGIN PRIVATE KEY-----secret-key-material"}',
  YC_CLOUD_ID: "b1gcloudidvalue",
  YC_FOLDER_ID: "b1gfolderidvalue",
};

describe("example app (main.ts)", () => {
  const run = runExampleApp(SECRETS);

  test("synthesizes a stack with the trigger and its resources", () => {
    const stack = run.stacks["registry-events"] as { resource: Record<string, unknown> };
    expect(Object.keys(stack.resource).sort()).toEqual([
      "yandex_api_gateway",
      "yandex_container_registry",
      "yandex_iam_service_account",
      "yandex_resourcemanager_folder_iam_member",
      "yandex_serverless_triggers",
    ]);
  });

  test("pins the yandex provider", () => {
    const stack = run.stacks["registry-events"] as { terraform: { required_providers: unknown } };
    expect(stack.terraform.required_providers).toEqual({ yandex: { source: "yandex-cloud/yandex", version: "0.222.0" } });
  });

  test("leaves credentials out of the provider block", () => {
    const stack = run.stacks["registry-events"] as { provider: { yandex: Array<Record<string, unknown>> } };
    for (const config of stack.provider.yandex) {
      for (const key of ["token", "service_account_key_file", "storage_secret_key", "ymq_secret_key"]) expect(config).not.toHaveProperty(key);
    }
  });

  test("writes no credential from the environment into any output file", () => {
    const all = Object.values(run.files).join("\n");
    expect(Object.keys(run.files).length).toBeGreaterThan(1);
    for (const value of Object.values(SECRETS)) expect(all).not.toContain(value);
    expect(all).not.toContain("secret-key-material");
  });

  test("outputs the websocket URL and ids", () => {
    const stack = run.stacks["registry-events"] as { output: Record<string, { value: string }> };
    expect(Object.keys(stack.output).sort()).toEqual(["gateway_id", "registry_id", "trigger_id", "websocket_url"]);
    expect(stack.output.websocket_url.value).toMatch(/^wss:\/\/\$\{yandex_api_gateway\.[A-Za-z0-9_]+\.domain\}\/ws$/);
  });
});
