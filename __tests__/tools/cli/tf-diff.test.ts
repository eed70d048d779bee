import { renderPlansMarkdown, StackPlan } from "../../../tools/offline-provider/plan-diff";
import { ROOT } from "../../helpers/run-app";
import { CLONE_CHILD_TIMEOUT_MS, runBuilt } from "../../helpers/project-clone";

describe("renderPlansMarkdown", () => {
  test("one line per stack with its counts, then one line per change with its actions and address", () => {
    const plans: StackPlan[] = [
      {
        stack: "dev",
        summary: { create: 1, update: 0, replace: 1, destroy: 0, read: 2, import: 0 },
        changes: [
          { address: "yandex_serverless_triggers.a", actions: ["delete", "create"] },
          { address: "yandex_iam_service_account.b", actions: ["create"] },
        ],
      },
      { stack: "shared", summary: { create: 0, update: 0, replace: 0, destroy: 0, read: 0, import: 0 }, changes: [] },
    ];
    expect(renderPlansMarkdown(plans)).toBe(
      [
        "",
        "### Terraform plan (offline stand-in provider, placeholder ids)",
        "",
        "- **dev**: 1 to create, 0 to update, 1 to replace, 0 to destroy",
        "  - `delete/create` `yandex_serverless_triggers.a`",
        "  - `create` `yandex_iam_service_account.b`",
        "- **shared**: 0 to create, 0 to update, 0 to replace, 0 to destroy",
        "",
      ].join("\n"),
    );
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
