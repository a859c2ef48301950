// Small scanners for machine-written, flat XML (the parts of an OOXML package): tags, attributes, entities.

/** A namespace prefix, optional: `x:` in `<x:sheet>`. */
export const NAMESPACE_PREFIX = "(?:[A-Za-z_][\\w.-]*:)?";

/** Opening (or empty) tags named `name`, any namespace prefix; group 1 is the attribute text. */
export function tagPattern(name: string): RegExp {
  return new RegExp(`<${NAMESPACE_PREFIX}${name}(?=[\\s/>])([^>]*)>`, "g");
}

export function firstTag(xml: string, name: string): string | undefined {
  return new RegExp(tagPattern(name).source).exec(xml)?.[1];
}

/** The content of the first `<name>…</name>` element, or undefined. */
export function section(xml: string, name: string): string | undefined {
  return new RegExp(`<(${NAMESPACE_PREFIX}${name})(?=[\\s>])[^>]*>([\\s\\S]*?)</\\1>`).exec(xml)?.[2];
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function attributesOf(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(ATTRIBUTE)) attributes[match[1]!] = decodeXml(match[2] ?? match[3] ?? "");
  return attributes;
}

const ENTITY = /&(#x[0-9A-Fa-f]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, entity: string) => {
    if (entity[0] !== "#") return NAMED[entity] ?? whole;
    const code = entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
