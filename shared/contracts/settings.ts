/** What the Settings page reads besides tokens and hooks: GET /access-tokens/settings and /readme. */

import { z } from 'zod/v4';

import { dataOf } from './common';

export const pluginSettings = z.object({
  documentationUrl: z.string().nullable(),
  zapierUrl: z.string().nullable(),
  /** The configured token prefix, `sat_` by default. */
  prefix: z.string(),
  /** The longest a token may live, in days (`maxLifetimeDays`); null when uncapped. */
  maxLifetimeDays: z.number().int().nullable(),
  /** The largest expiry-warning threshold, in days: how soon `expiresSoon` looks ahead. */
  expiresSoonDays: z.number().int(),
  /** The MCP endpoint, for the "Connect an AI agent" set-ups: off (`mcp.enabled: false`), they are not offered. */
  mcp: z.object({
    enabled: z.boolean(),
    /** Its path on the server, under the content API's prefix: `/api/access-tokens/mcp` by default. */
    path: z.string(),
  }),
});
export type PluginSettings = z.infer<typeof pluginSettings>;

export const settingsResponse = dataOf(pluginSettings);
export type SettingsResponse = z.infer<typeof settingsResponse>;

/** The plugin's README, as shipped in its package. */
export interface ReadmeResponse {
  data: { markdown: string };
}
