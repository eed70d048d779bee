import { Construct, IConstruct } from "constructs";
import { IamServiceAccount } from "../.gen/providers/yandex/iam-service-account";
import { declareMovedFrom } from "./private/moved";
import { addAppChecks } from "./private/app-checks";
import { checkImportId } from "./private/import-id";
import { checkLabels } from "./private/labels";
import { defaultName } from "./private/names";
import { PropProblems } from "./private/prop-problems";
import { claimUniqueName, NamedKind } from "./private/unique-names";
import { SERVICE_ACCOUNT_DESCRIPTION_MAX_LENGTH } from "./validate/rules/description-length";
import { idProblem } from "./validate/rules/id-length";
import { STRICT_LABEL_RULES } from "./validate/rules/labels";
import { SERVICE_ACCOUNT_NAME_PATTERN } from "./validate/rules/service-account-name";

/**
 * A service account that can be granted roles: one created by {@link ServiceAccount}, or an
 * existing one imported by id.
 */
export interface IServiceAccount extends IConstruct {
  /** Id of the service account. */
  readonly serviceAccountId: string;
}

/** Props of {@link ServiceAccount}. Every prop is optional. */
export interface ServiceAccountProps {
  /**
   * Name of the service account (unique in the cloud).
   * @default - derived from the construct path, unique per stack
   */
  readonly name?: string;
  /**
   * Description of the service account (at most 256 characters).
   * @default - no description
   */
  readonly description?: string;
  /**
   * Labels of the service account.
   * @default - no labels
   */
  readonly labels?: Record<string, string>;
  /**
   * Folder to create the service account in.
   * @default - the provider's folder
   */
  readonly folderId?: string;
}

/** A Yandex Cloud IAM service account (`yandex_iam_service_account`). */
export class ServiceAccount extends Construct implements IServiceAccount {
  /**
   * An existing service account, managed elsewhere, by id. Nothing is created or read for it,
   * and no role is granted to it unless asked (`grantBroadcasterRole: true`, or
   * `gateway.grantBroadcast(account)`): this stack never owns, so never revokes, its bindings.
   */
  public static fromServiceAccountId(scope: Construct, id: string, serviceAccountId: string): IServiceAccount {
    return new ImportedServiceAccount(scope, id, serviceAccountId);
  }

  /** The `yandex_iam_service_account` resource. */
  public readonly resource: IamServiceAccount;
  /** Id of the service account. */
  public readonly serviceAccountId: string;
  /** Name of the service account. */
  public readonly name: string;
  private adopted = false;

  public constructor(scope: Construct, id: string, props: ServiceAccountProps = {}) {
    super(scope, id);
    const problems = new PropProblems();
    problems.checkString("name", props.name, serviceAccountNameProblem);
    problems.checkString("description", props.description, (d) =>
      d.length <= SERVICE_ACCOUNT_DESCRIPTION_MAX_LENGTH ? undefined : `must be at most ${SERVICE_ACCOUNT_DESCRIPTION_MAX_LENGTH} characters`,
    );
    problems.checkString("folderId", props.folderId, idProblem);
    checkLabels(problems, props.labels, STRICT_LABEL_RULES);
    problems.throwIfAny("ServiceAccount", this.node.path);

    this.name = props.name ?? defaultName(this);
    claimUniqueName(this, NamedKind.SERVICE_ACCOUNT, this.name, props.folderId);
    // "Default" is left out of logical ids: the resource keeps the address it had at this construct's path.
    this.resource = new IamServiceAccount(this, "Default", {
      name: this.name,
      description: props.description,
      folderId: props.folderId,
      labels: props.labels,
    });
    this.serviceAccountId = this.resource.id;
    addAppChecks(this);
  }

  /**
   * Manages an existing service account instead of creating one: the first apply imports it
   * (Terraform 1.5 or later) at this construct's address. Like an imported account, an adopted
   * one is granted roles only when asked, so its existing bindings are left alone. Call it before
   * passing the account to a trigger.
   */
  public importFrom(serviceAccountId: string): this {
    checkImportId(this, "ServiceAccount.importFrom()", "serviceAccountId", serviceAccountId);
    this.resource.importFrom(serviceAccountId);
    this.adopted = true;
    return this;
  }

  /**
   * Says where this construct lived in its stack before a rename or a move (`"RegistryEvents"`,
   * `"Team/Events"`): every resource under it gets a Terraform `moved` block from its old address,
   * so Terraform keeps it instead of replacing it. A move to another stack cannot be expressed so.
   */
  public movedFrom(previousPath: string): this {
    declareMovedFrom(this, "ServiceAccount.movedFrom()", previousPath);
    return this;
  }

  /** True when the account existed before this app: imported with `importFrom`. */
  public get isAdopted(): boolean {
    return this.adopted;
  }
}

/** A service account managed elsewhere. */
class ImportedServiceAccount extends Construct implements IServiceAccount {
  public readonly serviceAccountId: string;

  public constructor(scope: Construct, id: string, serviceAccountId: string) {
    super(scope, id);
    checkImportId(this, "ServiceAccount.fromServiceAccountId()", "serviceAccountId", serviceAccountId);
    this.serviceAccountId = serviceAccountId;
  }
}

function serviceAccountNameProblem(name: string): string | undefined {
  return SERVICE_ACCOUNT_NAME_PATTERN.test(name)
    ? undefined
    : "must be 1-63 characters: lower-case letters, digits and '-', starting with a letter and not ending with '-'";
}
