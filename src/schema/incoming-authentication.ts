// What an incoming webhook asks of a sender besides its secret URL (incoming/request-authentication.ts).
import { builder } from "./builder.js";
import { IncomingAuthenticationTypeEnum } from "./enums.js";
import {
  DEFAULT_TOLERANCE_SECONDS,
  SECRET_TEXT_LENGTH,
  type AuthenticationView,
} from "../incoming/request-authentication.js";

const SECRET_LENGTH = `${SECRET_TEXT_LENGTH.min}-${SECRET_TEXT_LENGTH.max}`;

export const SignatureEncodingEnum = builder.enumType("SignatureEncoding", {
  description: "How an HMAC signature is written in its header.",
  values: { HEX: { description: "Hexadecimal (GitHub, Grafana)." }, BASE64: { description: "Base64." } },
});

export const IncomingAuthenticationRef = builder.objectRef<AuthenticationView>("IncomingAuthentication").implement({
  description:
    "The webhook's request authentication. Its token, password or key is never shown again: secretHint has its last 4 characters.",
  fields: (t) => ({
    type: t.field({
      type: IncomingAuthenticationTypeEnum,
      description: "What a sender must prove.",
      resolve: (settings) => settings.type,
    }),
    username: t.string({
      nullable: true,
      description: "BASIC: the user name.",
      resolve: (settings) => (settings.type === "BASIC" ? settings.username : null),
    }),
    signatureHeader: t.string({
      nullable: true,
      description: "HMAC_SHA256: the header holding the signature.",
      resolve: (settings) => (settings.type === "HMAC_SHA256" ? settings.signatureHeader : null),
    }),
    signaturePrefix: t.string({
      nullable: true,
      description: 'HMAC_SHA256: what precedes the signature in its header ("sha256=" for GitHub; empty for Grafana).',
      resolve: (settings) => (settings.type === "HMAC_SHA256" ? settings.signaturePrefix : null),
    }),
    encoding: t.field({
      type: SignatureEncodingEnum,
      nullable: true,
      description: "HMAC_SHA256: how the signature is written.",
      resolve: (settings) => (settings.type === "HMAC_SHA256" ? settings.encoding : null),
    }),
    timestampHeader: t.string({
      nullable: true,
      description:
        'HMAC_SHA256: the header with the Unix timestamp signed as "<timestamp>:<body>"; null: the body alone is signed.',
      resolve: (settings) => (settings.type === "HMAC_SHA256" ? settings.timestampHeader : null),
    }),
    toleranceSeconds: t.int({
      nullable: true,
      description:
        "How far a signed timestamp may be from this server's clock (HMAC_SHA256 with a timestamp header, STANDARD_WEBHOOKS).",
      resolve: (settings) =>
        settings.type === "STANDARD_WEBHOOKS" || (settings.type === "HMAC_SHA256" && settings.timestampHeader)
          ? settings.toleranceSeconds
          : null,
    }),
    secretHint: t.string({
      nullable: true,
      description: "The last 4 characters of the token, password or key; null for NONE.",
      resolve: (settings) => settings.secretHint,
    }),
  }),
});

export const IncomingAuthenticationInput = builder.inputType("IncomingAuthenticationInput", {
  description:
    "Request authentication for an incoming webhook. Each type takes only its own fields; one it does not use is refused by name. Replaces the webhook's authentication whole.",
  fields: (t) => ({
    type: t.field({ type: IncomingAuthenticationTypeEnum, required: true, description: "What a sender must prove." }),
    token: t.string({ description: `BEARER_TOKEN: the token, ${SECRET_LENGTH} printable characters.` }),
    username: t.string({ description: "BASIC: the user name (no colon)." }),
    password: t.string({ description: `BASIC: the password, ${SECRET_LENGTH} printable characters.` }),
    secret: t.string({
      description: `HMAC_SHA256: the shared key, ${SECRET_LENGTH} printable characters. STANDARD_WEBHOOKS: the sender's whsec_ secret.`,
    }),
    signatureHeader: t.string({
      description: "HMAC_SHA256: default X-Hub-Signature-256 (GitHub); Grafana's is X-Grafana-Alerting-Signature.",
    }),
    signaturePrefix: t.string({ description: 'HMAC_SHA256: default none; GitHub sends "sha256=".' }),
    encoding: t.field({ type: SignatureEncodingEnum, description: "HMAC_SHA256: default HEX." }),
    timestampHeader: t.string({
      description:
        'HMAC_SHA256: the header with a Unix timestamp, signed as "<timestamp>:<body>" (Grafana\'s Timestamp Header); default none.',
    }),
    toleranceSeconds: t.int({
      description: `HMAC_SHA256 with a timestamp header, STANDARD_WEBHOOKS: 1-86400, default ${DEFAULT_TOLERANCE_SECONDS}.`,
    }),
  }),
});
