import { describe, expect, it } from "vitest";
import { matchNetworkColumns, readTechnology, readYesNo, toMbpsText } from "./import-columns";

describe("the columns of a network file", () => {
  it("recognises the fields by their folded names, the unit of a speed included", () => {
    const columns = matchNetworkColumns([
      "Code UAI",
      "Débit descendant (kbit/s)",
      "Débit montant Mbps",
      "Technologie d'accès",
      "Salles d'enseignement",
      "Salles Wi-Fi",
      "Commentaire",
    ]);
    expect([...columns.values()].map((c) => [c.field, c.index, c.mbpsFactor])).toEqual([
      ["uai", 0, 1],
      ["downMbps", 1, 0.001],
      ["upMbps", 2, 1],
      ["accessTechnology", 3, 1],
      ["teachingRooms", 4, 1],
      ["wifiRooms", 5, 1],
    ]);
  });

  it("lets the first column win and ignores a unit on a field that is not a speed", () => {
    const columns = matchNetworkColumns(["UAI", "RNE", "Salles (kbit/s)", "Débit (Gbit/s)"]);
    expect(columns.get("uai")?.index).toBe(0);
    expect(columns.has("teachingRooms")).toBe(false);
    expect(columns.get("downMbps")?.mbpsFactor).toBe(1000);
  });

  it("reads the technologies as operators write them, null when unknown", () => {
    expect(readTechnology("Fibre dédiée")).toBe("FIBRE_FTTO");
    expect(readTechnology("FTTH")).toBe("FIBRE_FTTH");
    expect(readTechnology("VDSL2")).toBe("CUIVRE");
    expect(readTechnology("4G")).toBe("RADIO");
    expect(readTechnology("Satellite")).toBe("SATELLITE");
    expect(readTechnology("")).toBe("");
    expect(readTechnology("pigeon voyageur")).toBeNull();
  });

  it("reads yes and no, and converts speeds to Mbit/s text", () => {
    expect([readYesNo("Oui"), readYesNo("0"), readYesNo(""), readYesNo("peut-être")]).toEqual([
      "oui",
      "non",
      "",
      null,
    ]);
    expect(toMbpsText("20000", 0.001)).toBe("20");
    expect(toMbpsText("1,5", 1000)).toBe("1500");
    expect(toMbpsText("rapide", 0.001)).toBe("rapide");
    expect(toMbpsText("12,5", 1)).toBe("12,5");
  });
});
