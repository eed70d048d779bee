import { planExitCode, renderPlansMarkdown, StackPlan } from "../../../tools/offline-provider/plan-diff";
import { compareApps } from "../../../lib/review";
import { ROOT } from "../../helpers/run-app";
import { CLONE_CHILD_TIMEOUT_MS, runBuilt } from "../../helpers/project-clone";

describe("renderPlansMarkdown", () => {
  const none = { create: 0, update: 0, replace: 0, destroy: 0, read: 0, move: 0, import: 0 };

  test("one line per stack with its counts in the synth diff's words, then one line per change with Terraform's actions", () => {
    const plans: StackPlan[] = [
      {
        stack: "dev",
        summary: { ...none, create: 1, replace: 1, read: 2 },
        changes: [
          { address: "yandex_serverless_triggers.a", actions: ["delete", "create"] },
          { address: "yandex_iam_service_account.b", actions: ["create"] },
          { address: "yandex_iam_service_account.c", actions: ["no-op"], previousAddress: "yandex_iam_service_account.old_c" },
        ],
      },
      { stack: "shared", summary: none, changes: [] },
    ];
    expect(renderPlansMarkdown(plans)).toBe(
      [
        "",
        "### Terraform plan (offline stand-in provider, placeholder ids)",
        "",
        "- **dev**: 1 replace, 1 create, 1 move",
        "  - **replace** `yandex_serverless_triggers.a`: `delete/create`",
        "  - **create** `yandex_iam_service_account.b`: `create`",
        "  - **move** `yandex_iam_service_account.c` (was `yandex_iam_service_account.old_c`): `no-op`",
        "- **shared**: no changes",
        "",
      ].join("\n"),
    );
  });

  test("a delete and a create the synth diff pairs as one renamed resource read as one replacement, as in the synth diff", () => {
    const plan: StackPlan = {
      stack: "dev",
      summary: { ...none, create: 1, destroy: 1 },
      changes: [
        { address: "yandex_iam_service_account.New", actions: ["create"] },
        { address: "yandex_iam_service_account.Old", actions: ["delete"] },
      ],
    };
    const synth = compareApps(
      { dev: { resource: { yandex_iam_service_account: { Old: { name: "sa" } } } } },
      { dev: { resource: { yandex_iam_service_account: { New: { name: "sa" } } } } },
    );
    expect(renderPlansMarkdown([plan], synth)).toContain(
      "- **dev**: 1 replace\n  - **replace** `yandex_iam_service_account.New` (was `yandex_iam_service_account.Old`): `delete/create`\n",
    );
    expect(renderPlansMarkdown([plan])).toContain("- **dev**: 1 destroy, 1 create\n");
    expect(planExitCode([plan])).toBe(3);
  });

  test("exit codes: moves alone are changes (2), nothing planned is 0", () => {
    const moved: StackPlan = {
      stack: "dev",
      summary: { ...none, move: 1 },
      changes: [{ address: "t.b", actions: ["no-op"], previousAddress: "t.a" }],
    };
    expect(planExitCode([moved])).toBe(2);
    expect(planExitCode([{ stack: "dev", summary: none, changes: [] }])).toBe(0);
  });

  test("no stacks: the heading alone", () => {
    expect(renderPlansMarkdown([])).toBe("\n### Terraform plan (offline stand-in provider, placeholder ids)\n\n");
  });
});

describe("npm run tf:diff arguments", () => {
  test(
    "without --base: usage on stderr, exit 64 (the shared usage-error code)",
    () => {
      const run = runBuilt(ROOT, "build/tools/cli/tf-diff.js", []);
      expect(run.status).toBe(64);
      expect(run.stderr).toMatch(/--base/);
    },
    CLONE_CHILD_TIMEOUT_MS + 5_000,
  );
});
