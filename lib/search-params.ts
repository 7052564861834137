import { z } from "zod";

const listParams = z.object({
  q: z.string().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** Query-string parameters of list pages; anything malformed falls back to the default. */
export function parseListParams(params: Record<string, string | string[] | undefined>) {
  return listParams.parse({ q: first(params.q) ?? "", page: first(params.page) ?? 1 });
}

/** A filter parameter restricted to known values; anything else means "all". */
export function parseFilter<T extends string>(params: Record<string, string | string[] | undefined>, name: string, allowed: readonly T[]): T | "" {
  const value = first(params[name]);
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : "";
}

function first(value: string | string[] | undefined) {
  return Array.isArray(value) ? value[0] : value;
}

/** Rows of a 1-based page for a Prisma findMany. */
export function pageWindow(page: number, pageSize: number) {
  return { skip: (Math.max(1, page) - 1) * pageSize, take: pageSize };
}

/** Links to the other pages of a list, keeping its search and filters in the URL. */
export function pageHref(path: string, params: Record<string, string>) {
  return (page: number) => `${path}?${new URLSearchParams({ ...params, page: String(page) })}`;
}
