import { z } from 'zod';

// Every refusal from the register has one JSON shape, whatever the route:
//
//   HTTP/1.1 400 Bad Request
//   {"error":{"code":"malformed-json","message":"The request body is not valid JSON."}}
//
// `code` is stable and machine-readable; `message` is for logs and for people who read
// raw responses. Clients map `code` to their own bilingual text.
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string().min(1),
    message: z.string(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
