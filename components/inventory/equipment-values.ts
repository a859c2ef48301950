// Not a client module: server pages build these values for the client form.

/** Field values as the form shows them (strings; dates `AAAA-MM-JJ`, cost in euros). */
export interface EquipmentFormValues {
  id?: string;
  uai: string;
  category: string;
  manufacturer: string;
  model: string;
  serialNumber: string;
  inventoryNumber: string;
  acquiredOn: string;
  warrantyEndsOn: string;
  status: string;
  location: string;
  usage: string;
  fundingSource: string;
  purchaseCost: string;
}

export const EMPTY_EQUIPMENT: EquipmentFormValues = {
  uai: "",
  category: "",
  manufacturer: "",
  model: "",
  serialNumber: "",
  inventoryNumber: "",
  acquiredOn: "",
  warrantyEndsOn: "",
  status: "EN_SERVICE",
  location: "",
  usage: "PEDAGOGIQUE",
  fundingSource: "COLLECTIVITE",
  purchaseCost: "",
};
