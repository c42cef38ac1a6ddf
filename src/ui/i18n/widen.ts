/** The shape of a resource object with every string literal widened to `string`. */
export type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
