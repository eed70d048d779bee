/**
 * Container Registry events a trigger can react to; values are the provider's `event_type` strings.
 * This enum is the one list of them: the offline checker reads it too.
 */
export enum ContainerRegistryEvent {
  /** An image was pushed (always followed by CREATE_IMAGE_TAG). */
  CREATE_IMAGE = "CONTAINER_REGISTRY_EVENT_TYPE_CREATE_IMAGE",
  /** An image was deleted (with one DELETE_IMAGE_TAG per tag it had). */
  DELETE_IMAGE = "CONTAINER_REGISTRY_EVENT_TYPE_DELETE_IMAGE",
  /** A tag was set on an image, including when an image is pushed or a tag moves to it. */
  CREATE_IMAGE_TAG = "CONTAINER_REGISTRY_EVENT_TYPE_CREATE_IMAGE_TAG",
  /** A tag was removed from an image, including when the tag moves to another image. */
  DELETE_IMAGE_TAG = "CONTAINER_REGISTRY_EVENT_TYPE_DELETE_IMAGE_TAG",
}
