/** Compose's dialogs (templates, save as template, variants): loaded when one is first opened. */
export { default as TemplatePicker } from '../templates/TemplatePicker.svelte';
export { default as SaveTemplateDialog } from '../templates/SaveTemplateDialog.svelte';
export { default as VariantsDialog } from '../templates/VariantsDialog.svelte';
