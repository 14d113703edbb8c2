// Encrypts secrets at rest with AES-256-GCM. Stored form: "v1.<iv>.<tag>.<ciphertext>", base64url parts.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Decrypted secrets kept (the most recently used): more than a worker's webhooks in a busy second. */
const DECRYPTED_CACHE_SIZE = 1000;

export class SecretBox {
  // Its own key, derived from the encryption key, so a digest reveals nothing about the other.
  private readonly digestKey: Buffer;
  /**
   * Stored form -> plaintext. A worker decrypts its webhooks' signing secrets for every delivery
   * (AES-GCM set-up was ~4% of a worker's CPU); the key that opens them is in this process anyway.
   * A rotated secret is a new stored form (a new IV), so an entry never goes stale.
   */
  private readonly decrypted = new Map<string, string>();

  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error("SecretBox needs a 32-byte key");
    this.digestKey = Buffer.from(hkdfSync("sha256", key, Buffer.alloc(0), "hookrelay secret digest v1", 32));
  }

  /**
   * A keyed hash (HMAC-SHA256, base64url) stored beside a secret's ciphertext, so the secret can be
   * looked up by equality without decrypting a table. Without the key it cannot be checked against a guess.
   */
  digest(plaintext: string): string {
    return createHmac("sha256", this.digestKey).update(plaintext, "utf8").digest("base64url");
  }

  encrypt(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.key, iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
    return ["v1", iv, cipher.getAuthTag(), ciphertext]
      .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
      .join(".");
  }

  decrypt(stored: string): string {
    const known = this.decrypted.get(stored);
    if (known !== undefined) {
      // Most recently used last: the first key is the one to evict.
      this.decrypted.delete(stored);
      this.decrypted.set(stored, known);
      return known;
    }
    const plaintext = this.open(stored);
    this.decrypted.set(stored, plaintext);
    if (this.decrypted.size > DECRYPTED_CACHE_SIZE) this.decrypted.delete(this.decrypted.keys().next().value!);
    return plaintext;
  }

  private open(stored: string): string {
    const [version, iv, tag, ciphertext] = stored.split(".");
    if (version !== "v1" || !iv || !tag || ciphertext === undefined) throw new Error("Unrecognised encrypted secret");
    const decipher = createDecipheriv("aes-256-gcm", this.key, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  }
}

/** Parses SECRETS_KEY: 32 bytes as base64 (44 characters) or hex (64 characters); null when malformed. */
export function parseSecretsKey(value: string): Buffer | null {
  const key = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, "hex") : Buffer.from(value, "base64");
  return key.length === 32 ? key : null;
}

/** The service's secret box: SECRETS_KEY when given, otherwise the key file in the data directory. */
export function openSecretBox(secretsKey: string | undefined, dataDir: string): SecretBox {
  const key = secretsKey ? parseSecretsKey(secretsKey) : loadOrCreateKeyFile(dataDir);
  if (!key) throw new Error("SECRETS_KEY must be 32 bytes, base64 or hex");
  return new SecretBox(key);
}

/**
 * The embedded default keeps its key beside the database: generated on first start into
 * DATA_DIR/secrets.key (readable by the owner only). Back up the data directory as a whole.
 */
export function loadOrCreateKeyFile(dataDir: string): Buffer {
  const file = path.join(dataDir, "secrets.key");
  if (existsSync(file)) {
    const key = parseSecretsKey(readFileSync(file, "utf8").trim());
    if (!key) throw new Error(`${file} does not hold a 32-byte key`);
    return key;
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString("base64")}\n`, { mode: 0o600, flag: "wx" });
  return key;
}
