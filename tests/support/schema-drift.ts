import { readFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';

/**
 * Compares a migrated database with schema.prisma as Prisma itself parsed it (the DMMF snapshot
 * written by prisma/dmmf-snapshot.mjs at generate time). Returns one line per difference: tables,
 * columns, types, nullability, defaults, enums, primary keys, unique constraints, indexes and
 * foreign keys. CHECK constraints, which schema.prisma cannot express, are not compared.
 */

type Field = {
  name: string;
  dbName?: string | null;
  kind: 'scalar' | 'enum' | 'object';
  type: string;
  isList: boolean;
  isRequired: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
  /** the database type of an `Unsupported("…")` field, which the DMMF leaves out */
  unsupported?: string;
};
type Model = { name: string; dbName: string | null; fields: Field[] };
type Enum = { name: string; dbName?: string | null; values: Array<{ name: string; dbName: string | null }> };
type Index = {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  dbName?: string | null;
  fields: Array<{ name: string; sortOrder?: 'asc' | 'desc' }>;
};
type Datamodel = { models: Model[]; enums: Enum[]; indexes: Index[] };

export type SchemaShape = {
  tables: Map<string, Map<string, { type: string; nullable: boolean; default: string | null }>>;
  enums: Map<string, string[]>;
  indexes: Set<string>;
  foreignKeys: Set<string>;
};

export function readDatamodel(root: string): Datamodel {
  const file = path.join(root, 'lib', 'db', 'generated', 'dmmf.json');
  const datamodel = (JSON.parse(readFileSync(file, 'utf8')) as { datamodel: Datamodel }).datamodel;
  // Prisma's DMMF omits Unsupported("…") fields (e.g. a tsvector): read them from the schema text.
  const schema = readFileSync(path.join(root, 'prisma', 'schema.prisma'), 'utf8');
  for (const block of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const model = datamodel.models.find((m) => m.name === block[1]);
    for (const field of block[2]!.matchAll(/^\s+(\w+)\s+Unsupported\("([^"]+)"\)(\?)?(.*)$/gm))
      model?.fields.push({
        name: field[1]!,
        dbName: /@map\("([^"]+)"\)/.exec(field[4]!)?.[1] ?? null,
        kind: 'scalar',
        type: 'Unsupported',
        isList: false,
        isRequired: field[3] !== '?',
        hasDefaultValue: false,
        unsupported: field[2]!,
      });
  }
  return datamodel;
}

const scalarTypes: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Float: 'double precision',
  Decimal: 'numeric(65,30)',
  Boolean: 'boolean',
  DateTime: 'timestamp(3) without time zone',
  Json: 'jsonb',
  Bytes: 'bytea',
};

function nativeTypeSql([name, args]: [string, string[]]): string {
  const a = args.join(',');
  switch (name) {
    case 'Timestamptz':
      return `timestamp(${a || 6}) with time zone`;
    case 'Timestamp':
      return `timestamp(${a || 6}) without time zone`;
    case 'Date':
      return 'date';
    case 'Char':
      return `character(${a})`;
    case 'VarChar':
      return a ? `character varying(${a})` : 'character varying';
    case 'Decimal':
      return `numeric(${a})`;
    case 'Text':
      return 'text';
    case 'Uuid':
      return 'uuid';
    default:
      throw new Error(`schema-drift: native type @db.${name} is not mapped yet; add it here`);
  }
}

export function expectedShape(dm: Datamodel): SchemaShape {
  const enumDb = new Map(dm.enums.map((e) => [e.name, e]));
  const tableOf = new Map(dm.models.map((m) => [m.name, m.dbName ?? m.name]));
  const column = (model: Model, field: string) => {
    const f = model.fields.find((x) => x.name === field);
    if (!f) throw new Error(`schema-drift: ${model.name}.${field} not found`);
    return f.dbName ?? f.name;
  };
  const shape: SchemaShape = {
    tables: new Map(),
    enums: new Map(),
    indexes: new Set(),
    foreignKeys: new Set(),
  };

  for (const e of dm.enums)
    shape.enums.set(
      e.dbName ?? e.name,
      e.values.map((v) => v.dbName ?? v.name),
    );

  for (const model of dm.models) {
    const table = tableOf.get(model.name) as string;
    const columns = new Map<string, { type: string; nullable: boolean; default: string | null }>();
    for (const f of model.fields) {
      if (f.kind === 'object') {
        if (f.relationFromFields && f.relationFromFields.length > 0) {
          const target = dm.models.find((m) => m.name === f.type) as Model;
          const cols = f.relationFromFields.map((c) => column(model, c));
          const refs = (f.relationToFields ?? []).map((c) => column(target, c));
          const onDelete = f.relationOnDelete ?? (f.isRequired ? 'Restrict' : 'SetNull');
          const onUpdate = f.relationOnUpdate ?? 'Cascade';
          shape.foreignKeys.add(
            `${table}.${table}_${cols.join('_')}_fkey(${cols.join(',')}) -> ${tableOf.get(f.type)}(${refs.join(',')}) on delete ${onDelete} on update ${onUpdate}`,
          );
        }
        continue;
      }
      let type: string;
      if (f.kind === 'enum') type = enumDb.get(f.type)?.dbName ?? f.type;
      else if (f.unsupported) type = f.unsupported;
      else if (f.nativeType) type = nativeTypeSql(f.nativeType);
      else type = scalarTypes[f.type] ?? `unmapped ${f.type}`;
      if (f.isList) type += '[]';
      columns.set(f.dbName ?? f.name, {
        type,
        // Prisma creates scalar-list columns without NOT NULL.
        nullable: !f.isRequired || f.isList,
        default: expectedDefault(f, enumDb.get(f.type)),
      });
    }
    shape.tables.set(table, columns);
  }

  for (const index of dm.indexes) {
    const model = dm.models.find((m) => m.name === index.model) as Model;
    const table = tableOf.get(model.name) as string;
    const cols = index.fields.map((f) => column(model, f.name));
    const suffix = index.type === 'id' ? 'pkey' : index.type === 'unique' ? 'key' : 'idx';
    const name =
      index.dbName ?? (index.type === 'id' ? `${table}_pkey` : `${table}_${cols.join('_')}_${suffix}`);
    const kind = index.type === 'id' ? 'primary' : index.type === 'unique' ? 'unique' : 'index';
    const parts = index.fields.map((f, i) => `${cols[i]}${f.sortOrder === 'desc' ? ' desc' : ''}`);
    shape.indexes.add(`${table}.${name} ${kind}(${parts.join(',')})`);
  }
  return shape;
}

function expectedDefault(f: Field, enumDef: Enum | undefined): string | null {
  if (!f.hasDefaultValue) return null;
  const value = f.default;
  if (value && typeof value === 'object' && 'name' in value) {
    const fn = (value as { name: string }).name;
    if (fn === 'autoincrement') return 'nextval';
    if (fn === 'now') return 'CURRENT_TIMESTAMP';
    if (fn === 'cuid' || fn === 'uuid' || fn === 'nanoid') return null; // made by the client
    if (fn === 'dbgenerated') return `dbgenerated`;
    return `unmapped ${fn}()`;
  }
  if (f.kind === 'enum' && enumDef) {
    const v = enumDef.values.find((x) => x.name === value);
    return `'${v?.dbName ?? String(value)}'::${enumDef.dbName ?? enumDef.name}`;
  }
  if (typeof value === 'string') return `'${value}'::text`;
  return String(value);
}

const actions: Record<string, string> = {
  a: 'NoAction',
  r: 'Restrict',
  c: 'Cascade',
  n: 'SetNull',
  d: 'SetDefault',
};

export async function actualShape(client: pg.Client): Promise<SchemaShape> {
  const shape: SchemaShape = {
    tables: new Map(),
    enums: new Map(),
    indexes: new Set(),
    foreignKeys: new Set(),
  };
  const columns = await client.query<{
    table: string;
    column: string;
    type: string;
    nullable: boolean;
    default: string | null;
  }>(`
    SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
           NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS default
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'
    ORDER BY c.relname, a.attnum`);
  for (const row of columns.rows) {
    const table = shape.tables.get(row.table) ?? new Map();
    const normalizedDefault = row.default?.startsWith('nextval(') ? 'nextval' : row.default;
    table.set(row.column, {
      type: row.type.replaceAll('"', ''),
      nullable: row.nullable,
      default: normalizedDefault,
    });
    shape.tables.set(row.table, table);
  }
  const enums = await client.query<{ name: string; values: string[] }>(`
    SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
    JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = 'public'
    GROUP BY t.typname`);
  for (const row of enums.rows) shape.enums.set(row.name, row.values);

  const indexes = await client.query<{
    table: string;
    name: string;
    primary: boolean;
    unique: boolean;
    columns: string[];
  }>(`
    SELECT t.relname AS table, i.relname AS name, x.indisprimary AS primary, x.indisunique AS unique,
           array(SELECT pg_get_indexdef(x.indexrelid, k, true)
                        || CASE WHEN (x.indoption[k - 1] & 1) = 1 THEN ' desc' ELSE '' END
                 FROM generate_series(1, x.indnatts) AS k ORDER BY k)::text[] AS columns
    FROM pg_index x
    JOIN pg_class i ON i.oid = x.indexrelid
    JOIN pg_class t ON t.oid = x.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
    WHERE t.relname <> '_prisma_migrations'`);
  for (const row of indexes.rows) {
    const kind = row.primary ? 'primary' : row.unique ? 'unique' : 'index';
    shape.indexes.add(
      `${row.table}.${row.name} ${kind}(${row.columns.map((c) => c.replaceAll('"', '')).join(',')})`,
    );
  }

  const fks = await client.query<{
    table: string;
    name: string;
    columns: string[];
    ref: string;
    refColumns: string[];
    del: string;
    upd: string;
  }>(`
    SELECT t.relname AS table, c.conname AS name, r.relname AS ref, c.confdeltype AS del, c.confupdtype AS upd,
           array(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, o)
                 JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.o)::text[] AS columns,
           array(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(n, o)
                 JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.o)::text[] AS "refColumns"
    FROM pg_constraint c
    JOIN pg_class t ON t.oid = c.conrelid
    JOIN pg_class r ON r.oid = c.confrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
    WHERE c.contype = 'f'`);
  for (const row of fks.rows) {
    shape.foreignKeys.add(
      `${row.table}.${row.name}(${row.columns.join(',')}) -> ${row.ref}(${row.refColumns.join(',')}) on delete ${actions[row.del]} on update ${actions[row.upd]}`,
    );
  }
  return shape;
}

/** Every difference between the schema and the database, as readable lines; empty when they match. */
export function compareShapes(expected: SchemaShape, actual: SchemaShape): string[] {
  const problems: string[] = [];
  for (const [table, columns] of expected.tables) {
    const real = actual.tables.get(table);
    if (!real) {
      problems.push(`table ${table} is in schema.prisma but not in the database`);
      continue;
    }
    for (const [name, want] of columns) {
      const got = real.get(name);
      if (!got) problems.push(`column ${table}.${name} is missing from the database`);
      else {
        if (got.type !== want.type)
          problems.push(
            `column ${table}.${name}: type ${got.type} in the database, ${want.type} in schema.prisma`,
          );
        if (got.nullable !== want.nullable)
          problems.push(
            `column ${table}.${name}: ${got.nullable ? 'nullable' : 'NOT NULL'} in the database, ${want.nullable ? 'nullable' : 'NOT NULL'} in schema.prisma`,
          );
        if (got.default !== want.default)
          problems.push(
            `column ${table}.${name}: default ${got.default ?? 'none'} in the database, ${want.default ?? 'none'} in schema.prisma`,
          );
      }
    }
    for (const name of real.keys())
      if (!columns.has(name))
        problems.push(`column ${table}.${name} is in the database but not in schema.prisma`);
  }
  for (const table of actual.tables.keys())
    if (!expected.tables.has(table))
      problems.push(`table ${table} is in the database but not in schema.prisma`);
  for (const [name, values] of expected.enums) {
    const got = actual.enums.get(name);
    if (!got) problems.push(`enum ${name} is missing from the database`);
    else if (got.join(',') !== values.join(','))
      problems.push(
        `enum ${name}: (${got.join(', ')}) in the database, (${values.join(', ')}) in schema.prisma`,
      );
  }
  for (const name of actual.enums.keys())
    if (!expected.enums.has(name)) problems.push(`enum ${name} is in the database but not in schema.prisma`);
  for (const [label, want, got] of [
    ['index', expected.indexes, actual.indexes],
    ['foreign key', expected.foreignKeys, actual.foreignKeys],
  ] as const) {
    for (const item of want) if (!got.has(item)) problems.push(`${label} missing from the database: ${item}`);
    for (const item of got) if (!want.has(item)) problems.push(`${label} not in schema.prisma: ${item}`);
  }
  return problems;
}
