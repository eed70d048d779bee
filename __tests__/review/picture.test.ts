import { compareApps, DiffReport, Impact, mermaidId, renderJson, renderMarkdown, StackDocument } from "../../lib/review";
import { BROKEN_DIAGRAM, mermaidBlocks, parseMermaid } from "../helpers/mermaid";
import { EXAMPLE, sharedGatewayApp, Triggers, WITH_DEV_AUDIT } from "../helpers/review-apps";

interface Scenario {
  readonly before: Record<string, StackDocument>;
  readonly after: Record<string, StackDocument>;
  readonly report: DiffReport;
  readonly markdown: string;
}

function scenario(before: Record<string, Triggers>, after: Record<string, Triggers>, maxNodes?: number): Scenario {
  const apps = { before: sharedGatewayApp(before), after: sharedGatewayApp(after) };
  const report = compareApps(apps.before, apps.after);
  return { ...apps, report, markdown: renderMarkdown(report, "main", { ...apps, maxNodes }) };
}

/** The Markdown section of one stack. */
function section(markdown: string, stack: string): string {
  const start = markdown.indexOf(`<summary><b>${stack}</b>`);
  if (start < 0) throw new Error(`no section for ${stack} in\n${markdown}`);
  return markdown.slice(start, markdown.indexOf("</details>", start));
}

/** The picture of one stack's section. */
function picture(markdown: string, stack: string): string {
  const blocks = mermaidBlocks(section(markdown, stack));
  expect(blocks).toHaveLength(1);
  return blocks[0];
}

/** Node ids by class, from the `class a,b name` lines. */
function classes(diagram: string): Record<string, string[]> {
  return Object.fromEntries([...diagram.matchAll(/^ {2}class (\S+) (\w+)$/gm)].map((m) => [m[2], m[1].split(",").sort()]));
}

/** Node ids of one construct's resources (`AuditEvents`: its trigger, service account and grant) in a stack. */
function idsOf(s: Scenario, stack: string, construct: string): string[] {
  const doc = s.after[stack]?.resource ?? {};
  const old = s.before[stack]?.resource ?? {};
  const addresses = new Set(
    [doc, old].flatMap((resources) =>
      Object.entries(resources).flatMap(([type, byName]) =>
        Object.keys(byName)
          .filter((n) => n.startsWith(`${construct}_`))
          .map((n) => `${type}.${n}`),
      ),
    ),
  );
  return [...addresses].map((a) => mermaidId("n", `${stack}/${a}`)).sort();
}

const sharedId = (s: Scenario, type: string) => mermaidId("n", `shared/${type}.${Object.keys(s.after.shared.resource![type])[0]}`);

describe("renderMarkdown with pictures: a trigger on the new path /dev-audit in dev", () => {
  let added: Scenario;
  let removed: Scenario;
  let renamed: Scenario;
  let crowded: Scenario;
  let handWritten: string;
  beforeAll(() => {
    // s: a changed data source, a resource that refers to it and one unconnected; t: only a changed remote state
    const side = (filter: string): Record<string, StackDocument> => ({
      s: {
        data: { t_lookup: { one: { filter } } },
        resource: { t_user: { one: { v: "${data.t_lookup.one.id}" } }, t_alone: { one: {} } },
      },
      t: { data: { terraform_remote_state: { state: { config: { path: filter } } } } },
    });
    const apps = { before: side("a"), after: side("b"), maxNodes: 1 };
    handWritten = renderMarkdown(compareApps(apps.before, apps.after), "main", apps);
    added = scenario(EXAMPLE, WITH_DEV_AUDIT);
    removed = scenario(WITH_DEV_AUDIT, EXAMPLE);
    renamed = scenario(EXAMPLE, { ...EXAMPLE, dev: { ImageEvents: EXAMPLE.dev.RegistryEvents } });
    crowded = scenario(EXAMPLE, WITH_DEV_AUDIT, 2);
  }, 60_000);

  test("dev: the three new resources are created, the existing trigger's resources are faded context", () => {
    const diagram = picture(added.markdown, "dev");
    expect(diagram).toMatch(/^flowchart LR\n/);
    expect(classes(diagram).create).toEqual(idsOf(added, "dev", "AuditEvents"));
    expect(classes(diagram).unchanged).toEqual(
      [...idsOf(added, "dev", "RegistryEvents"), sharedId(added, "yandex_api_gateway"), sharedId(added, "yandex_container_registry")].sort(),
    );
    expect(classes(diagram).update).toBeUndefined();
    expect(diagram).toMatch(/\["\+ create<br\/>yandex_serverless_triggers<br\/>AuditEvents\/Resource"\]/);
    expect(diagram).toMatch(/\["yandex_serverless_triggers<br\/>RegistryEvents\/Resource"\]/);
  });

  test("dev: references, depends_on and cross-stack references are edges", () => {
    const diagram = picture(added.markdown, "dev");
    const [trigger, grant, account] = ["yandex_serverless_triggers", "yandex_resourcemanager_folder_iam_member", "yandex_iam_service_account"].map(
      (type) => idsOf(added, "dev", "AuditEvents").find((id) => id.startsWith(mermaidId("n", `dev/${type}.`)))!,
    );
    expect(diagram).toContain(`  ${trigger} --> ${account}\n`);
    expect(diagram).toContain(`  ${trigger} -.->|depends_on| ${grant}\n`);
    expect(diagram).toContain(`  ${trigger} ==>|cross-stack| ${sharedId(added, "yandex_api_gateway")}\n`);
    expect(diagram).toContain(`  ${trigger} ==>|cross-stack| ${sharedId(added, "yandex_container_registry")}\n`);
    expect(diagram).toMatch(/subgraph s_dev\["dev"\][\s\S]*subgraph s_shared\["shared"\]/);
  });

  test.each([
    ["dev", (s: Scenario) => idsOf(s, "dev", "AuditEvents")],
    ["shared", (s: Scenario) => [sharedId(s, "yandex_api_gateway")]],
  ])("%s: edges between unchanged resources are faded, edges from or to a change are not", (stack, changedIds) => {
    const diagram = picture(added.markdown, stack);
    const edges = diagram.split("\n").filter((l) => / (-->|-\.->|==>)/.test(l));
    const faded = new Set(/linkStyle ([\d,]+) stroke:#d0d7de/.exec(diagram)![1].split(",").map(Number));
    const changed = changedIds(added);
    edges.forEach((edge, i) => expect([edge, faded.has(i)]).toEqual([edge, !changed.some((id) => edge.includes(` ${id}`))]));
    expect(faded.size).toBeGreaterThan(0);
    expect(faded.size).toBeLessThan(edges.length);
  });

  test("created, updated, replaced, destroyed and unchanged have distinct classes and colours", () => {
    const styles = new Map(
      [added, removed, renamed].flatMap((s) =>
        [...s.markdown.matchAll(/^ {2}classDef (\w+) fill:(#[0-9a-f]{6}),stroke:(#[0-9a-f]{6})/gm)].map((m) => [m[1], `${m[2]} ${m[3]}`]),
      ),
    );
    expect([...styles.keys()].sort()).toEqual(["create", "destroy", "replace", "unchanged", "update"]);
    expect(new Set(styles.values()).size).toBe(5);
  });

  test("a legend names each class drawn, and only those", () => {
    const legend = /subgraph legend\["Legend"\]\n([\s\S]*?)\n {2}end/.exec(picture(added.markdown, "dev"))![1];
    expect(legend).toBe(['    legend_create["created"]:::create', '    legend_unchanged["unchanged"]:::unchanged'].join("\n"));
    const diagram = picture(added.markdown, "dev");
    expect(diagram).toMatch(/classDef create fill:#dafbe1,stroke:#1a7f37/);
    expect(diagram).toMatch(/classDef unchanged fill:#f6f8fa/);
  });

  test("shared: the gateway is updated, the triggers of every stack that use it are faded context", () => {
    const diagram = picture(added.markdown, "shared");
    expect(classes(diagram).update).toEqual([sharedId(added, "yandex_api_gateway")]);
    const usersOfTheGateway = ["dev", "dev", "prod"]
      .flatMap((stack, i) => idsOf(added, stack, i === 0 ? "AuditEvents" : "RegistryEvents"))
      .filter((id) => !id.includes("service__account"));
    expect(classes(diagram).unchanged).toEqual([...usersOfTheGateway, sharedId(added, "yandex_container_registry")].sort());
    expect(diagram).toMatch(/subgraph s_prod\["prod"\]/);
    expect(diagram).toMatch(/legend_update\["updated in place"\]:::update/);
  });

  test("shared: the spec is a unified diff of the pretty-printed document with + /dev-audit, never an escaped blob", () => {
    const shared = section(added.markdown, "shared");
    expect(shared).toMatch(/- `spec` \(JSON document, shown as YAML\):\n\n {4}```diff\n {4}@@ -\d+,\d+ \+\d+,\d+ @@\n/);
    expect(shared).toMatch(
      /^ {4}\+ {2}\/dev-audit:\n {4}\+ {4}x-yc-apigateway-websocket-message:\n {4}\+ {6}x-yc-apigateway-integration:\n {4}\+ {8}type: dummy$/m,
    );
    expect(shared).toMatch(/^ {4} {3}\/prod:$/m);
    expect(shared).not.toMatch(/\\"|\\n|openapi\\/);
    expect(shared.match(/^ {4}-/gm)).toBeNull();
  });

  test("removing the trigger again: destroyed resources are drawn with the references they had, the path is a - line", () => {
    const diagram = picture(removed.markdown, "dev");
    const audit = idsOf(removed, "dev", "AuditEvents");
    expect(classes(diagram).destroy).toEqual(audit);
    expect(diagram).toMatch(/legend_destroy\["destroyed"\]:::destroy/);
    expect(diagram).toMatch(/\["- destroy<br\/>yandex_iam_service_account<br\/>AuditEvents\/ServiceAccount\/Default"\]/);
    const trigger = audit.find((id) => id.startsWith(mermaidId("n", "dev/yandex_serverless_triggers.")))!;
    expect(diagram).toContain(`  ${trigger} ==>|cross-stack| ${sharedId(removed, "yandex_api_gateway")}\n`);
    expect(section(removed.markdown, "shared")).toMatch(/^ {4}- {2}\/dev-audit:$/m);
    expect(section(removed.markdown, "shared").match(/^ {4}\+/gm)).toBeNull();
  });

  test("a renamed trigger is drawn once, as replaced, under its new address", () => {
    const diagram = picture(renamed.markdown, "dev");
    expect(classes(diagram).replace).toEqual(idsOf(renamed, "dev", "ImageEvents"));
    expect(diagram).not.toContain(mermaidId("n", "dev/yandex_serverless_triggers.RegistryEvents"));
    expect(diagram).toMatch(/\["-\/\+ replace<br\/>yandex_serverless_triggers<br\/>ImageEvents\/Resource"\]/);
    expect(diagram).toMatch(/classDef replace [^\n]*stroke-width:3px/);
  });

  test("a stack larger than maxNodes shows the changes and their direct neighbours, and says how many it left out", () => {
    const dev = section(crowded.markdown, "dev");
    const diagram = picture(crowded.markdown, "dev");
    expect(dev).toMatch(/^3 unchanged resources are left out of the picture\.$/m);
    for (const id of idsOf(crowded, "dev", "RegistryEvents")) expect(diagram).not.toContain(id);
    expect(classes(diagram).create).toEqual(idsOf(crowded, "dev", "AuditEvents"));
    expect(classes(diagram).unchanged).toEqual([sharedId(crowded, "yandex_api_gateway"), sharedId(crowded, "yandex_container_registry")].sort());
    expect(section(added.markdown, "dev")).not.toMatch(/left out/);
  });

  test("a data source read is drawn as such; one resource left out is counted; a stack with nothing to draw has no picture", () => {
    const diagram = picture(handWritten, "s");
    expect(classes(diagram).read).toEqual([mermaidId("n", "s/data.t_lookup.one")]);
    expect(diagram).toContain(`${mermaidId("n", "s/data.t_lookup.one")}(["#60;= read<br/>data.t_lookup<br/>one"])`);
    expect(diagram).toMatch(/legend_read\["data source read"\]:::read/);
    expect(diagram).toContain(`  ${mermaidId("n", "s/t_user.one")} --> ${mermaidId("n", "s/data.t_lookup.one")}\n`);
    expect(diagram).not.toContain(mermaidId("n", "s/t_alone.one"));
    expect(section(handWritten, "s")).toMatch(/^1 unchanged resource is left out of the picture\.$/m);
    expect(section(handWritten, "t")).toMatch(/<summary><b>t<\/b>: 1 read<\/summary>\n\n- \*\*read\*\* `data\.terraform_remote_state\.state`/);
  });

  test("without the apps there is no picture, and --json is the report alone", () => {
    expect(renderMarkdown(added.report, "main")).not.toMatch(/mermaid/);
    expect(renderMarkdown(added.report, "main")).toMatch(/\+ {2}\/dev-audit:/);
    const json = JSON.parse(renderJson(added.report, "main")) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(["base", "summary", "exitCode", "stacks"]);
    expect(json.stacks).toEqual(JSON.parse(JSON.stringify(added.report.stacks)));
    expect(renderJson(added.report, "main")).not.toMatch(/flowchart|classDef/);
    expect(added.report.stacks.map((s) => [s.stack, s.changes.map((c) => c.impact)])).toEqual([
      ["dev", [Impact.CREATE, Impact.CREATE, Impact.CREATE]],
      ["shared", [Impact.UPDATE]],
    ]);
  });

  test("every picture parses with the official Mermaid parser, and a broken diagram does not", () => {
    const diagrams = [...[added, removed, renamed, crowded].flatMap((s) => mermaidBlocks(s.markdown)), ...mermaidBlocks(handWritten)];
    expect(diagrams).toHaveLength(8);
    const results = parseMermaid([...diagrams, BROKEN_DIAGRAM]);
    expect(results.slice(0, -1)).toEqual(diagrams.map(() => ({ ok: true, diagramType: "flowchart-v2" })));
    expect(results[results.length - 1]).toEqual({ ok: false, error: expect.stringMatching(/Parse error/) });
  }, 60_000);
});
