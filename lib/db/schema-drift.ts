// Compares a live database with prisma/schema.prisma (read through Prisma's own schema parser) and lists
// every difference: tables, columns, types, nullability, defaults, enums, keys, indexes and foreign keys.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import pg from "pg";

interface TDmmfField {
  name: string;
  kind: "scalar" | "object" | "enum" | "unsupported";
  isList: boolean;
  isRequired: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  type: string;
  nativeType: [string, string[]] | null;
  dbName?: string | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface TDmmfModel {
  name: string;
  dbName: string | null;
  fields: TDmmfField[];
}
interface TDmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  algorithm?: string;
  fields: Array<{ name: string }>;
}
interface TDmmf {
  datamodel: { models: TDmmfModel[]; enums: Array<{ name: string; values: Array<{ name: string }> }>; indexes: TDmmfIndex[] };
}

/**
 * Prisma's DMMF leaves out `Unsupported("…")` fields (e.g. the search tsvectors), so they are read from the
 * schema text: `name Unsupported("type")` or `…?` inside a model block.
 */
function unsupportedFields(schema: string): Map<string, TDmmfField[]> {
  const byModel = new Map<string, TDmmfField[]>();
  for (const block of schema.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    const fields: TDmmfField[] = [];
    for (const line of (block[2] ?? "").matchAll(/^\s*(\w+)\s+Unsupported\("([^"]+)"\)(\?)?/gm)) {
      fields.push({
        name: line[1] as string,
        kind: "unsupported",
        isList: false,
        isRequired: line[3] !== "?",
        isUpdatedAt: false,
        hasDefaultValue: false,
        type: line[2] as string,
        nativeType: null,
      });
    }
    if (fields.length) byModel.set(block[1] as string, fields);
  }
  return byModel;
}

export async function readSchemaDmmf(schemaPath = path.resolve(process.cwd(), "prisma", "schema.prisma")): Promise<TDmmf> {
  const schema = await readFile(schemaPath, "utf8");
  const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schema]] }))) as TDmmf;
  const unsupported = unsupportedFields(schema);
  for (const model of dmmf.datamodel.models) {
    const extra = unsupported.get(model.name) ?? [];
    const missing = extra.filter((field) => !model.fields.some((known) => known.name === field.name));
    model.fields.push(...missing);
  }
  return dmmf;
}

function expectedColumnType(field: TDmmfField): string {
  if (field.kind === "enum") return field.type;
  if (field.kind === "unsupported") return field.type.toLowerCase();
  const native = field.nativeType?.[0];
  const args = field.nativeType?.[1] ?? [];
  if (native === "Timestamptz") return `timestamp with time zone(${args[0] ?? 6})`;
  if (native === "Timestamp") return `timestamp without time zone(${args[0] ?? 6})`;
  if (native === "Date") return "date";
  if (native) return native.toLowerCase();
  switch (field.type) {
    case "Int":
      return "integer";
    case "BigInt":
      return "bigint";
    case "String":
      return "text";
    case "Boolean":
      return "boolean";
    case "Float":
      return "double precision";
    case "DateTime":
      return "timestamp without time zone(3)";
    case "Json":
      return "jsonb";
    case "Bytes":
      return "bytea";
    default:
      return field.type;
  }
}

function actualColumnType(row: { data_type: string; udt_name: string; datetime_precision: number | null }): string {
  if (row.data_type === "USER-DEFINED") return row.udt_name;
  if (row.data_type === "ARRAY") return row.udt_name.replace(/^_/, "");
  if (row.data_type.startsWith("timestamp")) return `${row.data_type}(${row.datetime_precision})`;
  return row.data_type;
}

const ARRAY_ELEMENT: Record<string, string> = { integer: "int4", text: "text", bigint: "int8", boolean: "bool" };
const ON_DELETE: Record<string, string> = { a: "NoAction", r: "Restrict", c: "Cascade", n: "SetNull", d: "SetDefault" };
/** Defaults that Prisma computes in the client, so the column has none. */
const CLIENT_SIDE_DEFAULTS = new Set(["cuid", "uuid", "nanoid", "ulid"]);
/** Indexes on expressions, which schema.prisma cannot describe, by name (their migrations define them). */
const EXPRESSION_INDEXES = ["ArticleSnapshot_sitemap_index_idx"];

export async function findSchemaDrift(databaseUrl: string, dmmf?: TDmmf): Promise<string[]> {
  const { datamodel } = dmmf ?? (await readSchemaDmmf());
  const problems: string[] = [];
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tables = new Set(
      (
        await client.query<{ table_name: string }>(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
        )
      ).rows
        .map((row) => row.table_name)
        .filter((name) => name !== "_prisma_migrations"),
    );
    const columns = (
      await client.query<{
        table_name: string;
        column_name: string;
        is_nullable: string;
        data_type: string;
        udt_name: string;
        datetime_precision: number | null;
        column_default: string | null;
      }>(
        `SELECT table_name, column_name, is_nullable, data_type, udt_name, datetime_precision, column_default FROM information_schema.columns WHERE table_schema = 'public'`,
      )
    ).rows;
    const enums = (
      await client.query<{ name: string; values: string[] }>(
        `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
         WHERE n.nspname = 'public' GROUP BY t.typname`,
      )
    ).rows;
    const indexes = (
      await client.query<{ name: string; table: string; unique: boolean; primary: boolean; method: string; columns: string[]; expressions: boolean }>(
        `SELECT i.relname AS name, t.relname AS table, ix.indisunique AS unique, ix.indisprimary AS primary, am.amname AS method,
                ix.indexprs IS NOT NULL AS expressions,
                array(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns
         FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_class i ON i.oid = ix.indexrelid
         JOIN pg_am am ON am.oid = i.relam JOIN pg_namespace n ON n.oid = t.relnamespace
         WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'`,
      )
    ).rows;
    const foreignKeys = (
      await client.query<{ table: string; ref_table: string; on_delete: string; columns: string[]; ref_columns: string[] }>(
        `SELECT cl.relname AS table, ref.relname AS ref_table, con.confdeltype AS on_delete,
                array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns,
                array(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                      JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS ref_columns
         FROM pg_constraint con JOIN pg_class cl ON cl.oid = con.conrelid JOIN pg_class ref ON ref.oid = con.confrelid
         JOIN pg_namespace n ON n.oid = cl.relnamespace WHERE con.contype = 'f' AND n.nspname = 'public'`,
      )
    ).rows;

    // Enums
    for (const expected of datamodel.enums) {
      const actual = enums.find((row) => row.name === expected.name);
      const values = expected.values.map((value) => value.name);
      if (!actual) problems.push(`enum ${expected.name} is missing`);
      else if (actual.values.join(",") !== values.join(",")) problems.push(`enum ${expected.name} has [${actual.values}] instead of [${values}]`);
    }
    for (const actual of enums) {
      if (!datamodel.enums.some((expected) => expected.name === actual.name)) problems.push(`enum ${actual.name} is not in schema.prisma`);
    }

    const tableOf = new Map(datamodel.models.map((model) => [model.name, model.dbName ?? model.name]));
    const columnOf = (model: TDmmfModel, fieldName: string) => {
      const field = model.fields.find((candidate) => candidate.name === fieldName);
      return field?.dbName ?? fieldName;
    };

    for (const model of datamodel.models) {
      const table = model.dbName ?? model.name;
      if (!tables.has(table)) {
        problems.push(`table ${table} is missing`);
        continue;
      }
      const tableColumns = columns.filter((column) => column.table_name === table);
      const scalarFields = model.fields.filter((field) => field.kind === "scalar" || field.kind === "enum" || field.kind === "unsupported");
      for (const field of scalarFields) {
        const name = field.dbName ?? field.name;
        const column = tableColumns.find((candidate) => candidate.column_name === name);
        if (!column) {
          problems.push(`${table}.${name} is missing`);
          continue;
        }
        const expectedType = expectedColumnType(field);
        const actualType = actualColumnType(column);
        const typeMatches = field.isList
          ? column.data_type === "ARRAY" && (ARRAY_ELEMENT[expectedType] ?? expectedType) === actualType
          : expectedType === actualType;
        if (!typeMatches)
          problems.push(
            `${table}.${name} is ${column.data_type === "ARRAY" ? `${actualType}[]` : actualType}, schema says ${expectedType}${field.isList ? "[]" : ""}`,
          );
        // Prisma creates scalar lists as nullable columns.
        const shouldBeNullable = !field.isRequired || field.isList;
        if ((column.is_nullable === "YES") !== shouldBeNullable) {
          problems.push(
            `${table}.${name} is ${column.is_nullable === "YES" ? "nullable" : "NOT NULL"}, schema says ${shouldBeNullable ? "optional" : "required"}`,
          );
        }
        const defaultName = typeof field.default === "object" && field.default !== null ? (field.default as { name?: string }).name : undefined;
        const expectsDbDefault = field.hasDefaultValue && !(defaultName && CLIENT_SIDE_DEFAULTS.has(defaultName));
        if (expectsDbDefault !== (column.column_default !== null)) {
          problems.push(
            `${table}.${name} ${column.column_default === null ? "has no default" : `has default ${column.column_default}`}, schema ${expectsDbDefault ? "has one" : "has none"}`,
          );
        }
      }
      for (const column of tableColumns) {
        if (!scalarFields.some((field) => (field.dbName ?? field.name) === column.column_name)) {
          problems.push(`${table}.${column.column_name} is not in schema.prisma`);
        }
      }
      // Foreign keys
      for (const field of model.fields.filter((candidate) => candidate.kind === "object" && candidate.relationFromFields?.length)) {
        const from = (field.relationFromFields ?? []).map((name) => columnOf(model, name));
        const target = datamodel.models.find((candidate) => candidate.name === field.type);
        const to = (field.relationToFields ?? []).map((name) => (target ? columnOf(target, name) : name));
        const refTable = tableOf.get(field.type) ?? field.type;
        const onDelete = field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull");
        const fk = foreignKeys.find((candidate) => candidate.table === table && candidate.columns.join(",") === from.join(","));
        if (!fk) problems.push(`foreign key ${table}(${from}) → ${refTable} is missing`);
        else if (fk.ref_table !== refTable || fk.ref_columns.join(",") !== to.join(","))
          problems.push(`foreign key ${table}(${from}) points at ${fk.ref_table}(${fk.ref_columns}), schema says ${refTable}(${to})`);
        else if (ON_DELETE[fk.on_delete] !== onDelete)
          problems.push(`foreign key ${table}(${from}) deletes with ${ON_DELETE[fk.on_delete]}, schema says ${onDelete}`);
      }
      const expectedForeignKeys = model.fields.filter((candidate) => candidate.kind === "object" && candidate.relationFromFields?.length).length;
      const actualForeignKeys = foreignKeys.filter((fk) => fk.table === table).length;
      if (actualForeignKeys > expectedForeignKeys) problems.push(`${table} has ${actualForeignKeys - expectedForeignKeys} foreign key(s) not in schema.prisma`);
    }
    for (const table of tables) {
      if (![...tableOf.values()].includes(table)) problems.push(`table ${table} is not in schema.prisma`);
    }

    // Keys and indexes
    const describe = (kind: string, table: string, cols: string[]) => `${kind} on ${table}(${cols.join(", ")})`;
    const matched = new Set<(typeof indexes)[number]>();
    for (const index of datamodel.indexes) {
      const table = tableOf.get(index.model) ?? index.model;
      const model = datamodel.models.find((candidate) => candidate.name === index.model);
      const cols = index.fields.map((field) => (model ? columnOf(model, field.name) : field.name));
      const found = indexes.find(
        (row) =>
          !matched.has(row) &&
          row.table === table &&
          row.columns.join(",") === cols.join(",") &&
          (index.type === "id" ? row.primary : index.type === "unique" ? row.unique && !row.primary : !row.unique && !row.primary) &&
          (index.type !== "normal" || row.method === (index.algorithm ?? "BTree").toLowerCase()),
      );
      if (!found)
        problems.push(
          `${describe(index.type === "id" ? "primary key" : index.type === "unique" ? "unique index" : `${(index.algorithm ?? "BTree").toLowerCase()} index`, table, cols)} is missing`,
        );
      else matched.add(found);
    }
    for (const name of EXPRESSION_INDEXES) {
      const found = indexes.find((row) => row.expressions && row.name === name);
      if (found) matched.add(found);
      else problems.push(`index on expressions ${name} is missing`);
    }
    for (const row of indexes) {
      if (matched.has(row)) continue;
      problems.push(
        row.expressions
          ? `index on expressions ${row.name} is not listed in lib/db/schema-drift.ts`
          : `${describe(row.primary ? "primary key" : row.unique ? "unique index" : "index", row.table, row.columns)} is not in schema.prisma`,
      );
    }
  } finally {
    await client.end();
  }
  return problems;
}
