/** What the Settings page reads besides tokens and hooks: GET /access-tokens/settings and /readme. */

export interface PluginSettings {
  documentationUrl: string | null;
  zapierUrl: string | null;
  /** The configured token prefix, `sat_` by default. */
  prefix: string;
  /** The longest a token may live, in days (`maxLifetimeDays`); null when uncapped. */
  maxLifetimeDays: number | null;
  /** The largest expiry-warning threshold, in days: how soon `expiresSoon` looks ahead. */
  expiresSoonDays: number;
}

export interface SettingsResponse {
  data: PluginSettings;
}

/** The plugin's README, as shipped in its package. */
export interface ReadmeResponse {
  data: { markdown: string };
}
