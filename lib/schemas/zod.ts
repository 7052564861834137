// zod with its built-in messages in Indonesian. Every schema module and lib/action.ts import z from
// here, so a schema that lacks a custom message still never shows an English one to a user
// (zod's config is process-wide; importing this module once is enough, importing it everywhere
// makes it impossible to forget).
import { z } from "zod";

z.config(z.locales.id());

export { z };
