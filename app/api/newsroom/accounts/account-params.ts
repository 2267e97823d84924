// The [id] of an account route: a user id (cuid), anything else is a 404.
import { z } from "zod";

export const ZAccountParams = z.object({ id: z.string().regex(/^[\w-]{1,100}$/) });
