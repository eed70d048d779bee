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
  const subject = [{ name: "commonName", value: "localhost" }, { name: "organizationName", value: "offline stand-in provider" }];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: "basicConstraints", cA: true, critical: true },
    { name: "keyUsage", digitalSignature: true, keyEncipherment: true, keyCertSign: true, critical: true },
    { name: "extKeyUsage", serverAuth: true, clientAuth: true },
    { name: "subjectAltName", altNames: [{ type: 2, value: "localhost" }, { type: 7, ip: "127.0.0.1" }] },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes();
  return { certPem: forge.pki.certificateToPem(cert), keyPem: forge.pki.privateKeyToPem(keys.privateKey), certDer: Buffer.from(der, "binary") };
}
