import { X509Certificate } from "crypto";
import * as fs from "fs";
import * as path from "path";
import * as forge from "node-forge";

/** A server certificate and key, PEM, plus the certificate's DER for the handshake line. */
export interface ServerIdentity {
  readonly certPem: string;
  readonly keyPem: string;
  readonly certDer: Buffer;
}

/**
 * A fresh self-signed certificate for `localhost` / 127.0.0.1, valid for a day. go-plugin pins
 * exactly this certificate (sent in the handshake line), so it must be a CA for itself.
 */
export function selfSignedIdentity(): ServerIdentity {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = "01";
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 24 * 3600_000);
  const subject = [
    { name: "commonName", value: "localhost" },
    { name: "organizationName", value: "offline stand-in provider" },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: "basicConstraints", cA: true, critical: true },
    { name: "keyUsage", digitalSignature: true, keyEncipherment: true, keyCertSign: true, critical: true },
    { name: "extKeyUsage", serverAuth: true, clientAuth: true },
    {
      name: "subjectAltName",
      altNames: [
        { type: 2, value: "localhost" },
        { type: 7, ip: "127.0.0.1" },
      ],
    },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes();
  return { certPem: forge.pki.certificateToPem(cert), keyPem: forge.pki.privateKeyToPem(keys.privateKey), certDer: Buffer.from(der, "binary") };
}

/** Environment variable naming a directory with `cert.pem` / `key.pem` to serve instead of a fresh identity. */
export const TLS_DIR_ENV = "OFFLINE_PROVIDER_TLS_DIR";

/**
 * The identity in `$OFFLINE_PROVIDER_TLS_DIR` when set (a sandbox makes one and every provider
 * process it launches reuses it: RSA key generation is most of a plugin start), else a fresh one.
 */
export function serverIdentity(env: NodeJS.ProcessEnv): ServerIdentity {
  const dir = env[TLS_DIR_ENV];
  if (!dir) return selfSignedIdentity();
  const certPem = fs.readFileSync(path.join(dir, "cert.pem"), "utf8");
  return { certPem, keyPem: fs.readFileSync(path.join(dir, "key.pem"), "utf8"), certDer: new X509Certificate(certPem).raw };
}

/** Writes a fresh identity into `dir` for {@link serverIdentity}; the key is readable by the owner only. */
export function writeServerIdentity(dir: string): void {
  const identity = selfSignedIdentity();
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(dir, "cert.pem"), identity.certPem);
  fs.writeFileSync(path.join(dir, "key.pem"), identity.keyPem, { mode: 0o600 });
}
