import type { EquipmentCategory } from "@/lib/generated/prisma/enums";

// The equipment the demo inventories are made of: real models of the manufacturers schools buy from,
// with the years they were sold and a plausible unit price.

// ─── Catalogue: [manufacturer, model, first year sold, last year sold, unit price in euros] ───

export type DemoModel = readonly [string, string, number, number, number];
export const DEMO_CATALOGUE = {
  poste: [
    ["Dell", "OptiPlex 3050 Micro", 2016, 2018, 690],
    ["Dell", "OptiPlex 3070 Micro", 2019, 2020, 720],
    ["Dell", "OptiPlex 3090 Micro", 2021, 2022, 760],
    ["Dell", "OptiPlex 7010 Micro", 2023, 2024, 820],
    ["Dell", "OptiPlex Micro 7020", 2024, 2026, 860],
    ["HP", "ProDesk 400 G4 SFF", 2016, 2018, 680],
    ["HP", "ProDesk 400 G6 SFF", 2019, 2020, 710],
    ["HP", "ProDesk 400 G7 SFF", 2021, 2022, 750],
    ["HP", "ProDesk 400 G9 SFF", 2022, 2024, 800],
    ["HP", "Pro Mini 400 G9", 2024, 2026, 830],
    ["Lenovo", "ThinkCentre M710q", 2016, 2018, 670],
    ["Lenovo", "ThinkCentre M720q", 2018, 2020, 700],
    ["Lenovo", "ThinkCentre M70q Gen 2", 2021, 2022, 740],
    ["Lenovo", "ThinkCentre M70q Gen 4", 2023, 2024, 790],
    ["Lenovo", "ThinkCentre M70q Gen 5", 2025, 2026, 840],
  ],
  portable: [
    ["Lenovo", "ThinkPad L470", 2016, 2017, 820],
    ["Lenovo", "ThinkPad L480", 2018, 2019, 840],
    ["Lenovo", "ThinkPad L14 Gen 2", 2020, 2022, 880],
    ["Lenovo", "ThinkPad L14 Gen 4", 2023, 2024, 920],
    ["Lenovo", "ThinkPad L14 Gen 5", 2025, 2026, 950],
    ["Dell", "Latitude 3480", 2016, 2018, 800],
    ["Dell", "Latitude 3510", 2019, 2021, 830],
    ["Dell", "Latitude 3540", 2022, 2024, 880],
    ["Dell", "Latitude 3550", 2025, 2026, 910],
    ["HP", "ProBook 450 G5", 2016, 2018, 790],
    ["HP", "ProBook 450 G7", 2019, 2020, 820],
    ["HP", "ProBook 450 G9", 2021, 2023, 870],
    ["HP", "ProBook 450 G10", 2023, 2026, 900],
  ],
  ultraportable: [
    ["Lenovo", "ThinkPad 11e Gen 5", 2017, 2020, 560],
    ["Lenovo", "ThinkPad 13 Gen 2", 2016, 2018, 640],
    ["Dell", "Latitude 3190 2-en-1", 2018, 2020, 580],
    ["Dell", "Latitude 3120", 2021, 2023, 600],
    ["Dell", "Latitude 3140", 2023, 2026, 640],
    ["HP", "ProBook x360 11 G5 EE", 2019, 2022, 590],
    ["HP", "Pro x360 Fortis 11 G11", 2023, 2026, 650],
  ],
  tablette: [
    ["Apple", "iPad (5e génération)", 2016, 2017, 390],
    ["Apple", "iPad (6e génération)", 2018, 2019, 380],
    ["Apple", "iPad (7e génération)", 2019, 2020, 380],
    ["Apple", "iPad (9e génération)", 2021, 2023, 390],
    ["Apple", "iPad (10e génération)", 2023, 2026, 450],
    ["Samsung", "Galaxy Tab A 10.1", 2016, 2019, 260],
    ["Samsung", "Galaxy Tab S6 Lite", 2020, 2023, 330],
    ["Samsung", "Galaxy Tab A8", 2022, 2024, 270],
    ["Samsung", "Galaxy Tab Active5", 2024, 2026, 480],
  ],
  chariot: [
    ["LocknCharge", "Carrier 30", 2016, 2026, 1650],
    ["LocknCharge", "Carrier 15", 2016, 2026, 1100],
    ["Erard", "Chariot de charge 32 postes", 2016, 2026, 1450],
    ["Kindermann", "Chariot de rechargement 16+1", 2016, 2026, 1250],
    ["Bretford", "CUBE Cart 30", 2018, 2026, 1900],
  ],
  tni: [
    ["SMART Technologies", "SMART Board M680", 2016, 2019, 2300],
    ["SMART Technologies", "SMART Board M686", 2018, 2020, 2600],
    ["Promethean", "ActivBoard Touch 88", 2016, 2019, 2400],
    ["Speechi", "SpeechiTouch TBI 80 pouces", 2016, 2019, 2100],
  ],
  vpi: [
    ["Epson", "EB-680Wi", 2016, 2018, 1600],
    ["Epson", "EB-695Wi", 2018, 2020, 1750],
    ["Epson", "EB-725Wi", 2020, 2022, 1850],
    ["Epson", "EB-735Fi", 2021, 2023, 2100],
    ["Epson", "EB-760Wi", 2022, 2025, 1950],
    ["Epson", "EB-770Fi", 2023, 2026, 2300],
  ],
  eni: [
    ["Promethean", "ActivPanel Titanium 75 pouces", 2019, 2022, 3300],
    ["Promethean", "ActivPanel 9 75 pouces", 2022, 2026, 3400],
    ["Promethean", "ActivPanel 9 Premium 86 pouces", 2022, 2026, 4600],
    ["Speechi", "SpeechiTouch 75 pouces Pro", 2019, 2026, 2900],
    ["Speechi", "SpeechiTouch 86 pouces Pro", 2020, 2026, 3900],
    ["SMART Technologies", "SMART Board MX275 V3", 2020, 2024, 3600],
  ],
  videoprojecteur: [
    ["Epson", "EB-S41", 2016, 2018, 450],
    ["Epson", "EB-W49", 2018, 2021, 560],
    ["Epson", "EB-W51", 2020, 2023, 620],
    ["Epson", "EB-FH52", 2021, 2026, 760],
    ["BenQ", "MW560", 2016, 2020, 520],
    ["BenQ", "MH560", 2020, 2024, 640],
    ["Optoma", "W400LVe", 2018, 2022, 590],
  ],
  imprimante: [
    ["HP", "LaserJet Pro M402dn", 2016, 2018, 260],
    ["HP", "LaserJet Pro M404dn", 2018, 2021, 280],
    ["HP", "LaserJet Pro 4002dn", 2022, 2026, 310],
    ["HP", "Color LaserJet Pro M454dn", 2019, 2022, 460],
    ["HP", "Color LaserJet Pro MFP 4302fdw", 2022, 2026, 590],
    ["Brother", "HL-L5100DN", 2016, 2019, 240],
    ["Brother", "MFC-L8690CDW", 2018, 2022, 520],
    ["Brother", "HL-L6210DW", 2023, 2026, 330],
  ],
  imprimante3d: [
    ["Ultimaker", "Ultimaker 2+", 2016, 2018, 2300],
    ["Ultimaker", "Ultimaker 3", 2017, 2019, 3400],
    ["Ultimaker", "Ultimaker S3", 2019, 2026, 4200],
    ["Ultimaker", "Ultimaker S5", 2020, 2026, 6200],
  ],
  serveur: [
    ["Dell", "PowerEdge T330", 2016, 2018, 3200],
    ["Dell", "PowerEdge T340", 2019, 2021, 3500],
    ["Dell", "PowerEdge T350", 2021, 2023, 3900],
    ["Dell", "PowerEdge T360", 2024, 2026, 4300],
    ["Dell", "PowerEdge R250", 2022, 2024, 3300],
    ["Dell", "PowerEdge R260", 2024, 2026, 3600],
  ],
  borne: [
    ["Aruba", "AP-205", 2016, 2017, 330],
    ["Aruba", "AP-303", 2018, 2020, 360],
    ["Aruba", "AP-505", 2020, 2022, 420],
    ["Aruba", "AP-515", 2020, 2023, 560],
    ["Aruba", "AP-615", 2023, 2026, 520],
    ["Aruba", "Instant On AP22", 2021, 2026, 260],
  ],
  commutateur: [
    ["Aruba", "2530-48G-PoE+", 2016, 2018, 1300],
    ["Aruba", "2930F 24G PoE+ 4SFP", 2018, 2022, 1500],
    ["Aruba", "2930F 48G PoE+ 4SFP", 2018, 2022, 2100],
    ["Aruba", "CX 6100 48G Class4 PoE 4SFP+", 2021, 2026, 1900],
    ["Aruba", "CX 6200F 24G Class4 PoE 4SFP", 2022, 2026, 1800],
  ],
  coeur: [
    ["HPE", "5130 EI 24G 4SFP+", 2016, 2018, 2400],
    ["Aruba", "2930M 24G 1-slot", 2018, 2022, 3800],
    ["Aruba", "CX 6300M 24SFP+", 2021, 2026, 5200],
  ],
  telephone: [
    ["Alcatel-Lucent", "8028s Premium DeskPhone", 2016, 2020, 190],
    ["Cisco", "IP Phone 7821", 2016, 2019, 160],
    ["Yealink", "SIP-T46S", 2017, 2021, 150],
    ["Yealink", "SIP-T46U", 2021, 2024, 170],
    ["Yealink", "SIP-T54W", 2020, 2026, 210],
  ],
  rechange: [
    ["Dell", "Écran P2419H", 2018, 2021, 170],
    ["Dell", "Écran P2422H", 2021, 2024, 180],
    ["Dell", "Écran P2425H", 2024, 2026, 190],
    ["HP", "Écran E24 G4", 2020, 2023, 175],
    ["Lenovo", "Bloc d'alimentation USB-C 65 W", 2019, 2026, 45],
    ["Epson", "Lampe ELPLP96", 2018, 2023, 110],
  ],
} satisfies Record<string, readonly DemoModel[]>;
export type DemoKind = keyof typeof DEMO_CATALOGUE;

/** Serial prefixes in the manufacturers' styles; a prefix plus the fixed-length core keeps serials unique. */
const SERIAL_PREFIX: Record<string, string> = {
  Dell: "",
  HP: "5CG",
  Lenovo: "PF",
  Apple: "DMP",
  Samsung: "R52",
  LocknCharge: "LNC",
  Erard: "ER",
  Kindermann: "KD",
  Bretford: "BF",
  "SMART Technologies": "SBM",
  Promethean: "PRM",
  Speechi: "SPT",
  Epson: "X4",
  BenQ: "PD",
  Optoma: "Q8",
  Brother: "E7",
  Ultimaker: "UM",
  Aruba: "CN",
  HPE: "CN8",
  "Alcatel-Lucent": "ALC",
  Cisco: "FCH",
  Yealink: "YL",
};

export const DEMO_CATEGORY_OF: Record<DemoKind, EquipmentCategory> = {
  poste: "POSTE_FIXE",
  portable: "PORTABLE",
  ultraportable: "ULTRAPORTABLE",
  tablette: "TABLETTE",
  chariot: "CLASSE_MOBILE",
  tni: "TNI_TBI",
  vpi: "VPI",
  eni: "ENI",
  videoprojecteur: "VIDEOPROJECTEUR",
  imprimante: "IMPRIMANTE",
  imprimante3d: "IMPRIMANTE",
  serveur: "SERVEUR",
  borne: "BORNE_WIFI",
  commutateur: "COMMUTATEUR",
  coeur: "COMMUTATEUR",
  telephone: "TELEPHONIE_IP",
  rechange: "RECHANGE",
};

const SERIAL_SPACE = 36 ** 8;
const BASE36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** A model sold in `year`, or the nearest in time, picked at random among equals. */
export function pickDemoModel(
  rng: { pick: <T>(items: readonly T[]) => T },
  models: readonly DemoModel[],
  year: number,
): DemoModel {
  const distance = (m: DemoModel) => (year < m[2] ? m[2] - year : year > m[3] ? year - m[3] : 0);
  const best = Math.min(...models.map(distance));
  return rng.pick(models.filter((m) => distance(m) === best));
}

/** A serial in a manufacturer's style whose core is a bijection of (UAI, row index): unique across collèges. */
export function demoSerialOf(manufacturer: string, uai: string, index: number): string {
  // key < 10^11 and the multiplier is prime to 36, so the product stays exact and the map one-to-one.
  const key = Number(uai.slice(0, 7)) * 10_000 + index;
  let value = (key * 77_777 + 12_345) % SERIAL_SPACE;
  let serial = "";
  for (let i = 0; i < 8; i += 1) {
    serial = BASE36[value % 36]! + serial;
    value = Math.floor(value / 36);
  }
  return (SERIAL_PREFIX[manufacturer] ?? "") + serial;
}
