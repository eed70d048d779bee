import { parse } from "yaml";
import { checkTerraformDocument } from "../lib/validate";
import { loadPinnedProviderSchema } from "../lib/provider-schema";
import { JsonObject } from "../lib/validate/values";
import { APP_TIMEOUT_MS, AppRun, runExampleApp } from "./helpers/run-app";

const SECRETS = {
  YC_TOKEN: "t1.secret-token-value-never-in-output",
  YC_SERVICE_ACCOUNT_KEY_FILE: '{"id":"key-id","private_key":"-----BEGIN PRIVATE KEY-----secret-key-material"}',
  AWS_ACCESS_KEY_ID: "YCAJEexampleaccesskeyid",
  AWS_SECRET_ACCESS_KEY: "YCexample-secret-access-key-value",
};

interface StackJson {
  resource: Record<string, Record<string, Record<string, unknown>>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
  output: Record<string, { value: string; sensitive?: boolean }>;
  provider: { yandex: Array<Record<string, unknown>> };
  terraform: { backend: Record<string, Record<string, unknown>>; required_providers: unknown };
}

/** Runs the example app once before the tests of the calling describe block (the project's CR_WS_* variables cleared, then `env`). */
function appRun(env: Record<string, string> = {}): { run: AppRun; stacks: Record<string, StackJson> } {
  const result = { run: { stacks: {}, files: {} } as AppRun, stacks: {} as Record<string, StackJson> };
  beforeAll(() => {
    result.run = runExampleApp({ ...SECRETS, ...env });
    result.stacks = result.run.stacks as unknown as Record<string, StackJson>;
  }, APP_TIMEOUT_MS + 10_000);
  return result;
}

describe("example app (main.ts)", () => {
  const app = appRun({ CR_WS_DEV_FOLDER_ID: "b1gdevfolder", CR_WS_PROD_FOLDER_ID: "b1gprodfolder" });

  test("synthesizes a shared, a dev and a prod stack", () => {
    expect(Object.keys(app.stacks).sort()).toEqual(["dev", "prod", "shared"]);
  });

  test("the shared stack owns the registry and one gateway whose spec serves every environment's path", () => {
    const shared = app.stacks.shared;
    expect(Object.keys(shared.resource).sort()).toEqual(["yandex_api_gateway", "yandex_container_registry"]);
    const gateway = Object.values(shared.resource.yandex_api_gateway)[0];
    expect(Object.keys(parse(gateway.spec as string).paths)).toEqual(["/dev", "/prod"]);
  });

  test("environment stacks add a trigger that references the shared registry and gateway across stacks", () => {
    for (const env of ["dev", "prod"]) {
      const stack = app.stacks[env];
      expect(Object.keys(stack.resource).sort()).toEqual([
        "yandex_iam_service_account",
        "yandex_resourcemanager_folder_iam_member",
        "yandex_serverless_triggers",
      ]);
      expect(Object.keys(stack.data!.terraform_remote_state)).toEqual(["cross-stack-reference-input-shared"]);
      const trigger = Object.values(stack.resource.yandex_serverless_triggers)[0] as {
        folder_id: string;
        source: { container_registry: { registry_id: string } };
        action: Array<{ gateway_websocket_broadcast: { gateway_id: string; path: string } }>;
      };
      expect(trigger.folder_id).toBe(`b1g${env}folder`);
      expect(trigger.source.container_registry.registry_id).toMatch(
        /^\$\{data\.terraform_remote_state\.cross-stack-reference-input-shared\.outputs\./,
      );
      expect(trigger.action[0].gateway_websocket_broadcast.gateway_id).toMatch(
        /^\$\{data\.terraform_remote_state\.cross-stack-reference-input-shared\.outputs\./,
      );
      expect(trigger.action[0].gateway_websocket_broadcast.path).toBe(`/${env}`);
      expect(stack.output.websocket_url.value).toMatch(new RegExp(`^wss://\\$\\{data\\.terraform_remote_state\\..*domain\\}/${env}$`));
    }
  });

  test("environments differ by configuration: prod filters images and batches", () => {
    const prod = Object.values(app.stacks.prod.resource.yandex_serverless_triggers)[0] as { source: { container_registry: Record<string, unknown> } };
    expect(prod.source.container_registry).toMatchObject({ image_name: "release/app", batch_settings: { max_count: 10, cutoff: "5s" } });
  });

  test("every stack passes the offline check", () => {
    const schema = loadPinnedProviderSchema();
    for (const stack of Object.values(app.stacks)) expect(checkTerraformDocument(stack as unknown as JsonObject, schema)).toEqual([]);
  });

  test("pins the yandex provider and leaves credentials out of the provider block", () => {
    for (const stack of Object.values(app.stacks)) {
      expect(stack.terraform.required_providers).toEqual({ yandex: { source: "yandex-cloud/yandex", version: "0.222.0" } });
      for (const config of stack.provider.yandex) {
        for (const key of ["token", "service_account_key_file", "storage_secret_key", "ymq_secret_key"]) expect(config).not.toHaveProperty(key);
      }
    }
  });

  test("uses the local backend by default", () => {
    for (const stack of Object.values(app.stacks)) expect(Object.keys(stack.terraform.backend)).toEqual(["local"]);
  });

  test("writes no credential from the environment into any output file", () => {
    const all = Object.values(app.run.files).join("\n");
    for (const value of Object.values(SECRETS)) expect(all).not.toContain(value);
    expect(all).not.toContain("secret-key-material");
  });
});

describe("example app with remote state", () => {
  const remote = {
    CR_WS_STATE_BUCKET: "team-tfstate",
    CR_WS_STATE_KEY_PREFIX: "cr-ws/",
    CR_WS_STATE_LOCK_TABLE: "tf-locks",
    CR_WS_STATE_LOCK_ENDPOINT: "https://docapi.serverless.yandexcloud.net/ru-central1/b1gcloud/etn0database",
  };
  const app = appRun(remote);

  test("keeps each stack's state under its own key in Object Storage, locked through YDB", () => {
    for (const name of ["shared", "dev", "prod"]) {
      expect(app.stacks[name].terraform.backend).toEqual({
        s3: {
          bucket: "team-tfstate",
          key: `cr-ws/${name}/terraform.tfstate`,
          region: "ru-central1",
          endpoints: { s3: "https://storage.yandexcloud.net", dynamodb: remote.CR_WS_STATE_LOCK_ENDPOINT },
          dynamodb_table: "tf-locks",
          skip_credentials_validation: true,
          skip_region_validation: true,
          skip_requesting_account_id: true,
          skip_metadata_api_check: true,
          skip_s3_checksum: true,
        },
      });
    }
  });

  test("reads the shared stack's outputs from its remote state", () => {
    const input = app.stacks.dev.data!.terraform_remote_state["cross-stack-reference-input-shared"] as {
      backend: string;
      config: Record<string, unknown>;
    };
    expect(input.backend).toBe("s3");
    expect(input.config).toMatchObject({ bucket: "team-tfstate", key: "cr-ws/shared/terraform.tfstate" });
  });

  test("puts no access key in any output file", () => {
    const all = Object.values(app.run.files).join("\n");
    expect(all).not.toContain(SECRETS.AWS_ACCESS_KEY_ID);
    expect(all).not.toContain(SECRETS.AWS_SECRET_ACCESS_KEY);
    expect(all).not.toMatch(/access_key|secret_key/);
  });
});
