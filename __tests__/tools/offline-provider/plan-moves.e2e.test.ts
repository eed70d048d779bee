import { terraformVersion } from "../../../tools/offline-provider";
import { planExitCode, planHeadAgainstBase, renderPlansMarkdown, StackPlan } from "../../../tools/offline-provider/plan-diff";
import { compareApps, StackDocument } from "../../../lib/review";
import { smallEventsApp } from "../../helpers/review-apps";

// These tests drive the real terraform binary. Without one they are skipped, loudly.
const version = terraformVersion();
if (!version) console.warn("SKIPPED: no terraform binary on PATH, so moved blocks are not planned by real terraform.");
const withTerraform = version ? describe : describe.skip;

/** Longest the two real plans and an offline apply of one case may take. */
const PLAN_TIMEOUT_MS = 180_000;

const base = smallEventsApp("RegistryEvents");

function plan(head: Record<string, StackDocument>): { dev: StackPlan; markdown: string; exit: number } {
  const plans = planHeadAgainstBase(base, head);
  return { dev: plans.find((p) => p.stack === "dev")!, markdown: renderPlansMarkdown(plans, compareApps(base, head)), exit: planExitCode(plans) };
}

withTerraform(`real terraform plans a renamed construct (terraform ${version ?? "missing"})`, () => {
  test(
    "renamed with movedFrom: three moves, nothing to destroy or create, exit 2",
    () => {
      const { dev, markdown, exit } = plan(smallEventsApp("Events", "RegistryEvents"));
      expect(dev.summary).toMatchObject({ create: 0, replace: 0, destroy: 0, move: 3 });
      expect(dev.changes.map((c) => c.previousAddress).sort()).toEqual([
        "yandex_iam_service_account.RegistryEvents_ServiceAccount_99ADF65F",
        "yandex_resourcemanager_folder_iam_member.RegistryEvents_BroadcasterGrant_DCC3F6E3",
        "yandex_serverless_triggers.RegistryEvents_18FFFB51",
      ]);
      expect(markdown).toContain("- **dev**: 3 move\n");
      expect(exit).toBe(2);
    },
    PLAN_TIMEOUT_MS,
  );

  test(
    "moved into a parent construct with movedFrom: three moves, nothing to destroy",
    () => {
      const { dev } = plan(smallEventsApp("Team/Events", "RegistryEvents"));
      expect(dev.summary).toMatchObject({ create: 0, replace: 0, destroy: 0, move: 3 });
    },
    PLAN_TIMEOUT_MS,
  );

  test(
    "renamed without movedFrom: terraform deletes three and creates three, worded as the synth diff's 3 replace, exit 3",
    () => {
      const { dev, markdown, exit } = plan(smallEventsApp("Events"));
      expect(dev.summary).toMatchObject({ create: 3, destroy: 3, move: 0 });
      expect(markdown).toContain("- **dev**: 3 replace\n");
      expect(markdown).toContain(
        "  - **replace** `yandex_serverless_triggers.Events_D32975C2` (was `yandex_serverless_triggers.RegistryEvents_18FFFB51`): `delete/create`\n",
      );
      expect(exit).toBe(3);
    },
    PLAN_TIMEOUT_MS,
  );
});
