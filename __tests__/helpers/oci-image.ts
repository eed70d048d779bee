import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";

/** The bytes and digests of one small OCI image: an empty layer, a config that names `seed`, and the manifest. */
export interface OciImage {
  readonly layer: Buffer;
  readonly config: Buffer;
  readonly manifest: Buffer;
  /** `sha256:...` of the manifest: the image digest the registry reports. */
  readonly digest: string;
}

const MANIFEST_TYPE = "application/vnd.oci.image.manifest.v1+json";

function digestOf(bytes: Buffer): string {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}

/** A distinct image per `seed`: a valid empty tar layer and a config whose label holds the seed. */
export function ociImage(seed: string): OciImage {
  const layer = Buffer.alloc(1024); // an empty tar: two zero blocks
  const config = Buffer.from(
    JSON.stringify({
      architecture: "amd64",
      os: "linux",
      config: { Labels: { seed } },
      rootfs: { type: "layers", diff_ids: [digestOf(layer)] },
    }),
  );
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MANIFEST_TYPE,
      config: { mediaType: "application/vnd.oci.image.config.v1+json", digest: digestOf(config), size: config.length },
      layers: [{ mediaType: "application/vnd.oci.image.layer.v1.tar", digest: digestOf(layer), size: layer.length }],
    }),
  );
  return { layer, config, manifest, digest: digestOf(manifest) };
}

async function ok(response: Response, what: string): Promise<Response> {
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${await response.text()}`);
  return response;
}

/** Pushes `image` to `http://<address>/v2/<repository>` under `tag` through the registry's HTTP API; resolves to its digest. */
export async function pushImage(address: string, repository: string, tag: string, image: OciImage): Promise<string> {
  for (const blob of [image.layer, image.config]) {
    const started = await ok(await fetch(`http://${address}/v2/${repository}/blobs/uploads/`, { method: "POST" }), `upload to ${repository}`);
    const location = new URL(started.headers.get("location") ?? "", `http://${address}`);
    location.searchParams.set("digest", digestOf(blob));
    await ok(
      await fetch(location, { method: "PUT", body: blob, headers: { "Content-Type": "application/octet-stream" } }),
      `upload to ${repository}`,
    );
  }
  await ok(
    await fetch(`http://${address}/v2/${repository}/manifests/${tag}`, {
      method: "PUT",
      body: image.manifest,
      headers: { "Content-Type": MANIFEST_TYPE },
    }),
    `push ${repository}:${tag}`,
  );
  return image.digest;
}

/** Deletes the manifest `digest` of `repository` through the registry's HTTP API. */
export async function deleteImage(address: string, repository: string, digest: string): Promise<void> {
  await ok(await fetch(`http://${address}/v2/${repository}/manifests/${digest}`, { method: "DELETE" }), `delete ${repository}@${digest}`);
}

/** Writes `image` as an OCI image layout in `dir` with the reference name `ref`, for `skopeo copy oci:<dir>:<ref> ...`. */
export function writeOciLayout(dir: string, ref: string, image: OciImage): void {
  const blobs = path.join(dir, "blobs", "sha256");
  fs.mkdirSync(blobs, { recursive: true });
  for (const blob of [image.layer, image.config, image.manifest]) fs.writeFileSync(path.join(blobs, digestOf(blob).slice("sha256:".length)), blob);
  fs.writeFileSync(path.join(dir, "oci-layout"), JSON.stringify({ imageLayoutVersion: "1.0.0" }));
  fs.writeFileSync(
    path.join(dir, "index.json"),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        { mediaType: MANIFEST_TYPE, digest: image.digest, size: image.manifest.length, annotations: { "org.opencontainers.image.ref.name": ref } },
      ],
    }),
  );
}
