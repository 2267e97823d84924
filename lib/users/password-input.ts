// A password the desk sets: typed (checked against the policy by the command) or generated and shown once.
import { z } from "zod";

/** null or "" means "generate a one-time password". */
export const ZChosenPassword = z
  .string()
  .max(200, { message: "密码过长" })
  .nullable()
  .default(null)
  .transform((value) => value || null);
