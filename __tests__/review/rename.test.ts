import { compareApps, DiffReport, exitCodeOf, Impact, lossSummary, renderMarkdown, StackDocument } from "../../lib/review";
import { mermaidBlocks, parseMermaid } from "../helpers/mermaid";
import { smallEventsApp } from "../helpers/review-apps";

interface Case {
  readonly report: DiffReport;
  readonly markdown: string;
}

const base = smallEventsApp("RegistryEvents");

function diffTo(head: Record<string, StackDocument>): Case {
  const report = compareApps(base, head);
  return { report, markdown: renderMarkdown(report, "main", { before: base, after: head }) };
}

/** `impact address <- previous address` of every change. */
const lines = (c: Case) => c.report.stacks.flatMap((s) => s.changes.map((ch) => `${ch.impact} ${ch.address} <- ${ch.previousAddress ?? "-"}`));

const TRIGGER_WAS = "yandex_serverless_triggers.RegistryEvents_18FFFB51";
const ACCOUNT_WAS = "yandex_iam_service_account.RegistryEvents_ServiceAccount_99ADF65F";
const GRANT_WAS = "yandex_resourcemanager_folder_iam_member.RegistryEvents_BroadcasterGrant_DCC3F6E3";

describe("a renamed construct in the PR diff", () => {
  let cases: Record<"renamed" | "renamedKept" | "nested" | "nestedKept", Case>;
  beforeAll(() => {
    cases = {
      renamed: diffTo(smallEventsApp("Events")),
      renamedKept: diffTo(smallEventsApp("Events", "RegistryEvents")),
      nested: diffTo(smallEventsApp("Team/RegistryEvents")),
      nestedKept: diffTo(smallEventsApp("Team/RegistryEvents", "RegistryEvents")),
    };
  }, 60_000);

  test("a plain rename without movedFrom: every resource paired as moved (rename), still replaced, exit 3", () => {
    const { report } = cases.renamed;
    expect(lines(cases.renamed)).toEqual([
      `replace yandex_iam_service_account.Events_ServiceAccount_9770FD95 <- ${ACCOUNT_WAS}`,
      `replace yandex_resourcemanager_folder_iam_member.Events_BroadcasterGrant_DEF98EB1 <- ${GRANT_WAS}`,
      `replace yandex_serverless_triggers.Events_D32975C2 <- ${TRIGGER_WAS}`,
    ]);
    for (const change of report.stacks[0].changes) {
      expect(change.move).toEqual({
        path: "Events",
        previousPath: "RegistryEvents",
        kept: false,
        rename: true,
        code: '.movedFrom("RegistryEvents")',
      });
      expect(change.changes).toEqual([]);
    }
    expect(exitCodeOf(report)).toBe(3);
  });

  test("a plain rename without movedFrom: the Markdown says which id changed and prints the line that keeps them", () => {
    const md = cases.renamed.markdown;
    expect(md).toContain(
      "- moved (rename): construct id `RegistryEvents` → `Events`: 3 resources destroyed and created again; " +
        'keep them with `.movedFrom("RegistryEvents")` on the construct now at `Events`',
    );
    expect(md).toContain(`- **replace: moved (rename)** \`yandex_serverless_triggers.Events_D32975C2\` (was \`${TRIGGER_WAS}\`)`);
    expect(md).toMatch(/<summary><b>dev<\/b>: 3 replace<\/summary>/);
  });

  test("a plain rename with movedFrom: three moves and nothing destroyed, exit 2", () => {
    const { report, markdown } = cases.renamedKept;
    expect(lines(cases.renamedKept)).toEqual([
      `move yandex_iam_service_account.Events_ServiceAccount_9770FD95 <- ${ACCOUNT_WAS}`,
      `move yandex_resourcemanager_folder_iam_member.Events_BroadcasterGrant_DEF98EB1 <- ${GRANT_WAS}`,
      `move yandex_serverless_triggers.Events_D32975C2 <- ${TRIGGER_WAS}`,
    ]);
    expect(exitCodeOf(report)).toBe(2);
    expect(markdown).toContain("- moved (rename): construct id `RegistryEvents` → `Events`: 3 resources kept: moved, nothing is destroyed");
    expect(markdown).toContain(`- **moved (rename)** \`yandex_serverless_triggers.Events_D32975C2\` (was \`${TRIGGER_WAS}\`)`);
    expect(markdown).not.toMatch(/Terraform destroys|\*\*Loses:\*\*/);
    expect(markdown).toMatch(/<summary><b>dev<\/b>: 3 move<\/summary>/);
  });

  test("a move into a parent construct without movedFrom: replaced, and the code names the construct's old path, exit 3", () => {
    const { report, markdown } = cases.nested;
    expect(report.stacks[0].changes.map((c) => c.impact)).toEqual([Impact.REPLACE, Impact.REPLACE, Impact.REPLACE]);
    expect(report.stacks[0].changes[0].move).toMatchObject({ path: "Team/RegistryEvents", previousPath: "RegistryEvents", rename: true });
    expect(markdown).toContain(
      "- moved (rename): construct `RegistryEvents` → `Team/RegistryEvents`: 3 resources destroyed and created again; " +
        'keep them with `.movedFrom("RegistryEvents")` on the construct now at `Team/RegistryEvents`',
    );
    expect(exitCodeOf(report)).toBe(3);
  });

  test("a move into a parent construct with movedFrom: three moves, exit 2", () => {
    const { report } = cases.nestedKept;
    expect(report.stacks[0].changes.map((c) => `${c.impact} ${c.previousAddress}`)).toEqual([
      `move ${ACCOUNT_WAS}`,
      `move ${GRANT_WAS}`,
      `move ${TRIGGER_WAS}`,
    ]);
    expect(exitCodeOf(report)).toBe(2);
  });

  test("the renamed data source is not a change: it keeps nothing in state", () => {
    for (const c of Object.values(cases)) expect(c.report.stacks[0].changes.some((ch) => ch.address.startsWith("data."))).toBe(false);
  });

  test("without movedFrom, the loss summary on top says what is lost, for how long and why", () => {
    const top = cases.renamed.markdown.split("\n")[2];
    expect(top).toBe(
      "**Loses:** a new service account, a grant revoked and added again, a new trigger id. " +
        "**Events may stop:** broadcasts fail until the grant is back and IAM has propagated; up to 5 minutes (a new trigger). " +
        '**Because:** dev: construct id `RegistryEvents` → `Events`; keep its resources with `.movedFrom("RegistryEvents")`.',
    );
  });

  test("every picture parses with the official Mermaid parser and draws moves in their own class", () => {
    const diagrams = Object.values(cases).flatMap((c) => mermaidBlocks(c.markdown));
    expect(diagrams).toHaveLength(4);
    expect(parseMermaid(diagrams).map((r) => r.ok)).toEqual([true, true, true, true]);
    expect(mermaidBlocks(cases.renamedKept.markdown)[0]).toMatch(/^ {2}class (n_\S+,){2}n_\S+ move$/m);
  });
});

describe("pairs that are not exact renames", () => {
  const meta = (path: string) => ({ "//": { metadata: { path } } });
  const account = (id: string, name: string) => ({
    yandex_iam_service_account: { [id]: { ...meta(`dev/${id}/Default`), name, description: "bot" } },
  });
  const trigger = (id: string, name: string) => ({
    yandex_serverless_triggers: {
      [`${id}_T`]: { ...meta(`dev/${id}/Resource`), name, service_account_id: `\${yandex_iam_service_account.${id}.id}` },
    },
  });

  test("a removed construct and an unrelated new one of the same type: one replacement, no rename claimed", () => {
    const report = compareApps({ dev: { resource: account("Old", "a") } }, { dev: { resource: account("New", "b") } });
    const [change] = report.stacks[0].changes;
    expect(change).toMatchObject({ impact: Impact.REPLACE, previousAddress: "yandex_iam_service_account.Old" });
    expect(change.move).toBeUndefined();
    expect(renderMarkdown(report, "main")).not.toMatch(/moved \(rename\)|movedFrom/);
    expect(lossSummary(report)).toMatch(/\*\*Because:\*\* `dev\/New` has a new address \(was `yandex_iam_service_account\.Old`\)\.$/);
  });

  test("a renamed construct whose trigger also changed: the trigger belongs to the rename, and the line that keeps them counts it", () => {
    const report = compareApps(
      { dev: { resource: { ...account("Old", "sa"), ...trigger("Old", "t") } } },
      { dev: { resource: { ...account("New", "sa"), ...trigger("New", "t2") } } },
    );
    const changes = report.stacks[0].changes;
    expect(changes.map((c) => [c.impact, c.move?.rename])).toEqual([
      [Impact.REPLACE, true],
      [Impact.REPLACE, false],
    ]);
    expect(changes[1].changes).toEqual([{ path: "name", before: "t", after: "t2" }]);
    expect(renderMarkdown(report, "main")).toContain(
      "- moved (rename): construct id `Old` → `New`: 2 resources destroyed and created again; " +
        'keep them with `.movedFrom("Old")` on the construct now at `New`',
    );
  });
});

describe("lossSummary", () => {
  const account = (folder: string) => ({ "//": { metadata: { path: "dev/Bot/Default" } }, name: "sa", folder_id: folder });
  const trigger = { "//": { metadata: { path: "dev/Bot/Resource" } }, name: "t", service_account_id: "${yandex_iam_service_account.Bot.id}" };

  test("a changed folder id names the argument and the construct, and leaves out what only follows from it", () => {
    const report = compareApps(
      { dev: { resource: { yandex_iam_service_account: { Bot: account("b1gold") } } } },
      { dev: { resource: { yandex_iam_service_account: { Bot: account("b1gnew") } } } },
    );
    expect(lossSummary(report)).toBe(
      "**Loses:** a new service account. **Events may stop:** no trigger, grant or gateway is replaced, so events keep flowing. " +
        "**Because:** `folder_id` of `dev/Bot` cannot change in place.",
    );
  });

  test("a removed construct: its trigger is gone for good", () => {
    const report = compareApps({ dev: { resource: { yandex_serverless_triggers: { Bot: trigger } } } }, { dev: {} });
    expect(lossSummary(report)).toBe(
      "**Loses:** the trigger. **Events may stop:** for good (no trigger sends events). **Because:** `dev/Bot` is removed.",
    );
  });

  test("nothing replaced or destroyed: no summary", () => {
    expect(lossSummary(compareApps({}, { dev: { resource: { yandex_serverless_triggers: { Bot: trigger } } } }))).toBeUndefined();
  });
});
