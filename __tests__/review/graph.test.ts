import { TerraformStack } from "cdktf";
import { spawnSync } from "child_process";
import * as fc from "fast-check";
import {
  AppGraph,
  appDrawing,
  buildAppGraph,
  dotString,
  EdgeKind,
  mermaidId,
  mermaidText,
  renderDot,
  renderMermaid,
  StackDocument,
  stackGraph,
} from "../../lib/review";
import { YandexProvider } from "../../.gen/providers/yandex/provider";
import { CrWebsocketTrigger, WebsocketGateway } from "../../lib";
import { GRAPHVIZ } from "../helpers/graphviz";
import { BROKEN_DIAGRAM, parseMermaid } from "../helpers/mermaid";
import { EXAMPLE, sharedGatewayApp, synthApp } from "../helpers/review-apps";

/** Edges as `from -kind-> to` with the node keys shortened to `stack/type.construct`, without `yandex_`. */
function edgeList(graph: AppGraph): string[] {
  const short = (key: string) => key.replace("/yandex_", "/").replace(/\.([A-Za-z]+)(_[A-Za-z]+)?_[0-9A-F]{8}$/, ".$1$2");
  return graph.edges.map((e) => `${short(e.from)} -${e.kind}-> ${short(e.to)}`);
}

/** A stack document with hand-written resources, for the cases cdktf never writes. */
const stackOf = (resource: StackDocument["resource"], extra: Partial<StackDocument> = {}): StackDocument => ({ resource, ...extra });

describe("buildAppGraph", () => {
  const example = sharedGatewayApp(EXAMPLE);
  const graph = buildAppGraph(example);

  test("stacks that others read from come first; nodes carry type, mode and construct path", () => {
    expect(graph.stacks).toEqual(["shared", "dev", "prod"]);
    expect(graph.nodes.filter((n) => n.stack === "dev").map((n) => [n.type, n.mode, n.path])).toEqual([
      ["yandex_iam_service_account", "resource", "RegistryEvents/ServiceAccount/Default"],
      ["yandex_resourcemanager_folder_iam_member", "resource", "RegistryEvents/BroadcasterGrant"],
      ["yandex_serverless_triggers", "resource", "RegistryEvents/Resource"],
    ]);
    expect(graph.nodes.map((n) => n.stack)).toEqual(["shared", "shared", "dev", "dev", "dev", "prod", "prod", "prod"]);
  });

  test("references, depends_on and cross-stack references through cdktf's remote state are edges", () => {
    const dev = edgeList(graph).filter((e) => e.startsWith("dev/"));
    expect(dev).toEqual([
      "dev/resourcemanager_folder_iam_member.RegistryEvents_BroadcasterGrant -reference-> dev/iam_service_account.RegistryEvents_ServiceAccount",
      "dev/resourcemanager_folder_iam_member.RegistryEvents_BroadcasterGrant -cross-stack-> shared/api_gateway.Gateway",
      "dev/serverless_triggers.RegistryEvents -reference-> dev/iam_service_account.RegistryEvents_ServiceAccount",
      "dev/serverless_triggers.RegistryEvents -depends_on-> dev/resourcemanager_folder_iam_member.RegistryEvents_BroadcasterGrant",
      "dev/serverless_triggers.RegistryEvents -cross-stack-> shared/api_gateway.Gateway",
      "dev/serverless_triggers.RegistryEvents -cross-stack-> shared/container_registry.Registry",
    ]);
    expect(graph.nodes.some((n) => n.type === "terraform_remote_state")).toBe(false);
    expect(edgeList(graph).filter((e) => e.startsWith("shared/"))).toEqual([]);
  });

  test("data sources are nodes, and what refers to them has an edge", () => {
    const solo = buildAppGraph(
      synthApp((app) => {
        const stack = new TerraformStack(app, "solo");
        new YandexProvider(stack, "yandex", {});
        new CrWebsocketTrigger(stack, "Events", { gateway: WebsocketGateway.fromGatewayId(stack, "GatewayLookup", "d5dgateway") });
      }),
    );
    const lookup = solo.nodes.find((n) => n.mode === "data")!;
    expect(lookup).toMatchObject({
      type: "yandex_api_gateway",
      path: "GatewayLookup/Default",
      address: expect.stringMatching(/^data\.yandex_api_gateway\./),
    });
    expect(solo.edges).toContainEqual({
      from: expect.stringMatching(/^solo\/yandex_resourcemanager_folder_iam_member\./),
      to: lookup.key,
      kind: EdgeKind.REFERENCE,
    });
    expect(renderMermaid(appDrawing(solo))).toContain(`${mermaidId("n", lookup.key)}(["data.yandex_api_gateway<br/>GatewayLookup/Default"])`);
    expect(renderDot(solo)).toContain(`${dotString(lookup.key)} [label="data.yandex_api_gateway\\nGatewayLookup/Default", shape=ellipse];`);
  });

  test("only declared addresses count; a node never points at itself; no metadata means the name is the path", () => {
    const g = buildAppGraph({
      s: stackOf({
        t_a: { one: { ref: "${t_b.two.id} ${t_b.missing.id} ${t_a.one.id}", literal: "t_c.three is only text", depends_on: ["t_b.two"] } },
        t_b: { two: {} },
      }),
    });
    expect(g.edges).toEqual([
      { from: "s/t_a.one", to: "s/t_b.two", kind: EdgeKind.DEPENDS_ON },
      { from: "s/t_a.one", to: "s/t_b.two", kind: EdgeKind.REFERENCE },
    ]);
    expect(g.nodes.map((n) => n.path)).toEqual(["one", "two"]);
  });

  test("a remote state that is not a cdktf cross-stack input, or an output that is not there, gives no edge", () => {
    const g = buildAppGraph({
      a: stackOf({ t_x: { one: {} } }, { output: { out: { value: "${t_x.one.id}" } } }),
      b: stackOf({
        t_y: {
          mine: { v: "${data.terraform_remote_state.elsewhere.outputs.out}" },
          // as long as cdktf's prefix and ending in a stack name, but not cdktf's
          look: { v: `\${data.terraform_remote_state.${"x".repeat("cross-stack-reference-input-".length)}a.outputs.out}` },
          gone: { v: "${data.terraform_remote_state.cross-stack-reference-input-a.outputs.missing}" },
          good: { v: "${data.terraform_remote_state.cross-stack-reference-input-a.outputs.out}" },
        },
      }),
    });
    expect(g.edges).toEqual([{ from: "b/t_y.good", to: "a/t_x.one", kind: EdgeKind.CROSS_STACK }]);
    expect(g.stacks).toEqual(["a", "b"]);
  });

  test("the same app gives the same graph and the same text", () => {
    const again = buildAppGraph(sharedGatewayApp(EXAMPLE));
    expect(again).toEqual(graph);
    expect(renderMermaid(appDrawing(again))).toBe(renderMermaid(appDrawing(graph)));
    expect(renderDot(again)).toBe(renderDot(graph));
  });
});

describe("stackGraph", () => {
  const graph = buildAppGraph(sharedGatewayApp(EXAMPLE));

  test("one stack with the nodes of other stacks it is connected to", () => {
    const dev = stackGraph(graph, "dev");
    expect(dev.stacks).toEqual(["shared", "dev"]);
    expect(dev.nodes.filter((n) => n.stack === "shared").map((n) => n.type)).toEqual(["yandex_api_gateway", "yandex_container_registry"]);
    expect(dev.edges).toEqual(graph.edges.filter((e) => e.from.startsWith("dev/")));
  });

  test("fails for an unknown stack, naming it and the stacks there are", () => {
    expect(() => stackGraph(graph, "qa")).toThrow(/--stack: no stack named "qa"; the app has "shared", "dev", "prod"/);
  });
});

describe("mermaidId and mermaidText", () => {
  test("distinct texts give distinct ids made of letters, digits and underscores", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(mermaidId("n", a)).toMatch(/^n_[A-Za-z0-9_]*$/);
        expect(mermaidId("n", a) === mermaidId("n", b)).toBe(a === b);
      }),
      { seed: 14, numRuns: 500 },
    );
    expect(mermaidId("n", "dev/a_b.c")).toBe("n_dev_2f_a__b_2e_c");
  });

  test("labels escape what would end or confuse a quoted label", () => {
    expect(mermaidText('a"b#c<d>e&f`g\\h\ni')).toBe("a#34;b#35;c#60;d#62;e#38;f#96;g#92;h i");
  });
});

describe("renderDot", () => {
  const graph = buildAppGraph(sharedGatewayApp(EXAMPLE));

  test("one cluster per stack, labelled boxes, dashed depends_on and bold cross-stack edges", () => {
    const dot = renderDot(graph);
    expect(dot).toMatch(/^digraph app \{\n {2}rankdir=LR;/);
    expect(dot).toMatch(
      /subgraph "cluster_shared" \{\n {4}label="shared";\n {4}"shared\/yandex_api_gateway\.Gateway_\w+" \[label="yandex_api_gateway\\nGateway\/Resource"\];/,
    );
    expect(dot).toMatch(
      /"dev\/yandex_serverless_triggers\.\w+" -> "dev\/yandex_resourcemanager_folder_iam_member\.\w+" \[style=dashed, label="depends_on"\];/,
    );
    expect(dot).toMatch(
      /"dev\/yandex_serverless_triggers\.\w+" -> "shared\/yandex_container_registry\.Registry" \[style=bold, label="cross-stack"\];/,
    );
    expect(dot).toMatch(/"dev\/yandex_serverless_triggers\.\w+" -> "dev\/yandex_iam_service_account\.\w+";/);
    expect(dot.trimEnd().endsWith("}")).toBe(true);
  });

  test("strings are quoted with backslashes and quotes escaped", () => {
    expect(dotString('a"b\\c\nd')).toBe('"a\\"b\\\\c\\nd"');
  });

  // without Graphviz this shows in jest's count as skipped, not as a pass
  (GRAPHVIZ ? test : test.skip)("Graphviz renders it (skipped without `dot` on PATH: apt-get install graphviz)", () => {
    const hostile = buildAppGraph({
      'st"ack': stackOf({ t_a: { 'x"y': { "//": { metadata: { path: 'st"ack/we"ird\\path' } }, r: "${t_b.z.id}" } }, t_b: { z: {} } }),
    });
    const runs = [renderDot(graph), renderDot(hostile)].map((text) => spawnSync("dot", ["-Tsvg"], { input: text, encoding: "utf8" }));
    for (const run of runs) expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(runs[0].stdout).toMatch(/<svg[\s\S]*yandex_serverless_triggers/);
    expect(runs[1].stdout).toContain("we&quot;ird\\path");
  });
});

describe("renderMermaid of the app", () => {
  test("every drawing parses with the official Mermaid parser, hostile labels included, and a broken one does not", () => {
    const graph = buildAppGraph(sharedGatewayApp(EXAMPLE));
    const hostile = buildAppGraph({
      end: stackOf({
        t_a: { 'o"x#1;<b>`&': { "//": { metadata: { path: 'end/say "hi" #35; <br/> `code` & \\ done' } }, r: "${t_b.end.id}" } },
        t_b: { end: {} },
      }),
      graph: stackOf({ t_c: { subgraph: {} } }),
    });
    const diagrams = [graph, stackGraph(graph, "dev"), hostile].map((g) => renderMermaid(appDrawing(g)));
    expect(diagrams[2]).toContain('["t_a<br/>say #34;hi#34; #35;35; #60;br/#62; #96;code#96; #38; #92; done"]');
    const results = parseMermaid([...diagrams, BROKEN_DIAGRAM]);
    expect(results).toEqual([
      ...diagrams.map(() => ({ ok: true, diagramType: "flowchart-v2" })),
      { ok: false, error: expect.stringMatching(/Parse error/) },
    ]);
  }, 60_000);
});
