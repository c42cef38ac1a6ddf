/** The browser's WebCrypto, which PIN hashing takes as an injected dependency. */
export const browserPinCrypto = {
  get subtle(): SubtleCrypto {
    return crypto.subtle;
  },
  random: (length: number): Uint8Array => crypto.getRandomValues(new Uint8Array(length)),
};
