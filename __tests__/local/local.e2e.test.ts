import { ChildProcess, spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { cleanTempDir } from "../helpers/clean-temp";
import { hermeticEnv } from "../helpers/hermetic";
import {
  listen,
  Listener,
  LocalChild,
  progress,
  registryProcesses,
  startLocalChild,
  synthesizeExampleApp,
  synthesizeTestApp,
} from "../helpers/local-run";
import { deleteImage, ociImage, pushImage, writeOciLayout } from "../helpers/oci-image";
import { ROOT } from "../helpers/run-app";
import { until } from "../helpers/until";
import { findOnPath } from "../../lib/local/registry-process";

jest.setTimeout(120_000);

/** Waits for what a push or a delete makes arrive: a registry round trip on a busy machine takes seconds. */
const arrives = (check: () => boolean, what: string) => until(check, what, 15_000);

const TOKEN = "local-test-token";
const PREFIX = "yandex.cloud.events.containerregistry.";

// Two triggers with different filters, batches and jq on one registry, each on its own gateway path,
// and a third whose transformer makes every message too big for the gateway.
const TEST_APP = `
const app = new cdktf.App();
const stack = new cdktf.TerraformStack(app, "events");
new (yandex("provider").YandexProvider)(stack, "yandex", {});
const registry = new lib.Registry(stack, "Images", { name: "images" });
const open = new lib.WebsocketGateway(stack, "Open", { name: "open-gw" });
const guarded = new lib.WebsocketGateway(stack, "Guarded", { name: "guarded-gw", connectAuthorizer: { functionId: "d4e00000000000000000" } });
new lib.CrWebsocketTrigger(stack, "All", {
  name: "all-events", registry, gateway: open, websocketPath: "/all",
  jqFilter: '.details.repository_name | endswith("/skip") | not',
});
new lib.CrWebsocketTrigger(stack, "Releases", {
  name: "releases", registry, gateway: guarded, websocketPath: "/releases", imageName: "release/app",
  events: [lib.ContainerRegistryEvent.CREATE_IMAGE_TAG, lib.ContainerRegistryEvent.DELETE_IMAGE_TAG],
  batchSize: 2, batchCutoffSeconds: 3,
  jqTransformer: '{type: (.event_metadata.event_type | ltrimstr("${PREFIX}")), tag: .details.tag, digest: .details.image_digest}',
});
new lib.CrWebsocketTrigger(stack, "Big", {
  name: "big", registry, gateway: open, websocketPath: "/big", imageName: "big",
  events: [lib.ContainerRegistryEvent.CREATE_IMAGE],
  jqTransformer: '. + {padding: ("x" * 140000)}',
});
app.synth();
`;

interface Event {
  readonly event_metadata: Record<string, string>;
  readonly details: Record<string, string>;
}

/** The events of every message, flattened, as `Type tag@digest-prefix`. */
function summary(messages: unknown[]): string[] {
  return messages
    .flatMap((m) => (m as { messages: Event[] }).messages)
    .map((e) => `${e.event_metadata.event_type.slice(PREFIX.length)} ${e.details.tag ?? "-"}`);
}

const hasRegistry = findOnPath("docker-registry") !== undefined;
const describeWithRegistry = hasRegistry ? describe : describe.skip;
if (!hasRegistry) process.stderr.write("SKIPPED: docker-registry is not on PATH (apt-get install -y docker-registry)\n");
const SKOPEO = findOnPath("skopeo");
const testWithSkopeo = SKOPEO !== undefined ? test : test.skip;
if (SKOPEO === undefined) process.stderr.write("SKIPPED: skopeo is not on PATH (apt-get install -y skopeo)\n");

describeWithRegistry("cr-websocket-local, two triggers on a real registry", () => {
  let dir: string;
  let local: LocalChild;
  let registry: string;
  let all: Listener;
  let releases: Listener;
  const listeners: Listener[] = [];

  beforeAll(async () => {
    dir = cleanTempDir("local-e2e-");
    progress("synthesizing the test app");
    const outdir = synthesizeTestApp(dir, TEST_APP);
    progress("starting cr-websocket-local");
    local = await startLocalChild(dir, outdir, ["--authorizer-token", TOKEN]);
    registry = local.ready.triggers.events.All.registry;
    progress(`registry at ${registry}`);
    all = await listen(local.ready.triggers.events.All.websocketUrl);
    releases = await listen(local.ready.triggers.events.Releases.websocketUrl, { Authorization: `Bearer ${TOKEN}` });
    listeners.push(all, releases);
  });

  afterAll(async () => {
    for (const l of listeners) l.close();
    try {
      const code = await local?.stop();
      expect(code).toBe(0);
      expect(fs.readdirSync(path.join(dir, "tmp"))).toEqual([]);
      expect(registryProcesses(path.join(dir, "tmp"))).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("the ready file gives every trigger its registry and WebSocket URL", () => {
    const { triggers } = local.ready;
    expect(Object.keys(triggers)).toEqual(["events"]);
    expect(Object.keys(triggers.events).sort()).toEqual(["All", "Big", "Releases"]);
    const id = triggers.events.All.registryId;
    expect(id).toMatch(/^crp[a-z0-9]{17}$/);
    for (const t of Object.values(triggers.events)) expect(t.registry).toBe(`${local.ready.registry}/${id}`);
    expect(triggers.events.All.websocketUrl).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/all$/);
    expect(triggers.events.Releases.websocketUrl).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/releases$/);
    expect(local.stdout()).toContain(`trigger events/Releases  ${triggers.events.Releases.websocketUrl}`);
  });

  test("a push of a new image gives CreateImage then CreateImageTag, in the documented shape", async () => {
    progress("push app:v1");
    const id = local.ready.triggers.events.All.registryId;
    const [before, releasesBefore] = [all.messages.length, releases.messages.length];
    const digest = await pushImage(local.ready.registry, `${id}/app`, "v1", ociImage("app-1"));
    await arrives(() => all.messages.length >= before + 2, "two messages on /all");
    const pushed = all.messages.slice(before);
    // batch size 1: one event a message
    expect(pushed.map((m) => (m as { messages: unknown[] }).messages.length)).toEqual([1, 1]);
    expect(summary(pushed)).toEqual(["CreateImage v1", "CreateImageTag v1"]);
    const event = (pushed[1] as { messages: Event[] }).messages[0];
    expect(Object.keys(event.event_metadata).sort()).toEqual(["cloud_id", "created_at", "event_id", "event_type", "folder_id"]);
    expect(event.event_metadata.event_id).toMatch(/^crt[a-z0-9]{17}$/);
    expect(event.event_metadata.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(event.details).toEqual({
      registry_id: id,
      repository_name: `${id}/app`,
      image_id: expect.stringMatching(/^crp[a-z0-9]{17}$/),
      image_digest: digest,
      tag: "v1",
    });
    // another tag on the same image is only CreateImageTag
    await pushImage(local.ready.registry, `${id}/app`, "latest", ociImage("app-1"));
    await arrives(() => all.messages.length >= before + 3, "a third message on /all");
    expect(summary(all.messages.slice(before + 2))).toEqual(["CreateImageTag latest"]);
    expect(releases.messages.slice(releasesBefore)).toEqual([]);
  });

  test("a tag move and an image delete, batched by two and transformed, reach only the releases path", async () => {
    const id = local.ready.triggers.events.All.registryId;
    const repo = `${id}/release/app`;
    const [before, releasesBefore] = [all.messages.length, releases.messages.length];
    progress("push release/app:stable, move it, delete the image");
    const first = await pushImage(local.ready.registry, repo, "stable", ociImage("release-1"));
    const second = await pushImage(local.ready.registry, repo, "stable", ociImage("release-2"));
    await deleteImage(local.ready.registry, repo, second);
    await arrives(() => releases.messages.length >= releasesBefore + 2, "two batches on /releases");
    expect(releases.messages.slice(releasesBefore)).toEqual([
      {
        messages: [
          { type: "CreateImageTag", tag: "stable", digest: first },
          { type: "DeleteImageTag", tag: "stable", digest: first },
        ],
      },
      {
        messages: [
          { type: "CreateImageTag", tag: "stable", digest: second },
          { type: "DeleteImageTag", tag: "stable", digest: second },
        ],
      },
    ]);
    await arrives(() => all.messages.length >= before + 7, "seven messages on /all");
    expect(summary(all.messages.slice(before))).toEqual([
      "CreateImage stable",
      "CreateImageTag stable",
      "CreateImage stable",
      "DeleteImageTag stable",
      "CreateImageTag stable",
      "DeleteImage -",
      "DeleteImageTag stable",
    ]);
  });

  test("a batch that does not fill is sent after the cutoff", async () => {
    const id = local.ready.triggers.events.All.registryId;
    const before = releases.messages.length;
    const start = Date.now();
    progress("push release/app:one, wait for the 3 s cutoff");
    const digest = await pushImage(local.ready.registry, `${id}/release/app`, "one", ociImage("release-3"));
    await arrives(() => releases.messages.length > before, "the batch after its cutoff");
    expect(Date.now() - start).toBeGreaterThanOrEqual(2500);
    expect(releases.messages.slice(before)).toEqual([{ messages: [{ type: "CreateImageTag", tag: "one", digest }] }]);
  });

  test("an image the filters leave out reaches no one", async () => {
    const id = local.ready.triggers.events.All.registryId;
    const [allBefore, releasesBefore] = [all.messages.length, releases.messages.length];
    progress("push skip:v1 (left out by the jq filter), then app:marker");
    await pushImage(local.ready.registry, `${id}/skip`, "v1", ociImage("skip"));
    await pushImage(local.ready.registry, `${id}/app`, "marker", ociImage("marker"));
    await arrives(() => all.messages.length >= allBefore + 2, "the marker on /all");
    expect(summary(all.messages.slice(allBefore))).toEqual(["CreateImage marker", "CreateImageTag marker"]);
    await new Promise((r) => setTimeout(r, 3500)); // longer than the releases cutoff
    expect(releases.messages.length).toBe(releasesBefore);
  });

  test("a message over 128 KB closes the connection with 1009", async () => {
    const big = await listen(local.ready.triggers.events.Big.websocketUrl);
    listeners.push(big);
    progress("push big:v1 (its transformer makes 140 KB)");
    const id = local.ready.triggers.events.All.registryId;
    await pushImage(local.ready.registry, `${id}/big`, "v1", ociImage("big"));
    await arrives(() => big.closed.code !== undefined, "the close");
    expect(big.closed.code).toBe(1009);
    expect(big.messages).toEqual([]);
    await arrives(() => /events\/Big -> \/big: 1 event in \d+ bytes, over the 128 KB limit/.test(local.stdout()), "the log line");
  });

  test("a client without the authorizer's token is refused, one with a wrong token too", async () => {
    const url = local.ready.triggers.events.Releases.websocketUrl;
    await expect(listen(url)).rejects.toThrow("HTTP 401");
    await expect(listen(url, { Authorization: "Bearer wrong" })).rejects.toThrow("HTTP 403");
    const byQuery = await listen(`${url}?token=${TOKEN}`);
    listeners.push(byQuery);
    expect(byQuery.socket.readyState).toBe(1);
  });

  testWithSkopeo("skopeo copy from an OCI layout and skopeo delete give the events of any other push and delete", async () => {
    const skopeo = SKOPEO!;
    const layout = path.join(dir, "layout");
    writeOciLayout(layout, "latest", ociImage("skopeo"));
    const before = all.messages.length;
    progress("skopeo copy oci:layout:latest");
    const copy = spawnSync(
      skopeo,
      ["--insecure-policy", "copy", "--dest-tls-verify=false", `oci:${layout}:latest`, `docker://${registry}/tools/skopeo:1.0`],
      { encoding: "utf8", env: hermeticEnv({ HOME: path.join(dir, "home") }), timeout: 60_000 },
    );
    expect(copy.stderr).toBe("");
    expect(copy.status).toBe(0);
    await arrives(() => all.messages.length >= before + 2, "the skopeo push on /all");
    expect(summary(all.messages.slice(before))).toEqual(["CreateImage 1.0", "CreateImageTag 1.0"]);
    progress("skopeo delete of the tag's image");
    const remove = spawnSync(skopeo, ["delete", "--tls-verify=false", `docker://${registry}/tools/skopeo:1.0`], {
      encoding: "utf8",
      env: hermeticEnv({ HOME: path.join(dir, "home") }),
      timeout: 60_000,
    });
    expect([remove.status, remove.stderr]).toEqual([0, ""]);
    await arrives(() => all.messages.length >= before + 4, "the skopeo delete on /all");
    expect(summary(all.messages.slice(before + 2))).toEqual(["DeleteImage -", "DeleteImageTag 1.0"]);
  });
});

describeWithRegistry("cr-websocket-local on the example app", () => {
  test("watch --once on a trigger's URL exits 0 on the first batch; SIGTERM leaves no process and no temporary folder", async () => {
    const dir = cleanTempDir("local-e2e-example-");
    let local: LocalChild | undefined;
    let watch: ChildProcess | undefined;
    try {
      progress("synthesizing the example app");
      local = await startLocalChild(dir, synthesizeExampleApp(dir));
      const { dev, prod } = local.ready.triggers;
      // the registry and the gateway live in the shared stack: references across stacks are followed
      expect(dev.RegistryEvents.registry).toBe(prod.RegistryEvents.registry);
      expect(dev.RegistryEvents.websocketUrl).toMatch(/\/dev$/);
      expect(prod.RegistryEvents.websocketUrl).toMatch(/\/prod$/);
      const pids = registryProcesses(path.join(dir, "tmp"));
      expect(pids).toHaveLength(1);

      progress("npm run watch -- <dev url> --once");
      const watcher = spawn(process.execPath, [path.join(ROOT, "build/bin/watch.js"), dev.RegistryEvents.websocketUrl, "--once"], {
        env: hermeticEnv(),
      });
      watch = watcher;
      let out = "";
      let err = "";
      watcher.stdout.on("data", (d: Buffer) => (out += d.toString()));
      watcher.stderr.on("data", (d: Buffer) => (err += d.toString()));
      const watched = new Promise<number | null>((resolve) => watcher.once("close", resolve));
      await arrives(() => err.includes("connected to"), "the watch to connect");
      const digest = await pushImage(local.ready.registry, `${dev.RegistryEvents.registryId}/backend/api`, "latest", ociImage("example"));
      expect(await watched).toBe(0);
      expect(out).toMatch(new RegExp(`^\\S+Z  CreateImage     ${dev.RegistryEvents.registryId}/backend/api:latest  ${digest.slice(0, 19)}\n$`));

      progress("SIGTERM");
      expect(await local.stop()).toBe(0);
      expect(local.stdout()).toContain("SIGTERM: stopping");
      expect(fs.existsSync(local.readyFile)).toBe(false);
      expect(fs.readdirSync(path.join(dir, "tmp"))).toEqual([]);
      expect(registryProcesses(path.join(dir, "tmp"))).toEqual([]);
    } finally {
      // a failed expectation must not leave the command, its registry or the watch running
      watch?.kill("SIGKILL");
      await local?.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
