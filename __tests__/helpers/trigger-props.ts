import { Construct } from "constructs";
import { CrWebsocketTrigger, CrWebsocketTriggerProps, Registry, ServiceAccount, WebsocketGateway } from "../../lib";

/** A trigger's props for tests that describe existing resources by id: each id becomes an importer beside the trigger. */
export interface TriggerByIds extends CrWebsocketTriggerProps {
  readonly registryId?: string;
  readonly serviceAccountId?: string;
  readonly gatewayId?: string;
}

/** A CrWebsocketTrigger `id` in `scope`, with the resources `props` names by id imported as `<id>Registry`, `<id>Account`, `<id>Gateway`. */
export function triggerByIds(scope: Construct, id: string, props: TriggerByIds = {}): CrWebsocketTrigger {
  const { registryId, serviceAccountId, gatewayId, ...rest } = props;
  const registry = registryId !== undefined ? Registry.fromRegistryId(scope, `${id}Registry`, registryId) : rest.registry;
  const serviceAccount =
    serviceAccountId !== undefined ? ServiceAccount.fromServiceAccountId(scope, `${id}Account`, serviceAccountId) : rest.serviceAccount;
  const gateway =
    gatewayId !== undefined ? WebsocketGateway.fromGatewayAttributes(scope, `${id}Gateway`, { gatewayId, folderId: rest.folderId }) : rest.gateway;
  return new CrWebsocketTrigger(scope, id, { ...rest, registry, serviceAccount, gateway });
}
