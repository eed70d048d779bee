import { S3Backend, TerraformStack } from "cdktf";

/** Yandex Object Storage, reached through Terraform's S3 backend. */
export const YANDEX_STORAGE_ENDPOINT = "https://storage.yandexcloud.net";

/** The region Object Storage answers to. */
export const YANDEX_STORAGE_REGION = "ru-central1";

/** Environment variables that switch a stack to remote state. */
export enum RemoteStateEnv {
  /** Object Storage bucket for state files; remote state is on when this is set. */
  BUCKET = "CR_WS_STATE_BUCKET",
  /** Folder-like prefix of the state keys, e.g. `team-a/`. */
  KEY_PREFIX = "CR_WS_STATE_KEY_PREFIX",
  /** YDB table (DynamoDB-compatible) used for state locking. */
  LOCK_TABLE = "CR_WS_STATE_LOCK_TABLE",
  /** Document API endpoint of the YDB serverless database that holds the lock table. */
  LOCK_ENDPOINT = "CR_WS_STATE_LOCK_ENDPOINT",
}

/** Where and how a stack keeps its state in Object Storage. */
export interface YandexRemoteStateOptions {
  /** Object Storage bucket. */
  readonly bucket: string;
  /**
   * Prefix of the state key; the key is `<prefix><stack name>/terraform.tfstate`.
   * @default - no prefix
   */
  readonly keyPrefix?: string;
  /**
   * YDB table for state locking, through its DynamoDB-compatible API.
   * @default - no locking
   */
  readonly lockTable?: string;
  /**
   * Document API endpoint of the YDB database holding `lockTable`; required with it.
   * @default - none
   */
  readonly lockEndpoint?: string;
}

/**
 * Reads {@link RemoteStateEnv} from `env`. Returns undefined when no bucket is set (the local
 * backend stays in use); fails when locking is half-configured.
 */
export function remoteStateFromEnv(env: Record<string, string | undefined> = process.env): YandexRemoteStateOptions | undefined {
  const value = (name: RemoteStateEnv) => (env[name] === undefined || env[name] === "" ? undefined : env[name]);
  const bucket = value(RemoteStateEnv.BUCKET);
  const lockTable = value(RemoteStateEnv.LOCK_TABLE);
  const lockEndpoint = value(RemoteStateEnv.LOCK_ENDPOINT);
  if (bucket === undefined) {
    if (lockTable !== undefined || lockEndpoint !== undefined) {
      throw new Error(
        `${RemoteStateEnv.LOCK_TABLE} / ${RemoteStateEnv.LOCK_ENDPOINT} are set but ${RemoteStateEnv.BUCKET} is not; ` +
          "set the bucket to use remote state.",
      );
    }
    return undefined;
  }
  if ((lockTable === undefined) !== (lockEndpoint === undefined)) {
    throw new Error(
      `Set both ${RemoteStateEnv.LOCK_TABLE} and ${RemoteStateEnv.LOCK_ENDPOINT} for state locking, or neither ` +
        `(got table ${JSON.stringify(lockTable)}, endpoint ${JSON.stringify(lockEndpoint)}).`,
    );
  }
  return { bucket, keyPrefix: value(RemoteStateEnv.KEY_PREFIX), lockTable, lockEndpoint };
}

/**
 * Keeps the stack's state in Yandex Object Storage through the S3 backend, locked through a YDB
 * table when `lockTable` is given. Access keys are not part of the configuration: Terraform reads
 * them from `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` at init, so they never reach `cdktf.out`.
 */
export function useYandexRemoteState(stack: TerraformStack, options: YandexRemoteStateOptions): S3Backend {
  return new S3Backend(stack, {
    bucket: options.bucket,
    key: `${options.keyPrefix ?? ""}${stack.node.id}/terraform.tfstate`,
    region: YANDEX_STORAGE_REGION,
    endpoints: { s3: YANDEX_STORAGE_ENDPOINT, dynamodb: options.lockEndpoint },
    dynamodbTable: options.lockTable,
    skipCredentialsValidation: true,
    skipRegionValidation: true,
    skipRequestingAccountId: true,
    skipMetadataApiCheck: true,
    skipS3Checksum: true,
  });
}
