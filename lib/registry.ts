import { Construct, IConstruct } from "constructs";
import { ContainerRegistry } from "../.gen/providers/yandex/container-registry";
import { declareMovedFrom } from "./private/moved";
import { addAppChecks } from "./private/app-checks";
import { checkImportId } from "./private/import-id";
import { checkLabels } from "./private/labels";
import { defaultName } from "./private/names";
import { PropProblems } from "./private/prop-problems";
import { RemovalPolicy } from "./removal-policy";
import { claimUniqueName, NamedKind } from "./private/unique-names";
import { idProblem } from "./validate/rules/id-length";
import { STRICT_LABEL_RULES } from "./validate/rules/labels";
import { resourceNameProblem } from "./validate/rules/resource-name";

/** A Container Registry whose events a trigger can watch: one created by {@link Registry}, or an existing one imported by id. */
export interface IRegistry extends IConstruct {
  /** Id of the registry. */
  readonly registryId: string;
}

/** Props of {@link Registry}. Every prop is optional. */
export interface RegistryProps {
  /**
   * Name of the registry.
   * @default - derived from the construct path, unique per stack
   */
  readonly name?: string;
  /**
   * Labels of the registry.
   * @default - no labels
   */
  readonly labels?: Record<string, string>;
  /**
   * Folder to create the registry in.
   * @default - the provider's folder
   */
  readonly folderId?: string;
  /**
   * What a destroy (or a change that replaces the registry) does to it: refused at plan
   * (`PREVENT_DESTROY`, `lifecycle.prevent_destroy`), or the registry is deleted (`DESTROY`).
   * @default RemovalPolicy.PREVENT_DESTROY
   */
  readonly removalPolicy?: RemovalPolicy;
}

/** A Yandex Container Registry (`yandex_container_registry`). */
export class Registry extends Construct implements IRegistry {
  /** An existing registry, managed elsewhere, by id. Nothing is created or read for it. */
  public static fromRegistryId(scope: Construct, id: string, registryId: string): IRegistry {
    return new ImportedRegistry(scope, id, registryId);
  }

  /** The `yandex_container_registry` resource. */
  public readonly resource: ContainerRegistry;
  /** Id of the registry. */
  public readonly registryId: string;
  /** Name of the registry. */
  public readonly name: string;
  /** Folder of the registry as given; undefined for the provider's folder. */
  public readonly folderId?: string;
  /** What a destroy does to the registry. */
  public readonly removalPolicy: RemovalPolicy;

  public constructor(scope: Construct, id: string, props: RegistryProps = {}) {
    super(scope, id);
    const problems = new PropProblems();
    problems.checkString("name", props.name, resourceNameProblem);
    problems.checkString("folderId", props.folderId, idProblem);
    checkLabels(problems, props.labels, STRICT_LABEL_RULES);
    problems.checkEnum("removalPolicy", props.removalPolicy, RemovalPolicy, "RemovalPolicy");
    problems.throwIfAny("Registry", this.node.path);

    this.name = props.name ?? defaultName(this);
    this.folderId = props.folderId;
    this.removalPolicy = props.removalPolicy ?? RemovalPolicy.PREVENT_DESTROY;
    claimUniqueName(this, NamedKind.REGISTRY, this.name, props.folderId);
    // "Default" is left out of logical ids: the resource keeps the address it had at this construct's path.
    this.resource = new ContainerRegistry(this, "Default", {
      name: this.name,
      folderId: props.folderId,
      labels: props.labels,
      lifecycle: this.removalPolicy === RemovalPolicy.PREVENT_DESTROY ? { preventDestroy: true } : undefined,
    });
    this.registryId = this.resource.id;
    addAppChecks(this);
  }

  /**
   * Manages an existing registry instead of creating one: the first apply imports it (Terraform
   * 1.5 or later) at this construct's address. The props must describe the registry as it is, or
   * the same apply updates it.
   */
  public importFrom(registryId: string): void {
    checkImportId(this, "Registry.importFrom()", "registryId", registryId);
    this.resource.importFrom(registryId);
  }

  /**
   * Says where this construct lived in its stack before a rename or a move (`"RegistryEvents"`,
   * `"Team/Events"`): every resource under it gets a Terraform `moved` block from its old address,
   * so Terraform keeps it instead of replacing it. A move to another stack cannot be expressed so.
   */
  public movedFrom(previousPath: string): void {
    declareMovedFrom(this, "Registry.movedFrom()", previousPath);
  }
}

/** A registry managed elsewhere. */
class ImportedRegistry extends Construct implements IRegistry {
  public readonly registryId: string;

  public constructor(scope: Construct, id: string, registryId: string) {
    super(scope, id);
    checkImportId(this, "Registry.fromRegistryId()", "registryId", registryId);
    this.registryId = registryId;
  }
}
