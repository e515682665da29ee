/** What the Settings page reads besides tokens and hooks: GET /access-tokens/settings and /readme. */

export interface PluginSettings {
  documentationUrl: string | null;
  zapierUrl: string | null;
  /** The configured token prefix, `sat_` by default. */
  prefix: string;
}

export interface SettingsResponse {
  data: PluginSettings;
}

/** The plugin's README, as shipped in its package. */
export interface ReadmeResponse {
  data: { markdown: string };
}
