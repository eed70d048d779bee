import { remoteStateFromEnv, RemoteStateEnv } from "../lib";

describe("remoteStateFromEnv", () => {
  test("returns undefined without a bucket: the local backend stays", () => {
    expect(remoteStateFromEnv({})).toBeUndefined();
    expect(remoteStateFromEnv({ [RemoteStateEnv.BUCKET]: "" })).toBeUndefined();
  });

  test("reads bucket, prefix and locking", () => {
    expect(
      remoteStateFromEnv({
        CR_WS_STATE_BUCKET: "b",
        CR_WS_STATE_KEY_PREFIX: "p/",
        CR_WS_STATE_LOCK_TABLE: "t",
        CR_WS_STATE_LOCK_ENDPOINT: "https://e",
      }),
    ).toEqual({ bucket: "b", keyPrefix: "p/", lockTable: "t", lockEndpoint: "https://e" });
  });

  test("allows remote state without locking", () => {
    expect(remoteStateFromEnv({ CR_WS_STATE_BUCKET: "b" })).toEqual({
      bucket: "b",
      keyPrefix: undefined,
      lockTable: undefined,
      lockEndpoint: undefined,
    });
  });

  test("fails when the lock table is set without its endpoint", () => {
    expect(() => remoteStateFromEnv({ CR_WS_STATE_BUCKET: "b", CR_WS_STATE_LOCK_TABLE: "t" })).toThrow(
      /Set both CR_WS_STATE_LOCK_TABLE and CR_WS_STATE_LOCK_ENDPOINT .*got table "t", endpoint undefined/,
    );
  });

  test("fails when locking is set without a bucket", () => {
    expect(() => remoteStateFromEnv({ CR_WS_STATE_LOCK_TABLE: "t", CR_WS_STATE_LOCK_ENDPOINT: "e" })).toThrow(/CR_WS_STATE_BUCKET is not/);
  });
});
