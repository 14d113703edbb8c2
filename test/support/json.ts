// The JSON a test reads field by field: its shape is what the test's assertions check, so it is not
// typed ahead (typed documents cover what a client would send).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the one place tests opt out of typing JSON
export type AnyJson = any;
