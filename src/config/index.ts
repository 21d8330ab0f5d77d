/** `vigil.yaml`, configuration as code: validate, apply and export. */
export { applyConfig, existingConfigIds, type ApplyOptions, type ApplyOutcome } from './apply-config.js';
export { applyConfigFile, loadConfigFile, parseConfig } from './config-file.js';
export { ConfigDocument, type ConfigPath } from './config-document.js';
export { formatConfigError, formatConfigErrors, type ConfigError } from './config-error.js';
export { exportConfig } from './export-config.js';
export type { ApplyAction } from './section.js';
export { SECTIONS, type ConfigApplyResult as ApplyResult, type ConfigSections, type ItemKind, type SectionKey } from './sections/index.js';
export { validateConfig, type ValidateOptions, type ValidationOutcome, type VigilConfig } from './validate-config.js';
