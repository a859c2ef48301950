import type { CsvRecord } from "@/lib/imports/csv";
import { normaliseSerial } from "@/lib/inventory/schemas";
import type { ImportMapping } from "./fields";
import { createRowReader } from "./read-row";
import {
  writtenFields,
  type EquipmentValues,
  type EtablissementRef,
  type RowValues,
  type WritableField,
} from "./row-values";
import { todayInParisIso } from "@/lib/dates";
import { omit } from "@/lib/objects";

/** Existing equipment of the collectivité, as matched and compared (dates as AAAA-MM-JJ). */
export interface ExistingEquipment extends EquipmentValues {
  id: string;
}

export type RowAction = "create" | "update" | "unchanged";

export interface PlannedCreate {
  line: number;
  values: EquipmentValues;
}

/** An update writes the établissement, the row's category when it has one, and the mapped fields. */
export interface PlannedUpdate {
  line: number;
  id: string;
  values: Partial<Pick<EquipmentValues, WritableField>> & {
    etablissementId: string;
    category: EquipmentValues["category"] | null;
  };
}

export interface EtablissementCounts {
  etablissementId: string;
  uai: string;
  name: string;
  created: number;
  updated: number;
  unchanged: number;
}

/** One of the first rows, as it will be recorded. */
export interface SampleRow {
  line: number;
  action: RowAction;
  uai: string;
  etablissement: string;
  values: EquipmentValues;
}

export interface ImportPlan {
  rowCount: number;
  creates: PlannedCreate[];
  updates: PlannedUpdate[];
  unchanged: number;
  perEtablissement: EtablissementCounts[];
  /** Every problem, in line order: with any, nothing may be written. */
  errors: string[];
  sample: SampleRow[];
  /** Values of the category column that no category matches, each once, as first written. */
  unknownCategories: string[];
  /** The fields updates overwrite. */
  fields: WritableField[];
}

export interface PlanInput {
  header: readonly string[];
  records: readonly CsvRecord[];
  mapping: ImportMapping;
  etablissements: readonly EtablissementRef[];
  existing: readonly ExistingEquipment[];
  now: Date;
}

const SAMPLE_SIZE = 10;

/**
 * Checks every row of a file and decides, in memory, what each one does: create, update (matched
 * on the normalised serial number first, else the inventory number) or nothing. Pure: the
 * caller loads the collectivité's établissements and equipment once and writes the plan.
 */
export function planInventoryImport(input: PlanInput): ImportPlan {
  const { mapping } = input;
  const readRow = createRowReader(
    input.header,
    mapping,
    input.etablissements,
    todayInParisIso(input.now),
  );
  const fields = writtenFields(mapping);
  const bySerial = new Map<string, ExistingEquipment>();
  const byInventory = new Map<string, ExistingEquipment>();
  for (const e of input.existing) {
    const serial = normaliseSerial(e.serialNumber);
    if (serial) bySerial.set(serial, e);
    if (e.inventoryNumber) byInventory.set(e.inventoryNumber, e);
  }
  const serialLine = new Map<string, number>();
  const inventoryLine = new Map<string, number>();
  const targetLine = new Map<string, number>();
  const counts = new Map<string, EtablissementCounts>();
  const plan: ImportPlan = {
    rowCount: input.records.length,
    creates: [],
    updates: [],
    unchanged: 0,
    perEtablissement: [],
    errors: [],
    sample: [],
    unknownCategories: [],
    fields,
  };
  const serialColumn = mapping.columns.serialNumber;
  const inventoryColumn = mapping.columns.inventoryNumber;

  for (const record of input.records) {
    const line = record.line;
    const { values, errors } = readRow(record);
    const serial = values.serialNumber ?? null;
    const inventory = values.inventoryNumber ?? null;
    if (serial) {
      const first = serialLine.get(serial);
      if (first !== undefined)
        errors.push(
          `Ligne ${line}, colonne « ${serialColumn} » : le numéro de série « ${serial} » figure déjà ligne ${first}.`,
        );
      else serialLine.set(serial, line);
    }
    if (inventory) {
      const first = inventoryLine.get(inventory);
      if (first !== undefined)
        errors.push(
          `Ligne ${line}, colonne « ${inventoryColumn} » : le numéro d'inventaire « ${inventory} » figure déjà ligne ${first}.`,
        );
      else inventoryLine.set(inventory, line);
    }
    const matchedBySerial = serial ? bySerial.get(serial) : undefined;
    const matchedByInventory = inventory ? byInventory.get(inventory) : undefined;
    if (matchedBySerial && matchedByInventory && matchedBySerial.id !== matchedByInventory.id) {
      errors.push(
        `Ligne ${line} : le numéro de série « ${serial} » désigne un équipement déjà inventorié et le numéro d'inventaire « ${inventory} » en désigne un autre ; corrigez l'un des deux.`,
      );
    }
    const target = matchedBySerial ?? matchedByInventory;
    if (target) {
      const first = targetLine.get(target.id);
      if (first !== undefined)
        errors.push(
          `Ligne ${line} : cette ligne désigne le même équipement déjà inventorié que la ligne ${first}.`,
        );
      else targetLine.set(target.id, line);
    }
    const category = values.category ?? mapping.defaultCategory;
    if (!target && !category) {
      errors.push(
        mapping.columns.category
          ? `Ligne ${line}, colonne « ${mapping.columns.category} » : catégorie manquante (ou choisissez une catégorie par défaut).`
          : `Ligne ${line} : catégorie manquante ; associez une colonne à la catégorie ou choisissez une catégorie par défaut.`,
      );
    }
    if (errors.length > 0 || !values.etablissement) {
      plan.errors.push(...errors);
      continue;
    }

    const etablissement = values.etablissement;
    let action: RowAction;
    let created: EquipmentValues | null = null;
    let update: PlannedUpdate["values"] | null = null;
    if (!target) {
      action = "create";
      created = newEquipment(values, etablissement.id, category!);
      plan.creates.push({ line, values: created });
    } else {
      update = { etablissementId: etablissement.id, category: values.category };
      for (const field of fields) (update as Record<string, unknown>)[field] = values[field];
      action = isUnchanged(target, update, fields) ? "unchanged" : "update";
      if (action === "update") plan.updates.push({ line, id: target.id, values: update });
      else plan.unchanged += 1;
    }
    let count = counts.get(etablissement.id);
    if (!count) {
      count = {
        etablissementId: etablissement.id,
        uai: etablissement.uai,
        name: etablissement.name,
        created: 0,
        updated: 0,
        unchanged: 0,
      };
      counts.set(etablissement.id, count);
    }
    if (action === "create") count.created += 1;
    else if (action === "update") count.updated += 1;
    else count.unchanged += 1;
    if (plan.sample.length < SAMPLE_SIZE) {
      const shown: EquipmentValues = created ?? {
        ...withoutId(target!),
        ...update!,
        category: update!.category ?? target!.category,
      };
      plan.sample.push({
        line,
        action,
        uai: etablissement.uai,
        etablissement: etablissement.name,
        values: shown,
      });
    }
  }
  plan.perEtablissement = [...counts.values()].sort((a, b) => a.uai.localeCompare(b.uai));
  plan.unknownCategories = [...readRow.unknownCategories.values()];
  return plan;
}

function newEquipment(
  values: RowValues,
  etablissementId: string,
  category: EquipmentValues["category"],
): EquipmentValues {
  return {
    etablissementId,
    category,
    manufacturer: values.manufacturer ?? null,
    model: values.model ?? null,
    serialNumber: values.serialNumber ?? null,
    inventoryNumber: values.inventoryNumber ?? null,
    acquiredOn: values.acquiredOn ?? null,
    warrantyEndsOn: values.warrantyEndsOn ?? null,
    status: values.status ?? "EN_SERVICE",
    location: values.location ?? null,
    usage: values.usage ?? "PEDAGOGIQUE",
    fundingSource: values.fundingSource ?? null,
    purchaseCostCents: values.purchaseCostCents ?? null,
  };
}

function withoutId(existing: ExistingEquipment): EquipmentValues {
  return omit(existing, "id");
}

/** Every field the row writes already holds its value (a row without a category keeps the current one). */
function isUnchanged(
  before: ExistingEquipment,
  update: PlannedUpdate["values"],
  fields: readonly WritableField[],
): boolean {
  if (
    before.etablissementId !== update.etablissementId ||
    (update.category !== null && before.category !== update.category)
  )
    return false;
  for (const f of fields) if ((before[f] ?? null) !== (update[f] ?? null)) return false;
  return true;
}
