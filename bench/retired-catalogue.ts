import type { DemoKind, DemoModel } from "@/prisma/seed/demo-equipment-catalogue";

/**
 * Models schools bought before the demo catalogue's first year (2016), for the réformé generations
 * of the benchmark registers: [manufacturer, model, first year sold, last year sold, unit price €].
 * Merged with the demo catalogue, the nearest model in time wins, so a 2012 purchase is a 2012 model.
 */
export const RETIRED_CATALOGUE: Partial<Record<DemoKind, readonly DemoModel[]>> = {
  poste: [
    ["Dell", "OptiPlex 780", 2009, 2011, 640],
    ["Dell", "OptiPlex 790", 2011, 2012, 650],
    ["Dell", "OptiPlex 3020 SFF", 2013, 2015, 620],
    ["HP", "Compaq 6000 Pro", 2009, 2011, 630],
    ["HP", "Compaq Elite 8300", 2012, 2013, 700],
    ["HP", "ProDesk 400 G1", 2013, 2015, 640],
    ["Lenovo", "ThinkCentre M58", 2009, 2010, 610],
    ["Lenovo", "ThinkCentre M72e", 2012, 2013, 620],
    ["Lenovo", "ThinkCentre M73", 2014, 2015, 630],
  ],
  portable: [
    ["Dell", "Latitude E5510", 2010, 2011, 850],
    ["Dell", "Latitude E5530", 2012, 2013, 840],
    ["Dell", "Latitude E5550", 2015, 2015, 860],
    ["HP", "ProBook 4530s", 2011, 2012, 780],
    ["HP", "ProBook 450 G1", 2013, 2014, 760],
    ["HP", "ProBook 450 G3", 2015, 2015, 790],
    ["Lenovo", "ThinkPad L420", 2011, 2012, 800],
    ["Lenovo", "ThinkPad L440", 2013, 2014, 810],
    ["Lenovo", "ThinkPad L450", 2015, 2015, 820],
  ],
  ultraportable: [
    ["Lenovo", "ThinkPad Edge 11", 2011, 2012, 520],
    ["Lenovo", "ThinkPad 11e", 2013, 2015, 540],
    ["Dell", "Latitude 3150", 2015, 2015, 560],
    ["HP", "ProBook 11 EE G1", 2014, 2015, 550],
  ],
  tablette: [
    ["Apple", "iPad 2", 2011, 2013, 420],
    ["Apple", "iPad Air", 2013, 2014, 430],
    ["Apple", "iPad Air 2", 2014, 2015, 440],
    ["Samsung", "Galaxy Tab 3 10.1", 2013, 2014, 300],
    ["Samsung", "Galaxy Tab 4 10.1", 2014, 2015, 290],
  ],
  chariot: [
    ["Erard", "Chariot de charge 16 postes", 2010, 2015, 1300],
    ["LocknCharge", "Carrier 20", 2012, 2015, 1400],
  ],
  tni: [
    ["Promethean", "ActivBoard 300 Pro", 2010, 2014, 2200],
    ["SMART Technologies", "SMART Board SB680", 2009, 2014, 2100],
    ["Speechi", "Tableau blanc interactif 78 pouces", 2010, 2015, 1900],
  ],
  vpi: [
    ["Epson", "EB-455Wi", 2010, 2012, 1500],
    ["Epson", "EB-475Wi", 2012, 2014, 1550],
    ["Epson", "EB-595Wi", 2015, 2015, 1650],
  ],
  videoprojecteur: [
    ["Epson", "EB-X12", 2011, 2013, 480],
    ["Epson", "EB-X24", 2013, 2015, 520],
    ["BenQ", "MX505", 2013, 2015, 450],
    ["Optoma", "DX327", 2010, 2012, 470],
  ],
  imprimante: [
    ["HP", "LaserJet P2055dn", 2009, 2012, 290],
    ["HP", "LaserJet Pro 400 M401dn", 2012, 2015, 280],
    ["Brother", "HL-5450DN", 2012, 2015, 250],
    ["HP", "Color LaserJet CP2025dn", 2009, 2012, 480],
  ],
  serveur: [
    ["Dell", "PowerEdge T310", 2010, 2012, 3100],
    ["Dell", "PowerEdge T320", 2012, 2015, 3300],
    ["HP", "ProLiant ML310e Gen8", 2012, 2015, 3000],
  ],
  borne: [
    ["Cisco", "Aironet 1142", 2009, 2012, 450],
    ["HPE", "MSM430", 2011, 2014, 480],
    ["Aruba", "AP-105", 2012, 2015, 390],
  ],
  commutateur: [
    ["HP", "ProCurve 2510-24", 2008, 2012, 900],
    ["HP", "2530-24G", 2013, 2015, 1100],
    ["Cisco", "Catalyst 2960-24TT", 2009, 2013, 1000],
  ],
  telephone: [
    ["Alcatel-Lucent", "4028 IP Touch", 2008, 2013, 210],
    ["Cisco", "IP Phone 7911G", 2008, 2012, 180],
  ],
};
