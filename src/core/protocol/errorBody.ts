import { z } from 'zod/mini';

// Every refusal from the register has one JSON shape, whatever the route:
//
//   HTTP/1.1 400 Bad Request
//   {"error":{"code":"invalid-body","message":"…","messageRu":"…",
//             "issues":[{"path":"settings.kits.2.threshold","message":"kit-threshold-missing"}]}}
//
// `code` is stable and machine-readable; `message` (and `messageRu`) are for logs and for
// people who read raw responses. Clients map `code` to their own bilingual text; `issues`
// (a refused body only) name the fields, so a form can show each next to its field.
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string().check(z.minLength(1)),
    message: z.string(),
    messageRu: z.optional(z.string()),
    issues: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
