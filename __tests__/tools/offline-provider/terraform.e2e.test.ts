import { spawnSync } from "child_process";
import * as path from "path";
import { BroadcasterRoleGrant, RemovalPolicy } from "../../../lib";
import { TriggerByIds, triggerByIds } from "../../helpers/trigger-props";
import { OfflineTerraform, terraformVersion } from "../../../tools/offline-provider";
import { planHeadAgainstBase } from "../../../tools/offline-provider/plan-diff";
import { compareApps, Impact } from "../../../lib/review";
import { StackDocument } from "../../../lib/review/compare";
import { newStack, synthStack } from "../../helpers/synth";
import { ROOT } from "../../helpers/run-app";
import { hermeticEnv, treeSnapshot } from "../../helpers/hermetic";

/** Longest one `tf.js` run may take before it is killed. */
const TF_TIMEOUT_MS = 120_000;

// These tests drive the real terraform binary. Without one they are skipped, loudly.
const version = terraformVersion();
if (!version) console.warn("SKIPPED: no terraform binary on PATH, so the offline terraform validate/plan tests do not run.");
const withTerraform = version ? describe : describe.skip;

type Doc = Record<string, Record<string, Record<string, Record<string, unknown>>>>;

function stackDoc(props: TriggerByIds = {}): Doc {
  const stack = newStack();
  triggerByIds(stack, "Events", { name: "events", ...props });
  return JSON.parse(JSON.stringify(synthStack(stack))) as Doc;
}

const triggerOf = (doc: Doc) => Object.values(doc.resource.yandex_serverless_triggers)[0];

withTerraform(`offline terraform (terraform ${version ?? "missing"})`, () => {
  let sandbox: OfflineTerraform;
  beforeAll(() => {
    sandbox = new OfflineTerraform();
  });
  afterAll(() => sandbox.dispose());

  function validate(name: string, doc: Doc) {
    sandbox.writeStack(name, doc);
    sandbox.init(name);
    return sandbox.validate(name);
  }

  test(
    "the example app validates and plans every stack (npm run tf:validate / tf:plan), touching nothing in the project",
    () => {
      // build/ is written by jest's global setup before this snapshot; tf.js rebuilds it with the same bytes
      const before = treeSnapshot(ROOT);
      const tf = (command: string) =>
        spawnSync(process.execPath, [path.join(ROOT, "build/tools/cli/tf.js"), command], {
          cwd: ROOT,
          encoding: "utf8",
          env: hermeticEnv(),
          timeout: TF_TIMEOUT_MS,
        });
      const validateRun = tf("validate");
      expect(validateRun.stdout.trim().split("\n")).toEqual(["ok   shared", "ok   dev", "ok   prod"]);
      expect(validateRun.status).toBe(0);
      const planRun = tf("plan");
      expect(planRun.stdout.trim().split("\n")).toEqual([
        "shared: 2 to create, 0 to update, 0 to replace, 0 to destroy",
        "dev: 3 to create, 0 to update, 0 to replace, 0 to destroy",
        "prod: 3 to create, 0 to update, 0 to replace, 0 to destroy",
      ]);
      expect(planRun.status).toBe(0);
      // no state, lock file, .terraform, cdktf.out or any other file changed in the project: all of it stayed in the sandbox
      expect(treeSnapshot(ROOT)).toEqual(before);
    },
    2 * TF_TIMEOUT_MS + 30_000,
  );

  test("an undeclared reference fails with Terraform's message", () => {
    const doc = stackDoc();
    triggerOf(doc).source = { container_registry: { registry_id: "${yandex_container_registry.Missing.id}" } };
    const result = validate("undeclared", doc);
    expect(result.valid).toBe(false);
    expect(result.diagnostics.map((d) => d.summary)).toContain("Reference to undeclared resource");
  }, 60_000);

  test("an object-shaped action fails with Terraform's type error", () => {
    const doc = stackDoc();
    const trigger = triggerOf(doc);
    trigger.action = (trigger.action as unknown[])[0];
    const result = validate("object-action", doc);
    expect(result.valid).toBe(false);
    expect(result.diagnostics.map((d) => `${d.summary}: ${d.detail}`).join("\n")).toMatch(
      /Incorrect attribute value type[^]*list of object required/,
    );
  }, 60_000);

  test("an unknown attribute fails with Terraform's message", () => {
    const doc = stackDoc();
    triggerOf(doc).colour = "red";
    const result = validate("unknown-attribute", doc);
    expect(result.valid).toBe(false);
    expect(result.diagnostics.map((d) => `${d.summary}: ${d.detail}`).join("\n")).toMatch(/Extraneous JSON object property[^]*"colour"/);
  }, 60_000);

  test("a lower-case event_type fails with the provider rule, reported by the stand-in", () => {
    const doc = stackDoc();
    (triggerOf(doc).source as Record<string, Record<string, unknown>>).container_registry.event_type = ["create_image"];
    const result = validate("lower-case-event", doc);
    expect(result.valid).toBe(false);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: "error",
        summary: expect.stringMatching(/got "create_image"; must be one of CONTAINER_REGISTRY_EVENT_TYPE_CREATE_IMAGE/),
      }),
    ]);
  }, 60_000);

  test("replacing a retained registry fails the plan: prevent_destroy is enforced by Terraform itself", () => {
    sandbox.writeStack("retained", stackDoc({ folderId: "b1gold" }));
    sandbox.init("retained");
    sandbox.apply("retained", sandbox.plan("retained").planFile);
    sandbox.writeStack("retained", stackDoc({ folderId: "b1gnew" }));
    expect(() => sandbox.plan("retained")).toThrow(
      /Instance cannot be destroyed[^]*yandex_container_registry\.Events_Registry_\w+ has\s+lifecycle\.prevent_destroy set/,
    );
  }, 120_000);

  test("a changed batch size plans as an update in place", () => {
    sandbox.writeStack("update", stackDoc());
    sandbox.init("update");
    sandbox.apply("update", sandbox.plan("update").planFile);
    sandbox.writeStack("update", stackDoc({ batchSize: 7 }));
    const head = sandbox.plan("update");
    expect(head.changes.filter((c) => c.actions.join() !== "no-op")).toEqual([
      expect.objectContaining({ actions: ["update"], address: expect.stringMatching(/^yandex_serverless_triggers\./) }),
    ]);
  }, 120_000);

  test("a gateway given by id is read with placeholders and a warning", () => {
    sandbox.writeStack("lookup", stackDoc({ gatewayId: "d5d0existing" }));
    sandbox.init("lookup");
    const run = sandbox.run("lookup", ["plan", "-no-color", "-input=false", "-lock=false"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Offline placeholders for data\.yandex_api_gateway/);
  }, 60_000);

  test("a gateway-scoped grant (yandex_api_gateway_iam_member) validates and plans, on a created gateway and on one given by id", () => {
    for (const [name, props] of [
      ["gw-grant-created", { broadcasterRoleGrant: BroadcasterRoleGrant.GATEWAY }],
      ["gw-grant-by-id", { broadcasterRoleGrant: BroadcasterRoleGrant.GATEWAY, gatewayId: "d5d0existing" }],
    ] as const) {
      expect(validate(name, stackDoc(props))).toMatchObject({ valid: true });
      const planned = sandbox.plan(name).changes.filter((c) => c.address.startsWith("yandex_api_gateway_iam_member."));
      expect(planned).toEqual([expect.objectContaining({ actions: ["create"] })]);
    }
  }, 120_000);

  test("a changed folder_id plans as replacements, agreeing with the synth diff (head planned against the base applied offline)", () => {
    const before = { dev: stackDoc({ folderId: "b1gold", registryRemovalPolicy: RemovalPolicy.DESTROY }) as StackDocument };
    const after = { dev: stackDoc({ folderId: "b1gnew", registryRemovalPolicy: RemovalPolicy.DESTROY, batchSize: 3 }) as StackDocument };
    const [plan] = planHeadAgainstBase(before, after);
    const planned = new Map(plan.changes.map((c) => [c.address, c.actions.join("/")]));
    const synth = compareApps(before, after).stacks[0].changes;
    expect(synth.every((c) => c.impact === Impact.REPLACE)).toBe(true);
    for (const c of synth) expect(planned.get(c.address)).toBe("delete/create");
    expect(plan.summary.replace).toBe(synth.length);
    const trigger = plan.changes.find((c) => c.address.startsWith("yandex_serverless_triggers."))!;
    expect(trigger.replacePaths).toEqual([["folder_id"]]);
  }, 120_000);
});
