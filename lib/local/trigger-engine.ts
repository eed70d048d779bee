import { randomUUID } from "crypto";
import { runJq } from "../private/jq";
import { LocalAction, LocalApp, LocalRegistry, LocalTrigger, localId, LOCAL_CLOUD_ID } from "./app-model";
import { EVENT_NAMES, EVENT_TYPE_PREFIX, RegistryChange, RegistryState, RepositoryEvent } from "./registry-events";

/** One event as the trigger sends it: an element of the message's `messages`. */
export interface TriggerEventMessage {
  readonly event_metadata: {
    readonly event_id: string;
    readonly event_type: string;
    readonly created_at: string;
    readonly cloud_id: string;
    readonly folder_id: string;
  };
  readonly details: {
    readonly registry_id: string;
    readonly repository_name: string;
    readonly image_id: string;
    readonly image_digest: string;
    readonly tag?: string;
  };
}

/** The documented message for one event of `registry`, with the ids of the local objects. */
export function eventMessage(
  event: RepositoryEvent,
  registry: Pick<LocalRegistry, "id" | "folderId">,
  at: Date,
  eventId: string,
): TriggerEventMessage {
  return {
    event_metadata: {
      event_id: eventId,
      event_type: `${EVENT_TYPE_PREFIX}${EVENT_NAMES[event.type]}`,
      created_at: at.toISOString().replace(/\.\d+Z$/, "Z"),
      cloud_id: LOCAL_CLOUD_ID,
      folder_id: registry.folderId,
    },
    details: {
      registry_id: registry.id,
      repository_name: event.repository,
      image_id: localId("crp", `${event.repository}@${event.digest}`),
      image_digest: event.digest,
      ...(event.tag === undefined ? {} : { tag: event.tag }),
    },
  };
}

/** The image name of a repository below the registry id (`backend/api` of `crp.../backend/api`), or undefined when it is not in that registry. */
export function imageNameIn(registryId: string, repository: string): string | undefined {
  return repository.startsWith(`${registryId}/`) ? repository.slice(registryId.length + 1) : undefined;
}

/** True when the trigger's source takes the event: its registry, one of its event types, and its image name and tag filters (both when set). */
export function sourceMatches(trigger: Pick<LocalTrigger, "eventTypes" | "imageName" | "tag">, registryId: string, event: RepositoryEvent): boolean {
  const image = imageNameIn(registryId, event.repository);
  return (
    image !== undefined &&
    trigger.eventTypes.includes(event.type) &&
    (trigger.imageName === undefined || trigger.imageName === image) &&
    (trigger.tag === undefined || trigger.tag === event.tag)
  );
}

/** Sets and clears the cutoff timer of a {@link Batcher}; tests pass their own clock. */
export interface BatchTimers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const REAL_TIMERS: BatchTimers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * Groups items as a trigger groups events: a group is sent when it holds `size` items, or
 * `cutoffMs` after its first item came, whichever is first.
 */
export class Batcher<T> {
  private items: T[] = [];
  private timer: unknown;

  /** A batcher that hands each full or timed-out group to `flush`. */
  public constructor(
    private readonly size: number,
    private readonly cutoffMs: number,
    private readonly flush: (items: T[]) => void,
    private readonly timers: BatchTimers = REAL_TIMERS,
  ) {}

  /** Adds one item; sends the group when it is full, and starts the cutoff with a group's first item. */
  public add(item: T): void {
    this.items.push(item);
    if (this.items.length >= this.size) {
      this.send();
    } else if (this.items.length === 1) {
      this.timer = this.timers.set(() => this.send(), this.cutoffMs);
    }
  }

  /** Drops the group being filled and its timer. */
  public discard(): void {
    this.timers.clear(this.timer);
    this.items = [];
  }

  private send(): void {
    this.timers.clear(this.timer);
    const items = this.items;
    this.items = [];
    if (items.length > 0) this.flush(items);
  }
}

/** What the engine hands on: a message for the connections of one gateway path. */
export interface Broadcast {
  /** The trigger, as `<stack>/<construct path>`. */
  readonly trigger: string;
  /** Key of the gateway. */
  readonly gateway: string;
  readonly path: string;
  /** The message text: `{"messages":[...]}`. */
  readonly message: string;
  /** How many events it carries. */
  readonly events: number;
}

/** Options of {@link TriggerEngine}. */
export interface TriggerEngineOptions {
  /** Receives every message, in order. */
  readonly broadcast: (broadcast: Broadcast) => void;
  /** Receives one line per event a jq expression failed on (the event is not sent), and per failed broadcast. */
  readonly log: (line: string) => void;
  /**
   * The time events are stamped with.
   * @default - the clock
   */
  readonly now?: () => Date;
  /**
   * Timers of the batch cutoffs.
   * @default - setTimeout and clearTimeout
   */
  readonly timers?: BatchTimers;
}

interface Route {
  readonly trigger: LocalTrigger;
  readonly action: LocalAction;
  readonly registry: LocalRegistry;
  readonly batcher: Batcher<unknown>;
}

/**
 * The app's triggers at work: registry changes in, messages out. Each change becomes the documented
 * events, each trigger takes those its source matches, each broadcast action runs its jq filter and
 * transformer on each event and groups the results as the trigger's batch settings say.
 */
export class TriggerEngine {
  private readonly state = new RegistryState();
  private readonly routes: Route[];
  private readonly registryIds: string[];
  private readonly unknownRepositories = new Set<string>();
  private queue: Promise<void> = Promise.resolve();
  private stopped = false;

  /** An engine for the triggers of `app`. */
  public constructor(
    app: Pick<LocalApp, "triggers" | "registries">,
    private readonly options: TriggerEngineOptions,
  ) {
    const registries = new Map(app.registries.map((r) => [r.key, r]));
    this.registryIds = app.registries.map((r) => r.id);
    this.routes = app.triggers.flatMap((trigger) =>
      trigger.actions.map((action) => {
        const name = `${trigger.stack}/${trigger.path}`;
        const batcher = new Batcher<unknown>(
          trigger.batchSize,
          trigger.batchCutoffMs,
          (items) =>
            this.send({
              trigger: name,
              gateway: action.gateway,
              path: action.path,
              message: JSON.stringify({ messages: items }),
              events: items.length,
            }),
          options.timers,
        );
        return { trigger, action, registry: registries.get(trigger.registry)!, batcher };
      }),
    );
  }

  /**
   * Takes registry changes in the order the registry made them; resolves when they are processed, and
   * rejects when processing them failed. The changes handed in after them are processed either way.
   */
  public handle(changes: readonly RegistryChange[]): Promise<void> {
    const link = this.queue.then(async () => {
      for (const change of changes) {
        this.noteUnknownRegistry(change.repository);
        for (const event of this.state.apply(change)) await this.dispatch(event);
      }
    });
    // the caller gets this link's error; the queue goes on from its settlement, so one failure loses no later change
    this.queue = link.catch(() => undefined);
    return link;
  }

  /** Drops the groups being filled; nothing is sent afterwards. */
  public stop(): void {
    this.stopped = true;
    for (const route of this.routes) route.batcher.discard();
  }

  /** Says once per repository when it sits under no registry of the app, so its pushes reach no trigger. */
  private noteUnknownRegistry(repository: string): void {
    if (this.registryIds.some((id) => imageNameIn(id, repository) !== undefined) || this.unknownRepositories.has(repository)) return;
    this.unknownRepositories.add(repository);
    this.options.log(
      `note: ${repository} is under no registry of the app, so no trigger sees it; ` +
        `push to <registry>/<registry id>/<image> with one of ${this.registryIds.join(", ")}`,
    );
  }

  private async dispatch(event: RepositoryEvent): Promise<void> {
    const at = (this.options.now ?? (() => new Date()))();
    // one event, one id: every trigger on the registry gets the same message
    let message: TriggerEventMessage | undefined;
    for (const route of this.routes) {
      if (!sourceMatches(route.trigger, route.registry.id, event)) continue;
      message ??= eventMessage(event, route.registry, at, localId("crt", randomUUID()));
      const items = await this.run(route, message);
      if (!this.stopped) for (const item of items) route.batcher.add(item);
    }
  }

  /** What one event becomes for one action: nothing when the filter does not yield true, else the transformer's outputs (or the event). */
  private async run({ trigger, action }: Route, message: TriggerEventMessage): Promise<unknown[]> {
    const where = `${trigger.stack}/${trigger.path}`;
    try {
      if (action.jqFilter !== undefined) {
        const verdict = await runJq(action.jqFilter, message);
        if (verdict[0] !== true) return [];
      }
      return action.jqTransformer === undefined ? [message] : await runJq(action.jqTransformer, message);
    } catch (e) {
      this.options.log(
        `${where}: jq failed on a ${message.event_metadata.event_type.slice(EVENT_TYPE_PREFIX.length)} event, ` +
          `which is not sent: ${(e as Error).message}`,
      );
      return [];
    }
  }

  /**
   * Hands a message on. A batch can be sent from a cutoff timer, where a throw would end the process,
   * so a failed broadcast is logged the same way wherever it is sent from, and the engine goes on.
   */
  private send(broadcast: Broadcast): void {
    if (this.stopped) return;
    try {
      this.options.broadcast(broadcast);
    } catch (e) {
      this.options.log(`${broadcast.trigger}: broadcast to ${broadcast.path} failed, ${broadcast.events} event(s) lost: ${(e as Error).message}`);
    }
  }
}
