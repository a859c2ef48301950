import type { ReactElement } from "react";

/*
 * A page of the App Router called as the router would, in an integration test: whether it opens
 * for the signed-in person or answers not found.
 */

export type Page = (props: {
  params: Promise<Record<string, string>>;
  searchParams: Promise<Record<string, string>>;
}) => Promise<unknown>;

const isNotFound = (error: unknown) => {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.includes(";404");
};

/** Calls a page as the router would; « 404 » when it answers not found, else « ouverte ». */
export async function open(page: Page, params: Record<string, string>, depth = 0) {
  try {
    const element = (await page({
      params: Promise.resolve(params),
      searchParams: Promise.resolve({}),
    })) as ReactElement<Record<string, unknown>>;
    // One level of the body too: a page whose item is out of reach answers there.
    if (depth > 0 && typeof element.type === "function")
      await (element.type as (p: unknown) => Promise<unknown>)(element.props);
    return "ouverte";
  } catch (error) {
    if (isNotFound(error)) return "404";
    throw error;
  }
}
