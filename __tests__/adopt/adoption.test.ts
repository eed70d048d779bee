import { ContainerRegistryEvent } from "../../lib";
import { CONTAINER_REGISTRY_EVENT_TYPES } from "../../lib/validate/rules";
import { adopt, AdoptInputMismatch, Adoption, JsonMap, YcInputError, ycObjectKind, YcObjectKind } from "../../lib/adopt";
import { fixture, triggerWithSource } from "./fixtures";

const all = (): Adoption => adopt({ trigger: fixture("trigger"), registry: fixture("registry"), serviceAccount: fixture("serviceAccount") });
const notesOf = (trigger: JsonMap): string[] => adopt({ trigger }).notes.map((n) => `${n.path}: ${n.message}`);

describe("ycObjectKind", () => {
  test("tells a trigger, a registry and a service account apart by their fields", () => {
    expect(ycObjectKind(fixture("trigger"))).toBe(YcObjectKind.TRIGGER);
    expect(ycObjectKind(fixture("registry"))).toBe(YcObjectKind.REGISTRY);
    expect(ycObjectKind(fixture("serviceAccount"))).toBe(YcObjectKind.SERVICE_ACCOUNT);
  });

  test("fails when the document is not one yc object with an id", () => {
    expect(() => ycObjectKind([fixture("trigger")])).toThrow(/expected an object with an "id"/);
  });
});

describe("adopt", () => {
  test("maps every field of a console-made trigger to the construct's props", () => {
    const adoption = all();
    expect(adoption.triggerId).toBe("a1s5msktijh2qk8q3lb0");
    expect(adoption.trigger).toEqual({
      name: "registry-broadcast",
      description: "Pushes of release images, made in the console",
      labels: { team: "platform", "app.kubernetes.io/name": "registry-events" },
      folderId: "b1gmit33hgh2ad7kc4f5",
      events: ["CREATE_IMAGE_TAG", "DELETE_IMAGE_TAG"],
      imageName: "release/api",
      tag: "stable",
      batchSize: 10,
      batchCutoffSeconds: 15,
      websocketPath: "/registry-events",
    });
    expect(adoption.gatewayId).toBe("d5dm1lba80md5q1bt8gh");
    expect(adoption.notes).toEqual([]);
  });

  test("maps the registry and the account when their files are given", () => {
    const adoption = all();
    expect(adoption.registry).toEqual({
      id: "crpt4kj3b6e2c0nv8ifd",
      props: { name: "release-images", labels: { env: "prod" }, folderId: "b1gmit33hgh2ad7kc4f5" },
    });
    expect(adoption.serviceAccount).toEqual({
      id: "aje3932acdh2mo4ikgpl",
      props: {
        name: "registry-broadcaster",
        description: "Broadcasts registry events to the release dashboard",
        labels: { team: "platform" },
        folderId: "b1gmit33hgh2ad7kc4f5",
      },
    });
  });

  test("only references the registry and the account by the trigger's ids when their files are not given", () => {
    const adoption = adopt({ trigger: fixture("trigger") });
    expect(adoption.registry).toEqual({ id: "crpt4kj3b6e2c0nv8ifd" });
    expect(adoption.serviceAccount).toEqual({ id: "aje3932acdh2mo4ikgpl" });
  });

  test("names an unknown field at any depth, with its value", () => {
    const trigger = triggerWithSource((source) => {
      (source.batch_settings as JsonMap).max_bytes = "4096";
      (source.gateway_websocket_broadcast as JsonMap).retry_settings = { retry_attempts: "2" };
    });
    trigger.deletion_protection = true;
    expect(notesOf(trigger)).toEqual([
      "deletion_protection: unknown field (true); the generated code does not reproduce it",
      'rule.container_registry.batch_settings.max_bytes: unknown field ("4096"); the generated code does not reproduce it',
      'rule.container_registry.gateway_websocket_broadcast.retry_settings: unknown field ({"retry_attempts":"2"}); ' +
        "the generated code does not reproduce it",
    ]);
  });

  test("names an unknown field of the registry and of the account", () => {
    const registry = { ...fixture("registry"), immutable_tags: true };
    const serviceAccount = { ...fixture("serviceAccount"), expires_at: "2027-01-01T00:00:00Z" };
    const notes = adopt({ trigger: fixture("trigger"), registry, serviceAccount }).notes.map((n) => n.path);
    expect(notes).toEqual(["registry.immutable_tags", "service_account.expires_at"]);
  });

  test("names a batch size and a cutoff outside the construct's range, and sets the nearest allowed value", () => {
    const adoption = adopt({
      trigger: triggerWithSource((source) => {
        source.batch_settings = { size: "5000", cutoff: "1.500s" };
      }),
    });
    expect(adoption.trigger).toMatchObject({ batchSize: 1000, batchCutoffSeconds: 2 });
    expect(adoption.notes.map((n) => `${n.path}: ${n.message}`)).toEqual([
      'rule.container_registry.batch_settings.cutoff: is "1.500s"; the construct\'s batchCutoffSeconds is whole seconds and must be an integer ' +
        "from 1 to 60 seconds, so the generated code sets 2",
      "rule.container_registry.batch_settings.size: is 5000; the construct's batchSize must be an integer from 1 to 1000 events, " +
        "so the generated code sets 1000",
    ]);
  });

  test("reads an absent size as the zero proto3 JSON leaves out, which the construct cannot take", () => {
    const notes = notesOf(triggerWithSource((source) => void (source.batch_settings = { cutoff: "5s" })));
    expect(notes).toEqual([expect.stringMatching(/^rule\.container_registry\.batch_settings\.size: is 0; .* sets 1$/)]);
  });

  test("names absent batch settings and sets the documented v1 defaults", () => {
    const adoption = adopt({ trigger: triggerWithSource((source) => void delete source.batch_settings) });
    expect(adoption.trigger).toMatchObject({ batchSize: 1, batchCutoffSeconds: 1 });
    expect(adoption.notes.map((n) => n.path)).toEqual(["rule.container_registry.batch_settings"]);
  });

  test("writes each event type as the ContainerRegistryEvent member with that value", () => {
    const adoption = adopt({ trigger: triggerWithSource((source) => void (source.event_type = [...CONTAINER_REGISTRY_EVENT_TYPES])) });
    const members = ContainerRegistryEvent as unknown as Record<string, string>;
    expect(adoption.trigger.events.map((name) => members[name])).toEqual(CONTAINER_REGISTRY_EVENT_TYPES);
  });

  test("names an event type that is no ContainerRegistryEvent and keeps the others", () => {
    const adoption = adopt({
      trigger: triggerWithSource(
        (source) => void (source.event_type = ["CONTAINER_REGISTRY_EVENT_TYPE_UNSPECIFIED", "CONTAINER_REGISTRY_EVENT_TYPE_CREATE_IMAGE"]),
      ),
    });
    expect(adoption.trigger.events).toEqual(["CREATE_IMAGE"]);
    expect(adoption.notes.map((n) => n.path)).toEqual(["rule.container_registry.event_type[0]"]);
  });

  test("names a paused trigger: the code cannot say so", () => {
    expect(notesOf({ ...fixture("trigger"), status: "PAUSED" })).toEqual([
      expect.stringMatching(/^status: is "PAUSED"; the construct has no status/),
    ]);
  });

  test("names values the construct refuses: a label value, a WebSocket path", () => {
    const trigger = triggerWithSource((source) => void ((source.gateway_websocket_broadcast as JsonMap).path = "events"));
    trigger.labels = { team: "Platform" };
    expect(notesOf(trigger).map((n) => n.split(":")[0])).toEqual(["labels.team", "rule.container_registry.gateway_websocket_broadcast.path"]);
  });

  test("fails when the trigger is not a Container Registry trigger", () => {
    const timer = { ...fixture("trigger"), rule: { timer: { cron_expression: "* * * * ? *" } } };
    expect(() => adopt({ trigger: timer })).toThrow(YcInputError);
    expect(() => adopt({ trigger: timer })).toThrow(/is not a Container Registry trigger \(rule: timer\)/);
  });

  test("fails when the trigger invokes a function instead of broadcasting", () => {
    const trigger = triggerWithSource((source) => {
      delete source.gateway_websocket_broadcast;
      source.invoke_function = { function_id: "d4e", service_account_id: "aje" };
    });
    expect(() => adopt({ trigger })).toThrow(/has no rule\.container_registry\.gateway_websocket_broadcast action \(it has invoke_function\)/);
  });

  test("fails when the trigger file holds a registry", () => {
    expect(() => adopt({ trigger: fixture("registry") })).toThrow(/is a container registry, not a trigger/);
  });

  test("fails when the registry file is another registry, naming both ids", () => {
    const other = { ...fixture("registry"), id: "crpother0000000000000" };
    const run = () => adopt({ trigger: fixture("trigger"), registry: other });
    expect(run).toThrow(AdoptInputMismatch);
    expect(run).toThrow(/is container registry "crpother0000000000000", but the trigger's registry_id is "crpt4kj3b6e2c0nv8ifd"/);
  });

  test("fails when the service account file holds a registry", () => {
    expect(() => adopt({ trigger: fixture("trigger"), serviceAccount: fixture("registry") })).toThrow(
      /is a container registry, not a service account/,
    );
  });
});
