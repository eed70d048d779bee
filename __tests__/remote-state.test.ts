import { RemoteStateEnv, YandexRemoteState, YandexRemoteStateOptions } from "../lib";
import { PropValidationError } from "../lib/prop-validation-error";
import { newStack, synth } from "./helpers/synth";

/** What `fn` throws; fails the test when it throws nothing. */
function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
}

describe("YandexRemoteState.fromEnv", () => {
  test("returns undefined without a bucket: the local backend stays", () => {
    expect(YandexRemoteState.fromEnv({})).toBeUndefined();
    expect(YandexRemoteState.fromEnv({ [RemoteStateEnv.BUCKET]: "" })).toBeUndefined();
  });

  test("reads bucket, prefix and locking", () => {
    expect(
      YandexRemoteState.fromEnv({
        CR_WS_STATE_BUCKET: "b",
        CR_WS_STATE_KEY_PREFIX: "p/",
        CR_WS_STATE_LOCK_TABLE: "t",
        CR_WS_STATE_LOCK_ENDPOINT: "https://e",
      }),
    ).toEqual({ bucket: "b", keyPrefix: "p/", lockTable: "t", lockEndpoint: "https://e" });
  });

  test("allows remote state without locking", () => {
    expect(YandexRemoteState.fromEnv({ CR_WS_STATE_BUCKET: "b" })).toEqual({
      bucket: "b",
      keyPrefix: undefined,
      lockTable: undefined,
      lockEndpoint: undefined,
    });
  });

  test.each([
    [RemoteStateEnv.LOCK_TABLE, "t", RemoteStateEnv.LOCK_ENDPOINT],
    [RemoteStateEnv.LOCK_ENDPOINT, "https://docapi.example", RemoteStateEnv.LOCK_TABLE],
  ])("fails when %s is set without the other lock variable, naming it, its value and what is allowed", (name, value, other) => {
    const read = () => YandexRemoteState.fromEnv({ CR_WS_STATE_BUCKET: "b", [name]: value });
    expect(read).toThrow(PropValidationError);
    expect(PropValidationError.isPropValidationError(thrownBy(read))).toBe(true);
    expect(read).toThrow(
      new RegExp(
        `^Invalid remote state environment variables at "environment" \\(1 problem\\):\n  - ${name}: got "${value.replace(/\./g, "\\.")}"; is only allowed together with ${other}: set both for state locking, or neither`,
      ),
    );
  });

  test("fails when locking is set without a bucket, naming each lock variable", () => {
    const read = () => YandexRemoteState.fromEnv({ CR_WS_STATE_LOCK_TABLE: "t", CR_WS_STATE_LOCK_ENDPOINT: "e" });
    expect(read).toThrow(PropValidationError);
    expect(read).toThrow(
      /\(2 problems\):\n {2}- CR_WS_STATE_LOCK_TABLE: got "t"; needs CR_WS_STATE_BUCKET[^]*\n {2}- CR_WS_STATE_LOCK_ENDPOINT: got "e"; needs CR_WS_STATE_BUCKET/,
    );
  });
});

describe("YandexRemoteState.fromEnv without an argument", () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const name of Object.values(RemoteStateEnv)) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  test("reads process.env", () => {
    for (const name of Object.values(RemoteStateEnv)) delete process.env[name];
    expect(YandexRemoteState.fromEnv()).toBeUndefined();
    process.env[RemoteStateEnv.BUCKET] = "from-process-env";
    expect(YandexRemoteState.fromEnv()).toEqual({ bucket: "from-process-env", keyPrefix: undefined, lockTable: undefined, lockEndpoint: undefined });
  });
});

describe("YandexRemoteState.use", () => {
  test("uses the endpoint and region that STORAGE_ENDPOINT and STORAGE_REGION name", () => {
    const stack = newStack("dev");
    YandexRemoteState.use(stack, { bucket: "b" });
    const { region, endpoints } = (JSON.parse(synth(stack)) as { terraform: { backend: { s3: { region: string; endpoints: { s3: string } } } } })
      .terraform.backend.s3;
    expect([endpoints.s3, region]).toEqual([YandexRemoteState.STORAGE_ENDPOINT, YandexRemoteState.STORAGE_REGION]);
    expect(YandexRemoteState.STORAGE_ENDPOINT).toBe("https://storage.yandexcloud.net");
  });

  const backendOf = (options: YandexRemoteStateOptions) => {
    const stack = newStack("dev");
    YandexRemoteState.use(stack, options);
    return (JSON.parse(synth(stack)) as { terraform: { backend: { s3: Record<string, unknown> } } }).terraform.backend.s3;
  };

  test("keeps the state in Object Storage under <prefix><stack>/terraform.tfstate, skipping the AWS-only checks", () => {
    expect(backendOf({ bucket: "b", keyPrefix: "team/", lockTable: "t", lockEndpoint: "https://docapi.example" })).toEqual({
      bucket: "b",
      key: "team/dev/terraform.tfstate",
      region: "ru-central1",
      endpoints: { s3: "https://storage.yandexcloud.net", dynamodb: "https://docapi.example" },
      dynamodb_table: "t",
      skip_credentials_validation: true,
      skip_region_validation: true,
      skip_requesting_account_id: true,
      skip_metadata_api_check: true,
      skip_s3_checksum: true,
    });
  });

  test("without a prefix or locking, the key is the stack's and no lock table is set", () => {
    const backend = backendOf({ bucket: "b" });
    expect(backend.key).toBe("dev/terraform.tfstate");
    expect(backend.endpoints).toEqual({ s3: "https://storage.yandexcloud.net" });
    expect(backend).not.toHaveProperty("dynamodb_table");
  });

  test.each([
    [{ bucket: "b", lockTable: "t" }, "lockTable", '"t"', "lockEndpoint"],
    [{ bucket: "b", lockEndpoint: "https://docapi.example" }, "lockEndpoint", '"https://docapi.example"', "lockTable"],
  ])("fails when only one of lockTable and lockEndpoint is given (%p)", (options, prop, value, other) => {
    const use = () => YandexRemoteState.use(newStack("dev"), options);
    expect(use).toThrow(PropValidationError);
    expect(use).toThrow(`  - ${prop}: got ${value}; is only allowed together with ${other}`);
  });
});
