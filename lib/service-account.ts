import { Construct, IConstruct } from "constructs";
import { IamServiceAccount } from "../.gen/providers/yandex/iam-service-account";
import { declareMovedFrom } from "./private/moved";
import { addAppChecks } from "./private/app-checks";
import { defaultGrantOf } from "./private/default-grants";
import { checkImportId } from "./private/import-id";
import { checkLabels } from "./private/labels";
import { defaultName } from "./private/names";
import { PropProblems } from "./private/prop-problems";
import { claimUniqueName, NamedKind } from "./private/unique-names";
import { serviceAccountDescriptionProblem } from "./validate/rules/description-length";
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
   * Description of the service account (at most 256 bytes of UTF-8, as the provider counts: 128 Cyrillic letters).
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
   * and no role is granted to it unless asked (a trigger's `broadcasterRoleGrant`, or
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
    problems.checkString("description", props.description, serviceAccountDescriptionProblem);
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
   * one is granted roles only when asked (a trigger's `broadcasterRoleGrant` defaults to `NONE`
   * for it), so its existing bindings are left alone. Call it before passing the account to a
   * trigger: afterwards it fails if the trigger granted the role by default.
   */
  public importFrom(serviceAccountId: string): void {
    checkImportId(this, "ServiceAccount.importFrom()", "serviceAccountId", serviceAccountId);
    const grantedBy = defaultGrantOf(this);
    if (grantedBy !== undefined) {
      const problems = new PropProblems();
      problems.add(
        "serviceAccountId",
        serviceAccountId,
        `must be given before the account is passed to a trigger: ${grantedBy} already granted it api-gateway.websocketBroadcaster, ` +
          "the default for an account created in the app (an adopted one is granted nothing); call importFrom first, " +
          "or give that trigger broadcasterRoleGrant",
      );
      problems.throwIfAny("ServiceAccount.importFrom()", this.node.path, "arguments");
    }
    this.resource.importFrom(serviceAccountId);
    this.adopted = true;
  }

  /**
   * Says where this construct lived in its stack before a rename or a move (`"RegistryEvents"`,
   * `"Team/Events"`): every resource under it gets a Terraform `moved` block from its old address,
   * so Terraform keeps it instead of replacing it. A move to another stack cannot be expressed so.
   */
  public movedFrom(previousPath: string): void {
    declareMovedFrom(this, "ServiceAccount.movedFrom()", previousPath);
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
