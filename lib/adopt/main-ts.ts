import { Adoption } from "./adoption";
import { arr, call, ident, lit, member, newExpr, obj, printModule, stringMap, TsExpr, TsImport, TsStatement } from "./typescript";

/** The package the generated code imports the constructs from. */
export const PACKAGE_NAME = "cr-websocket-trigger";

/** Options of {@link renderMainTs}. */
export interface MainTsOptions {
  /**
   * Import from a checkout of this repository (its root, or the build/ or dist/ folder that holds
   * `lib/` and `.gen/`) at this module path, instead of from the installed package.
   * @default - the package "cr-websocket-trigger"
   */
  readonly repository?: string;
  /**
   * Name of the stack.
   * @default - the trigger's name
   */
  readonly stackName?: string;
}

/** Where the generated code imports the constructs and the provider from. */
export function importPaths(options: MainTsOptions = {}): { library: string; provider: string } {
  if (options.repository === undefined) return { library: PACKAGE_NAME, provider: `${PACKAGE_NAME}/yandex/provider` };
  const root = options.repository.replace(/\/+$/, "") || "/";
  return { library: `${root}/lib`, provider: `${root}/.gen/providers/yandex/provider` };
}

/**
 * A complete cdktf `main.ts` that manages the adopted objects: one stack with the provider, the
 * registry and account (imported when their yc files were given, referenced by id otherwise), the
 * gateway by id, and the trigger, imported.
 */
export function renderMainTs(adoption: Adoption, options: MainTsOptions = {}): string {
  const paths = importPaths(options);
  const { trigger, registry, serviceAccount } = adoption;
  const libraryNames = ["BroadcasterRoleGrant", "ContainerRegistryEvent", "CrWebsocketTrigger", "WebsocketGateway", "Registry", "ServiceAccount"];
  const imports: TsImport[] = [
    { names: ["App", "TerraformStack"], from: "cdktf" },
    { names: ["YandexProvider"], from: paths.provider },
    { names: libraryNames, from: paths.library },
  ];
  const stack = ident("stack");
  const statements: TsStatement[] = [
    { constName: "app", expr: newExpr("App", []) },
    { constName: "stack", expr: newExpr("TerraformStack", [ident("app"), lit(options.stackName ?? trigger.name)]) },
    {
      comment: ["Credentials come from YC_TOKEN or YC_SERVICE_ACCOUNT_KEY_FILE at plan time; every object names its folder."],
      expr: newExpr("YandexProvider", [stack, lit("yandex"), obj([])]),
    },
    ...(registry.props
      ? adopted(
          ["Adopted: imported by id on the first apply, then managed here."],
          "registry",
          newExpr("Registry", [
            stack,
            lit("Registry"),
            obj([
              ["name", optionalLit(registry.props.name)],
              ["labels", registry.props.labels && stringMap(registry.props.labels)],
              ["folderId", optionalLit(registry.props.folderId)],
            ]),
          ]),
          registry.id,
        )
      : [
          {
            comment: ["Referenced, not managed (no --registry file was given)."],
            constName: "registry",
            expr: call(ident("Registry"), "fromRegistryId", [stack, lit("Registry"), lit(registry.id)]),
          },
        ]),
    ...(serviceAccount.props
      ? adopted(
          ["Adopted. An adopted account gets no broadcaster grant from the trigger: its existing binding is left as it is."],
          "serviceAccount",
          newExpr("ServiceAccount", [
            stack,
            lit("ServiceAccount"),
            obj([
              ["name", lit(serviceAccount.props.name)],
              ["description", optionalLit(serviceAccount.props.description)],
              ["labels", serviceAccount.props.labels && stringMap(serviceAccount.props.labels)],
              ["folderId", optionalLit(serviceAccount.props.folderId)],
            ]),
          ]),
          serviceAccount.id,
        )
      : [
          {
            comment: ["Referenced, not managed (no --service-account file was given); its existing binding is left as it is."],
            constName: "serviceAccount",
            expr: call(ident("ServiceAccount"), "fromServiceAccountId", [stack, lit("ServiceAccount"), lit(serviceAccount.id)]),
          },
        ]),
    {
      comment: ["yandex_api_gateway has no importer: the gateway is referenced by id and stays managed where it is."],
      constName: "gateway",
      expr: call(ident("WebsocketGateway"), "fromGatewayId", [stack, lit("Gateway"), lit(adoption.gatewayId)]),
    },
    ...adopted(
      [
        "Adopted: the trigger keeps its id. broadcasterRoleGrant: NONE leaves the account's existing broadcaster binding",
        "as it is, also once the importFrom calls are removed (a second copy of it would revoke both on destroy).",
      ],
      "trigger",
      newExpr("CrWebsocketTrigger", [stack, lit("Trigger"), triggerProps(adoption)]),
      adoption.triggerId,
    ),
    { expr: call(ident("app"), "synth", []) },
  ];
  return printModule({
    header: [
      "Generated by cr-websocket-adopt from yc output. Review it, then run a plan: it must import these objects",
      "and show 0 to add, 0 to change and 0 to destroy before you apply (see docs/ADOPT.md).",
    ],
    imports,
    statements,
  });
}

function triggerProps(adoption: Adoption): TsExpr {
  const t = adoption.trigger;
  return obj([
    ["name", lit(t.name)],
    ["description", optionalLit(t.description)],
    ["labels", t.labels && stringMap(t.labels)],
    ["folderId", lit(t.folderId)],
    ["events", arr(t.events.map((e) => member("ContainerRegistryEvent", e)))],
    ["imageName", optionalLit(t.imageName)],
    ["tag", optionalLit(t.tag)],
    ["batchSize", lit(t.batchSize)],
    ["batchCutoffSeconds", lit(t.batchCutoffSeconds)],
    ["registry", ident("registry")],
    ["serviceAccount", ident("serviceAccount")],
    // stated, not defaulted: without importFrom the account would count as created here and get a grant
    ["broadcasterRoleGrant", member("BroadcasterRoleGrant", "NONE")],
    ["gateway", ident("gateway")],
    ["websocketPath", lit(t.websocketPath)],
  ]);
}

/** `const name = created;` then `name.importFrom(id);`: the construct, and the call that imports it on the first apply. */
function adopted(comment: readonly string[], name: string, created: TsExpr, id: string): TsStatement[] {
  return [{ comment, constName: name, expr: created }, { expr: call(ident(name), "importFrom", [lit(id)]) }];
}

function optionalLit(value: string | undefined): TsExpr | undefined {
  return value === undefined ? undefined : lit(value);
}
