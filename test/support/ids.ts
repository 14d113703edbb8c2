/** The opaque global id the API shows for a row. */
export const toGlobal = (typename: string, id: string) => Buffer.from(`${typename}:${id}`).toString("base64");
