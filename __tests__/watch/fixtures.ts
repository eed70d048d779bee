/** One event in the format the trigger sends. */
export function event(type: string, tag = "latest"): object {
  return {
    event_metadata: {
      event_id: `e-${type}`,
      event_type: `yandex.cloud.events.containerregistry.${type}`,
      created_at: "2026-11-28T12:00:00Z",
      cloud_id: "b1gcloud",
      folder_id: "b1gfolder",
    },
    details: {
      registry_id: "crp0registry",
      repository_name: "crp0registry/backend/api",
      image_id: "crp0image",
      image_digest: `sha256:0123456789ab${"c".repeat(52)}`,
      tag,
    },
  };
}

/** A frame holding a batch of events. */
export function batch(...events: object[]): string {
  return JSON.stringify({ messages: events });
}
