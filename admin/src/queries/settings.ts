import { fetchReadme, fetchSettings, fetchZapierGuide, readmeKeys, settingsKeys } from '../api/settings';
import { useAdminQuery } from './useAdminQuery';

export const useSettings = () => useAdminQuery(settingsKeys.all, fetchSettings, { staleTime: Infinity });

export const useReadme = () => useAdminQuery(readmeKeys.all, fetchReadme, { staleTime: Infinity });

export const useZapierGuide = () => useAdminQuery(readmeKeys.zapier, fetchZapierGuide, { staleTime: Infinity });
