import { ContainerRegistryEvent } from "../../lib/container-registry-event";
import { EVENT_NAMES, RegistryChange, registryChanges, RegistryState, RepositoryEvent } from "../../lib/local/registry-events";

const REPO = "crp00000000000000001/app";
const A = `sha256:${"a".repeat(64)}`;
const B = `sha256:${"b".repeat(64)}`;

function push(digest: string, tag?: string): RegistryChange {
  return { action: "push", repository: REPO, digest, ...(tag === undefined ? {} : { tag }) };
}

/** `Type tag@a` for each event. */
function brief(events: RepositoryEvent[]): string[] {
  return events.map((e) => `${EVENT_NAMES[e.type]} ${e.tag ?? "-"}@${e.digest.slice(7, 8)}`);
}

describe("RegistryState", () => {
  test("a push of a new image gives CreateImage then CreateImageTag", () => {
    expect(brief(new RegistryState().apply(push(A, "v1")))).toEqual(["CreateImage v1@a", "CreateImageTag v1@a"]);
  });

  test("the same image pushed with another tag gives only CreateImageTag", () => {
    const state = new RegistryState();
    state.apply(push(A, "v1"));
    expect(brief(state.apply(push(A, "latest")))).toEqual(["CreateImageTag latest@a"]);
  });

  test("pushing a tag again onto the image it names gives nothing", () => {
    const state = new RegistryState();
    state.apply(push(A, "v1"));
    expect(state.apply(push(A, "v1"))).toEqual([]);
  });

  test("a tag moved to a new image gives CreateImage, then DeleteImageTag on the old image, then CreateImageTag", () => {
    const state = new RegistryState();
    state.apply(push(A, "latest"));
    expect(brief(state.apply(push(B, "latest")))).toEqual(["CreateImage latest@b", "DeleteImageTag latest@a", "CreateImageTag latest@b"]);
  });

  test("a tag moved to an image that exists gives DeleteImageTag then CreateImageTag", () => {
    const state = new RegistryState();
    state.apply(push(A, "latest"));
    state.apply(push(B, "v2"));
    expect(brief(state.apply(push(B, "latest")))).toEqual(["DeleteImageTag latest@a", "CreateImageTag latest@b"]);
  });

  test("deleting an image gives DeleteImage and a DeleteImageTag for each tag it had, by tag name", () => {
    const state = new RegistryState();
    state.apply(push(A, "v1"));
    state.apply(push(A, "latest"));
    expect(brief(state.apply({ action: "delete", repository: REPO, digest: A }))).toEqual([
      "DeleteImage -@a",
      "DeleteImageTag latest@a",
      "DeleteImageTag v1@a",
    ]);
    // the registry then reports the tags it untagged: already gone
    expect(state.apply({ action: "delete", repository: REPO, tag: "v1" })).toEqual([]);
  });

  test("a tag moved away before the delete is not deleted with the image", () => {
    const state = new RegistryState();
    state.apply(push(A, "latest"));
    state.apply(push(B, "latest"));
    expect(brief(state.apply({ action: "delete", repository: REPO, digest: A }))).toEqual(["DeleteImage -@a"]);
  });

  test("a push by digest gives CreateImage without a tag; a delete of an unknown image gives nothing", () => {
    const state = new RegistryState();
    expect(state.apply(push(A))).toEqual([{ type: ContainerRegistryEvent.CREATE_IMAGE, repository: REPO, digest: A }]);
    expect(state.apply({ action: "delete", repository: REPO, digest: B })).toEqual([]);
  });

  test("a tag delete on its own gives DeleteImageTag on the image it named", () => {
    const state = new RegistryState();
    state.apply(push(A, "v1"));
    expect(brief(state.apply({ action: "delete", repository: REPO, tag: "v1" }))).toEqual(["DeleteImageTag v1@a"]);
  });

  test("repositories are kept apart", () => {
    const state = new RegistryState();
    state.apply(push(A, "v1"));
    expect(brief(state.apply({ action: "push", repository: "crp00000000000000001/other", digest: A, tag: "v1" }))).toEqual([
      "CreateImage v1@a",
      "CreateImageTag v1@a",
    ]);
  });
});

describe("registryChanges", () => {
  test("keeps manifest pushes, manifest deletes and tag deletes, in order, and leaves out pulls and blobs", () => {
    const target = { repository: REPO, digest: A };
    const envelope = {
      events: [
        { action: "push", target: { ...target, mediaType: "application/vnd.oci.image.manifest.v1+json", tag: "v1" } },
        { action: "pull", target: { ...target, mediaType: "application/vnd.oci.image.manifest.v1+json", tag: "v1" } },
        { action: "push", target: { ...target, mediaType: "application/octet-stream" } },
        { action: "push", target: { ...target, mediaType: "application/vnd.docker.distribution.manifest.list.v2+json" } },
        { action: "delete", target },
        { action: "delete", target: { repository: REPO, tag: "v1" } },
        { action: "delete", target: { repository: REPO } },
      ],
    };
    expect(registryChanges(envelope)).toEqual([
      { action: "push", repository: REPO, digest: A, tag: "v1" },
      { action: "push", repository: REPO, digest: A },
      { action: "delete", repository: REPO, digest: A },
      { action: "delete", repository: REPO, tag: "v1" },
    ]);
  });

  test("anything that is no envelope gives no change", () => {
    expect(registryChanges(null)).toEqual([]);
    expect(registryChanges({ events: "no" })).toEqual([]);
  });
});

describe("EVENT_NAMES", () => {
  test("names each of the provider's event types as the message does: its words after EVENT_TYPE_, in PascalCase", () => {
    for (const type of Object.values(ContainerRegistryEvent)) {
      const words = type.replace(/^CONTAINER_REGISTRY_EVENT_TYPE_/, "").split("_");
      expect(EVENT_NAMES[type]).toBe(words.map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(""));
    }
  });
});
