import { Construct } from "constructs";
import { ResourcemanagerFolderIamMember } from "../../.gen/providers/yandex/resourcemanager-folder-iam-member";
import { ServiceAccount } from "../../lib";
import { grantBroadcast } from "../../lib/private/broadcaster-grants";
import { folderGrantKeyOf } from "../../lib/websocket-gateway";
import { newStack, resourcesOfType, synth } from "../helpers/synth";

// A gateway of the user's own (an IWebsocketGateway the library did not make) is no WebsocketGatewayBase:
// its folder grant is keyed by its folder id (folderGrantKeyOf). Found by mutation testing (docs/MUTATION.md): the key
// of such a gateway was covered by no test.

/** A gateway construct of the user's own, in `folderId`. */
class OwnGateway extends Construct {
  public constructor(
    scope: Construct,
    id: string,
    public readonly folderId: string,
  ) {
    super(scope, id);
  }

  public readonly gatewayId = `d5d0${this.node.id.toLowerCase()}`;
}

describe("grantBroadcast (lib/private/broadcaster-grants.ts) with a gateway of the user's own", () => {
  test("grants an account once per folder: two gateways in two folders get two grants, a third in the first folder none", () => {
    const stack = newStack("dev");
    const account = new ServiceAccount(stack, "Account", { name: "bot" });
    const request = (gateway: OwnGateway) =>
      grantBroadcast({ gateway, folderKey: () => folderGrantKeyOf(gateway), grantee: account, askedBy: "dev/Test" });
    const first = request(new OwnGateway(stack, "A", "b1gfolderone"));
    const second = request(new OwnGateway(stack, "B", "b1gfoldertwo"));
    const third = request(new OwnGateway(stack, "C", "b1gfolderone"));

    expect(second.resource.node.path).not.toBe(first.resource.node.path);
    expect(third.resource.node.path).toBe(first.resource.node.path);
    const folders = Object.values(resourcesOfType(synth(stack), ResourcemanagerFolderIamMember)).map((g) => g.folder_id);
    expect(folders.sort()).toEqual(["b1gfolderone", "b1gfoldertwo"]);
  });
});
