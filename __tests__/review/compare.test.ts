import { BroadcasterRoleGrant } from "../../lib";
import { compareApps, compareStacks, DiffReport, exitCodeOf, Impact, renderJson, renderMarkdown, StackDocument, summarize } from "../../lib/review";
import { newStack, synthStack } from "../helpers/synth";
import { TriggerByIds, triggerByIds } from "../helpers/trigger-props";

/** A synthesized stack with one trigger per entry, keyed by construct id. */
function stackWith(triggers: Record<string, TriggerByIds>): StackDocument {
  const stack = newStack();
  for (const [id, props] of Object.entries(triggers)) triggerByIds(stack, id, props);
  return synthStack(stack) as StackDocument;
}

function diff(before: Record<string, TriggerByIds>, after: Record<string, TriggerByIds>): DiffReport {
  return compareApps({ dev: stackWith(before) }, { dev: stackWith(after) });
}

const base = { name: "events", batchSize: 1 };
const REPLACE_ALL = [
  "yandex_api_gateway",
  "yandex_container_registry",
  "yandex_iam_service_account",
  "yandex_resourcemanager_folder_iam_member",
  "yandex_serverless_triggers",
].map((t) => `replace ${t}`);
const impacts = (report: DiffReport) => report.stacks.flatMap((s) => s.changes.map((c) => `${c.impact} ${c.address.split(".")[0]}`)).sort();

describe("compareApps", () => {
  test("no change: nothing reported, exit 0", () => {
    const report = diff({ Events: base }, { Events: base });
    expect(report.stacks).toEqual([]);
    expect(exitCodeOf(report)).toBe(0);
    expect(renderMarkdown(report, "main")).toMatch(/No changes to any stack/);
  });

  test("a changed batch size updates the trigger in place, exit 2", () => {
    const report = diff({ Events: base }, { Events: { ...base, batchSize: 20 } });
    expect(impacts(report)).toEqual(["update yandex_serverless_triggers"]);
    expect(report.stacks[0].changes[0].changes).toEqual([{ path: "source.container_registry.batch_settings.max_count", before: 1, after: 20 }]);
    expect(exitCodeOf(report)).toBe(2);
  });

  test("a changed name updates in place everywhere", () => {
    const report = diff({ Events: base }, { Events: { ...base, name: "renamed" } });
    expect(impacts(report)).toEqual([
      "update yandex_api_gateway",
      "update yandex_container_registry",
      "update yandex_iam_service_account",
      "update yandex_serverless_triggers",
    ]);
  });

  test("a changed folder id replaces every resource that has one, and warns about the registry", () => {
    const report = diff({ Events: { ...base, folderId: "b1gold" } }, { Events: { ...base, folderId: "b1gnew" } });
    expect(impacts(report)).toEqual(REPLACE_ALL);
    const trigger = report.stacks[0].changes.find((c) => c.address.startsWith("yandex_serverless_triggers"))!;
    expect(trigger.changes).toEqual([{ path: "folder_id", before: "b1gold", after: "b1gnew", forcesReplacement: true }]);
    const registry = report.stacks[0].changes.find((c) => c.address.startsWith("yandex_container_registry"))!;
    expect(registry.warnings).toEqual([
      expect.stringMatching(/has prevent_destroy and folder_id cannot change in place: Terraform will refuse to plan this/),
      expect.stringMatching(/a registry can only be deleted when it holds no images/),
    ]);
    expect(exitCodeOf(report)).toBe(3);
  });

  test("setting a folder id where there was none replaces (the configured value changes)", () => {
    const report = diff({ Events: base }, { Events: { ...base, folderId: "b1gnew" } });
    expect(impacts(report)).toContain("replace yandex_serverless_triggers");
  });

  test("unsetting a folder id does not replace (the provider keeps the computed value)", () => {
    const report = diff(
      { Events: { ...base, folderId: "b1gold", registryId: "crp0r", serviceAccountId: "aje0s", gatewayId: "d5d0g" } },
      { Events: { ...base, registryId: "crp0r", serviceAccountId: "aje0s", gatewayId: "d5d0g" } },
    );
    expect(impacts(report)).toEqual(["update yandex_serverless_triggers"]);
  });

  test("a changed grant member replaces the grant", () => {
    const report = diff(
      { Events: { ...base, serviceAccountId: "aje0old", broadcasterRoleGrant: BroadcasterRoleGrant.FOLDER } },
      { Events: { ...base, serviceAccountId: "aje0new", broadcasterRoleGrant: BroadcasterRoleGrant.FOLDER } },
    );
    const grant = report.stacks[0].changes.find((c) => c.address.startsWith("yandex_resourcemanager_folder_iam_member"))!;
    expect(grant.impact).toBe(Impact.REPLACE);
    expect(grant.changes).toEqual([{ path: "member", before: "serviceAccount:aje0old", after: "serviceAccount:aje0new", forcesReplacement: true }]);
  });

  test("a grant whose member names a replaced service account is replaced too", () => {
    const sa = (folder: string) => ({ yandex_iam_service_account: { Sa: { name: "sa", folder_id: folder } } });
    const grant = {
      yandex_resourcemanager_folder_iam_member: {
        Grant: { folder_id: "b1gfolder", role: "r", member: "serviceAccount:${yandex_iam_service_account.Sa.id}" },
      },
    };
    const changes = compareStacks({ resource: { ...sa("b1gold"), ...grant } }, { resource: { ...sa("b1gnew"), ...grant } });
    expect(changes.map((c) => `${c.impact} ${c.address}`)).toEqual([
      "replace yandex_iam_service_account.Sa",
      "replace yandex_resourcemanager_folder_iam_member.Grant",
    ]);
    expect(changes[1].changes).toEqual([
      {
        path: "member",
        before: "serviceAccount:${yandex_iam_service_account.Sa.id}",
        after: "(new value: yandex_iam_service_account.Sa is replaced)",
        forcesReplacement: true,
      },
    ]);
  });

  test("a renamed construct id replaces every resource under it, paired with its old address", () => {
    const report = diff({ Events: base }, { Renamed: base });
    expect(impacts(report)).toEqual(REPLACE_ALL);
    const trigger = report.stacks[0].changes.find((c) => c.address.startsWith("yandex_serverless_triggers"))!;
    expect(trigger.address).toMatch(/^yandex_serverless_triggers\.Renamed_/);
    expect(trigger.previousAddress).toMatch(/^yandex_serverless_triggers\.Events_/);
    const registry = report.stacks[0].changes.find((c) => c.address.startsWith("yandex_container_registry"))!;
    expect(registry.warnings[0]).toMatch(/has prevent_destroy and its address changes from yandex_container_registry\.Events_Registry_\w+/);
  });

  test("a removed trigger destroys its resources with warnings; an added one creates", () => {
    const removed = diff({ Events: base, Other: { name: "other", folderId: "b1gother" } }, { Events: base });
    expect(impacts(removed)).toEqual(expect.arrayContaining(["destroy yandex_serverless_triggers", "destroy yandex_container_registry"]));
    expect(removed.stacks[0].changes.find((c) => c.address.startsWith("yandex_container_registry"))!.warnings[0]).toMatch(
      /prevent_destroy and it is removed/,
    );
    expect(exitCodeOf(removed)).toBe(3);
    const added = diff({ Events: base }, { Events: base, Other: { name: "other", folderId: "b1gother" } });
    expect(impacts(added).every((i) => i.startsWith("create"))).toBe(true);
    expect(exitCodeOf(added)).toBe(2);
  });

  test("a data source change is a read, not an infrastructure change", () => {
    const changes = compareStacks(
      { data: { yandex_api_gateway: { G: { api_gateway_id: "a" } } } },
      { data: { yandex_api_gateway: { G: { api_gateway_id: "b" } } } },
    );
    expect(changes.map((c) => c.impact)).toEqual([Impact.READ]);
  });

  test("a whole new stack shows as creates", () => {
    const report = compareApps({}, { prod: stackWith({ Events: base }) });
    expect(report.stacks.map((s) => s.stack)).toEqual(["prod"]);
    expect(summarize(report).create).toBe(5);
  });
});

describe("renderers", () => {
  const report = diff({ Events: { ...base, folderId: "b1gold" } }, { Events: { ...base, folderId: "b1gnew", batchSize: 5 } });

  test("Markdown has a summary, a loud warning and a collapsible section per stack with old → new", () => {
    const md = renderMarkdown(report, "origin/main");
    expect(md).toMatch(/^## Infrastructure changes against `origin\/main`$/m);
    expect(md).toMatch(/\*\*5 to replace, 0 to destroy, 0 to create, 0 to update in place\*\*/);
    expect(md).toMatch(/^> \[!WARNING\]$/m);
    expect(md).toMatch(/<details open><summary><b>dev<\/b>: 5 replace<\/summary>/);
    expect(md).toMatch(/- `folder_id`: `"b1gold"` → `"b1gnew"` \*\*\(forces replacement\)\*\*/);
    expect(md).toMatch(/- `source\.container_registry\.batch_settings\.max_count`: `1` → `5`$/m);
  });

  test("JSON carries the summary, the exit code and every change", () => {
    const json = JSON.parse(renderJson(report, "origin/main"));
    expect(json.summary.replace).toBe(5);
    expect(json.exitCode).toBe(3);
    expect(json.stacks[0].changes).toHaveLength(5);
  });
});
