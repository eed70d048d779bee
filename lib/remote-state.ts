import { S3Backend, TerraformStack } from "cdktf";
import { PropProblem, PropValidationError } from "./prop-validation-error";

const STORAGE_ENDPOINT = "https://storage.yandexcloud.net";
const STORAGE_REGION = "ru-central1";

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

/** What {@link YandexRemoteState.fromEnv} reports as the place of a bad setting. */
const ENVIRONMENT = "environment";

/** The problems of a lock table and endpoint, by the names the user wrote them with: both or neither. */
function lockProblems(table: { name: string; value?: string }, endpoint: { name: string; value?: string }): PropProblem[] {
  const alone = [table, endpoint].filter((v) => v.value !== undefined);
  if (alone.length !== 1) return [];
  const [given] = alone;
  const missing = given === table ? endpoint : table;
  return [
    {
      prop: given.name,
      value: given.value,
      allowed: `is only allowed together with ${missing.name}: set both for state locking, or neither for state without locking`,
    },
  ];
}

/**
 * Remote state for a stack in Yandex Object Storage: its settings from the environment
 * ({@link YandexRemoteState.fromEnv}) and the S3 backend that keeps it ({@link YandexRemoteState.use}).
 */
export class YandexRemoteState {
  /** Yandex Object Storage, reached through Terraform's S3 backend. */
  public static readonly STORAGE_ENDPOINT = STORAGE_ENDPOINT;
  /** The region Object Storage answers to. */
  public static readonly STORAGE_REGION = STORAGE_REGION;

  /**
   * Reads {@link RemoteStateEnv} from `env`. Returns undefined when no bucket is set (the local
   * backend stays in use); fails when locking is half-configured.
   * @param env the variables to read; an empty string counts as unset. Default: `process.env`.
   */
  public static fromEnv(env?: Record<string, string>): YandexRemoteStateOptions | undefined {
    // half-configured locking silently gives a backend without locks: a PropValidationError names the variable instead
    const vars: Record<string, string | undefined> = env ?? process.env;
    const value = (name: RemoteStateEnv) => (vars[name] === undefined || vars[name] === "" ? undefined : vars[name]);
    const bucket = value(RemoteStateEnv.BUCKET);
    const lockTable = value(RemoteStateEnv.LOCK_TABLE);
    const lockEndpoint = value(RemoteStateEnv.LOCK_ENDPOINT);
    const problems: PropProblem[] = [];
    if (bucket === undefined) {
      for (const [name, given] of [
        [RemoteStateEnv.LOCK_TABLE, lockTable],
        [RemoteStateEnv.LOCK_ENDPOINT, lockEndpoint],
      ] as const) {
        if (given !== undefined) {
          problems.push({
            prop: name,
            value: given,
            allowed: `needs ${RemoteStateEnv.BUCKET}: state locking is for remote state; set the bucket too`,
          });
        }
      }
    } else {
      problems.push(
        ...lockProblems({ name: RemoteStateEnv.LOCK_TABLE, value: lockTable }, { name: RemoteStateEnv.LOCK_ENDPOINT, value: lockEndpoint }),
      );
    }
    if (problems.length > 0) throw new PropValidationError("remote state environment variables", ENVIRONMENT, problems);
    if (bucket === undefined) return undefined;
    return { bucket, keyPrefix: value(RemoteStateEnv.KEY_PREFIX), lockTable, lockEndpoint };
  }

  /**
   * Keeps the stack's state in Yandex Object Storage through the S3 backend, locked through a YDB
   * table when `lockTable` is given. Access keys are not part of the configuration: Terraform reads
   * them from `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` at init, so they never reach `cdktf.out`.
   */
  public static use(stack: TerraformStack, options: YandexRemoteStateOptions): S3Backend {
    // a lock table without its endpoint (or the reverse) would silently give a backend without locking
    const problems = lockProblems({ name: "lockTable", value: options.lockTable }, { name: "lockEndpoint", value: options.lockEndpoint });
    if (problems.length > 0) throw new PropValidationError("YandexRemoteState.use() options", stack.node.path, problems);
    return new S3Backend(stack, {
      bucket: options.bucket,
      key: `${options.keyPrefix ?? ""}${stack.node.id}/terraform.tfstate`,
      region: STORAGE_REGION,
      endpoints: { s3: STORAGE_ENDPOINT, dynamodb: options.lockEndpoint },
      dynamodbTable: options.lockTable,
      skipCredentialsValidation: true,
      skipRegionValidation: true,
      skipRequestingAccountId: true,
      skipMetadataApiCheck: true,
      skipS3Checksum: true,
    });
  }

  private constructor() {}
}
