// What PostgreSQL cannot store (U+0000, lone surrogates) becomes U+FFFD; everything else is kept as it is.
import { describe, expect, it } from "vitest";
import { storableJson, storableText } from "../src/db/storable-text.js";

describe("storableText", () => {
  it("replaces NUL and lone surrogates, high or low, and keeps surrogate pairs", () => {
    expect(storableText("a\u0000b")).toBe("a\uFFFDb");
    expect(storableText("\ud800 alone")).toBe("\uFFFD alone");
    expect(storableText("low \udc00 first")).toBe("low \uFFFD first");
    expect(storableText("\udc00\ud800")).toBe("\uFFFD\uFFFD"); // a pair in the wrong order is two lone halves
    expect(storableText("emoji \ud83d\ude00 ok")).toBe("emoji \ud83d\ude00 ok");
  });
});

describe("storableJson", () => {
  it("replaces them in keys and values at every level, and leaves a value whose text has no such escape untouched", () => {
    const json = '{"k\\u0000":["\\ud800",{"n":1,"s":"\\u0000"}],"ok":"\\ud83d\\ude00"}';
    expect(storableJson(JSON.parse(json), json)).toEqual({
      "k\uFFFD": ["\uFFFD", { n: 1, s: "\uFFFD" }],
      ok: "\ud83d\ude00",
    });
    const plain = { a: [1, "x"] };
    expect(storableJson(plain, JSON.stringify(plain))).toBe(plain);
  });
});
