import { ContainerRegistryEvent } from "../container-registry-event";

/** The name each event type has in a trigger message, after {@link EVENT_TYPE_PREFIX} (`CreateImageTag`). */
export const EVENT_NAMES: Readonly<Record<ContainerRegistryEvent, string>> = {
  [ContainerRegistryEvent.CREATE_IMAGE]: "CreateImage",
  [ContainerRegistryEvent.DELETE_IMAGE]: "DeleteImage",
  [ContainerRegistryEvent.CREATE_IMAGE_TAG]: "CreateImageTag",
  [ContainerRegistryEvent.DELETE_IMAGE_TAG]: "DeleteImageTag",
};

/** Prefix of `event_metadata.event_type` in a trigger message. */
export const EVENT_TYPE_PREFIX = "yandex.cloud.events.containerregistry.";

/** One event in a repository, before it is addressed to a trigger. */
export interface RepositoryEvent {
  readonly type: ContainerRegistryEvent;
  /** The repository as the registry names it: `<registry id>/<image name>`. */
  readonly repository: string;
  /** `sha256:...` of the image's manifest. */
  readonly digest: string;
  /** The tag, for tag events and for the image a push by tag created. */
  readonly tag?: string;
}

/** What the registry reported, one notification event: a manifest pushed (by tag or by digest) or deleted, or a tag deleted. */
export interface RegistryChange {
  readonly action: "push" | "delete";
  readonly repository: string;
  /** The manifest, for pushes and image deletes. */
  readonly digest?: string;
  /** The tag, for pushes by tag and tag deletes. */
  readonly tag?: string;
}

/** The images and tags of one repository: what an image delete removes and where a tag pointed before it moved. */
interface RepositoryState {
  /** Image digest → its tags. */
  readonly images: Map<string, Set<string>>;
  /** Tag → image digest. */
  readonly tags: Map<string, string>;
}

/**
 * The registry's images and tags as the notifications built them. The registry reports pushes and
 * deletes of manifests; this state turns them into the trigger's events: a tag pushed onto another
 * image is a move, and an image delete also deletes its tags.
 */
export class RegistryState {
  private readonly repositories = new Map<string, RepositoryState>();

  /** Applies one change and returns the events it makes, in the order the trigger sends them. */
  public apply(change: RegistryChange): RepositoryEvent[] {
    const repo = this.repository(change.repository);
    const { repository } = change;
    const events: RepositoryEvent[] = [];
    const untag = (tag: string, digest: string) => {
      repo.tags.delete(tag);
      repo.images.get(digest)?.delete(tag);
      events.push({ type: ContainerRegistryEvent.DELETE_IMAGE_TAG, repository, digest, tag });
    };
    if (change.action === "push" && change.digest !== undefined) {
      const { digest, tag } = change;
      if (!repo.images.has(digest)) {
        repo.images.set(digest, new Set());
        events.push({ type: ContainerRegistryEvent.CREATE_IMAGE, repository, digest, ...(tag === undefined ? {} : { tag }) });
      }
      const before = tag === undefined ? undefined : repo.tags.get(tag);
      if (tag !== undefined && before !== digest) {
        if (before !== undefined) untag(tag, before);
        repo.tags.set(tag, digest);
        repo.images.get(digest)!.add(tag);
        events.push({ type: ContainerRegistryEvent.CREATE_IMAGE_TAG, repository, digest, tag });
      }
    } else if (change.action === "delete" && change.digest !== undefined) {
      const tags = repo.images.get(change.digest);
      if (tags !== undefined) {
        events.push({ type: ContainerRegistryEvent.DELETE_IMAGE, repository, digest: change.digest });
        for (const tag of [...tags].sort()) untag(tag, change.digest);
        repo.images.delete(change.digest);
      }
    } else if (change.action === "delete" && change.tag !== undefined) {
      // distribution 2.8 reports the tags of a deleted image after the image, which untagged them already
      const digest = repo.tags.get(change.tag);
      if (digest !== undefined) untag(change.tag, digest);
    }
    return events;
  }

  private repository(name: string): RepositoryState {
    let repo = this.repositories.get(name);
    if (repo === undefined) {
      repo = { images: new Map(), tags: new Map() };
      this.repositories.set(name, repo);
    }
    return repo;
  }
}

const MANIFEST_MEDIA_TYPE = /manifest|index/;

/**
 * The changes in one notification envelope of the distribution registry
 * (`application/vnd.docker.distribution.events.v1+json`): manifest pushes, manifest deletes and tag
 * deletes, in order. Pulls, mounts and blob events are left out.
 */
export function registryChanges(envelope: unknown): RegistryChange[] {
  const events = (envelope as { events?: unknown } | null)?.events;
  if (!Array.isArray(events)) return [];
  const changes: RegistryChange[] = [];
  for (const event of events as Array<{ action?: unknown; target?: Record<string, unknown> } | null>) {
    const target = event?.target;
    const repository = typeof target?.repository === "string" ? target.repository : undefined;
    if (repository === undefined) continue;
    const digest = typeof target?.digest === "string" && target.digest !== "" ? target.digest : undefined;
    const tag = typeof target?.tag === "string" && target.tag !== "" ? target.tag : undefined;
    const mediaType = typeof target?.mediaType === "string" ? target.mediaType : "";
    if (event?.action === "push" && digest !== undefined && MANIFEST_MEDIA_TYPE.test(mediaType)) {
      changes.push({ action: "push", repository, digest, ...(tag === undefined ? {} : { tag }) });
    } else if (event?.action === "delete" && (digest !== undefined || tag !== undefined)) {
      changes.push({ action: "delete", repository, ...(digest === undefined ? {} : { digest }), ...(tag === undefined ? {} : { tag }) });
    }
  }
  return changes;
}
