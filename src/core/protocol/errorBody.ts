import { z } from 'zod';

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
    code: z.string().min(1),
    message: z.string(),
    messageRu: z.string().optional(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
