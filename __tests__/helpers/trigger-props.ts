import { Construct } from "constructs";
import { CrWebsocketTrigger, CrWebsocketTriggerProps, Registry, ServiceAccount, WebsocketGateway } from "../../lib";

/** A trigger's props for tests that describe existing resources by id: each id becomes an importer beside the trigger. */
export interface TriggerByIds extends CrWebsocketTriggerProps {
  readonly registryId?: string;
  readonly serviceAccountId?: string;
  readonly gatewayId?: string;
  /** false: the trigger watches a sibling Registry without prevent_destroy. */
  readonly retainRegistry?: boolean;
}

/** A CrWebsocketTrigger `id` in `scope`, with the resources `props` names by id imported as `<id>Registry`, `<id>Account`, `<id>Gateway`. */
export function triggerByIds(scope: Construct, id: string, props: TriggerByIds = {}): CrWebsocketTrigger {
  const { registryId, serviceAccountId, gatewayId, retainRegistry, ...rest } = props;
  const registry =
    registryId !== undefined
      ? Registry.fromRegistryId(scope, `${id}Registry`, registryId)
      : retainRegistry === false
        ? new Registry(scope, `${id}Registry`, { name: rest.name, folderId: rest.folderId, retain: false })
        : rest.registry;
  const serviceAccount =
    serviceAccountId !== undefined ? ServiceAccount.fromServiceAccountId(scope, `${id}Account`, serviceAccountId) : rest.serviceAccount;
  const gateway =
    gatewayId !== undefined ? WebsocketGateway.fromGatewayAttributes(scope, `${id}Gateway`, { gatewayId, folderId: rest.folderId }) : rest.gateway;
  return new CrWebsocketTrigger(scope, id, { ...rest, registry, serviceAccount, gateway });
}
