import { defineConfig } from "prisma/config";

// Prisma's native schema engine cannot be downloaded on our build machines. `prisma generate` only needs
// the WASM parts, but insists the engine path exists: point it at /bin/false so that an accidental
// `prisma migrate` fails loudly instead of pretending. Hosts with real engines set the variable themselves.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
